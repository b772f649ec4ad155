-- A signed Perjanjian Kinerja's second party (the head of region) and the place it was signed, as planning kept them
-- at signing (null for versions signed before planning published them: the paper then follows the Pemda's kind).
ALTER TABLE rpt_perjanjian_kinerja ADD COLUMN region_head_title TEXT;
ALTER TABLE rpt_perjanjian_kinerja ADD COLUMN region_head_name TEXT;
ALTER TABLE rpt_perjanjian_kinerja ADD COLUMN place TEXT;
