-- Issue 5: budget takes the program / kegiatan / sub kegiatan tree from planning's events, keeps every version of a
-- pagu with its legal reference, and holds explicit program- and kegiatan-level lines (the part of an official pagu
-- that the listed children do not cover).

-- The replica of planning's program tree, fed only by sakip.planning.plan-node (PROGRAM, KEGIATAN, SUB_KEGIATAN).
CREATE TABLE plan_node
(
  node_id    UUID PRIMARY KEY,
  pemda_code TEXT   NOT NULL,
  opd_code   TEXT   NOT NULL,
  kind       TEXT   NOT NULL,
  code       TEXT,
  text       TEXT   NOT NULL,
  version    BIGINT NOT NULL
);
CREATE INDEX plan_node_by_code ON plan_node (pemda_code, opd_code, code);

-- A line is a sub kegiatan, or a program / kegiatan's own explicit line beside its listed children.
ALTER TABLE budget_line RENAME COLUMN sub_kegiatan_code TO code;
ALTER TABLE budget_line RENAME COLUMN sub_kegiatan_name TO name;
ALTER TABLE budget_line DROP CONSTRAINT budget_line_sub_kegiatan_code_check;
ALTER TABLE budget_line
  ADD COLUMN level TEXT NOT NULL DEFAULT 'SUB_KEGIATAN',
  ADD CONSTRAINT budget_line_level_code CHECK (
      (level = 'SUB_KEGIATAN' AND code ~ '^[0-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$')
   OR (level = 'KEGIATAN' AND code ~ '^[0-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}$')
   OR (level = 'PROGRAM' AND code ~ '^[0-9X]\.[0-9X]{2}\.[0-9]{2}$'));
ALTER TABLE budget_line RENAME CONSTRAINT budget_line_per_year TO budget_line_per_code;

-- Every pagu a line has had: APBD murni first, then Perubahan and shifts, each with its legal basis.
CREATE TABLE budget_pagu
(
  budget_line_id  UUID           NOT NULL REFERENCES budget_line (id),
  seq             INT            NOT NULL,
  pagu_version    TEXT           NOT NULL,
  amount          NUMERIC(17, 2) NOT NULL CHECK (amount >= 0),
  legal_reference TEXT,
  legal_date      DATE,
  reason          TEXT,
  set_by          TEXT           NOT NULL,
  set_at          TIMESTAMPTZ    NOT NULL,
  PRIMARY KEY (budget_line_id, seq),
  CONSTRAINT budget_pagu_version_once UNIQUE (budget_line_id, pagu_version)
);
INSERT INTO budget_pagu (budget_line_id, seq, pagu_version, amount, set_by, set_at)
SELECT id, 1, pagu_version, pagu, created_by, created_at FROM budget_line;
