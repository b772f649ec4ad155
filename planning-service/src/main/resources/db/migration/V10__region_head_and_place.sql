-- What a Pemda's official documents print of it: its head of region (the title, e.g. "Wali Kota Probolinggo", and
-- the name) and the place its documents are signed ("Probolinggo"). Null: the title follows the kind of Pemda,
-- the place its name, and the head's name is left to be written by hand.
ALTER TABLE pemda ADD COLUMN head_title TEXT;
ALTER TABLE pemda ADD COLUMN head_name TEXT;
ALTER TABLE pemda ADD COLUMN place TEXT;

-- A signed Perjanjian Kinerja keeps the second party and the place as they were when it was signed.
ALTER TABLE perjanjian_kinerja ADD COLUMN region_head_title TEXT;
ALTER TABLE perjanjian_kinerja ADD COLUMN region_head_name TEXT;
ALTER TABLE perjanjian_kinerja ADD COLUMN place TEXT;
