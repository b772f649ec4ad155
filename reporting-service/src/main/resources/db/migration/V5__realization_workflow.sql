-- Realisations carry a category (ORDINAL indicators) instead of a number, the target as written, and where they
-- stand in measurement's workflow with the justification the operator gave (for the LKjIP's Bab III).
ALTER TABLE rpt_realization
  ALTER COLUMN value TYPE NUMERIC,
  ALTER COLUMN value DROP NOT NULL,
  ALTER COLUMN target TYPE NUMERIC,
  ADD COLUMN category          TEXT,
  ADD COLUMN target_text       TEXT,
  ADD COLUMN status            TEXT NOT NULL DEFAULT 'DRAFT',
  ADD COLUMN reached           BOOLEAN,
  ADD COLUMN rating            TEXT,
  ADD COLUMN faktor_pendorong  TEXT,
  ADD COLUMN faktor_penghambat TEXT,
  ADD COLUMN tindak_lanjut     TEXT;
