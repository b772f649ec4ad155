-- Targets of a range (80-90) or of a category on an ordinal scale (Utama), besides number targets.
ALTER TABLE rpt_indicator_target ADD COLUMN target_min NUMERIC(24, 6);
ALTER TABLE rpt_indicator_target ADD COLUMN target_max NUMERIC(24, 6);
ALTER TABLE rpt_indicator_target ADD COLUMN category TEXT;
