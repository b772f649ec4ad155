-- The internal SAKIP evaluation of an OPD for a year: one per OPD and year, under one framework version.
CREATE TABLE evaluation
(
  id                UUID PRIMARY KEY,
  pemda_code        TEXT        NOT NULL,
  opd_code          TEXT        NOT NULL,
  year              INT         NOT NULL,
  framework_code    TEXT        NOT NULL,
  state             TEXT        NOT NULL CHECK (state IN ('DRAFT', 'SELF_ASSESSED', 'EVALUATED', 'FINAL')),
  version           BIGINT      NOT NULL,
  opened_by         TEXT        NOT NULL,
  opened_at         TIMESTAMPTZ NOT NULL,
  self_assessed_by  TEXT,
  self_assessed_at  TIMESTAMPTZ,
  evaluated_by      TEXT,
  evaluated_at      TIMESTAMPTZ,
  finalised_by      TEXT,
  finalised_at      TIMESTAMPTZ,
  -- the evaluator's total and predikat, kept once the grading is complete
  score             NUMERIC(5, 2),
  predikat          TEXT,
  CONSTRAINT evaluation_coordinate UNIQUE (pemda_code, opd_code, year)
);

-- Per criterion the OPD's answer (grade, note, evidence) and the evaluator's (grade, note), each with who and when.
CREATE TABLE evaluation_entry
(
  evaluation_id  UUID        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
  criterion_code TEXT        NOT NULL,
  self_grade     TEXT,
  self_note      TEXT,
  self_evidence  TEXT,
  self_by        TEXT,
  self_at        TIMESTAMPTZ,
  grade          TEXT,
  grade_note     TEXT,
  graded_by      TEXT,
  graded_at      TIMESTAMPTZ,
  PRIMARY KEY (evaluation_id, criterion_code)
);

-- Every change: who, when, what (a criterion's answer or a step of the workflow).
CREATE TABLE evaluation_audit
(
  id             BIGSERIAL PRIMARY KEY,
  evaluation_id  UUID        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
  action         TEXT        NOT NULL,
  criterion_code TEXT,
  actor          TEXT        NOT NULL,
  at             TIMESTAMPTZ NOT NULL,
  detail         JSONB
);
CREATE INDEX evaluation_audit_evaluation ON evaluation_audit (evaluation_id, id);

-- The display name of each subject (the token's sub) that wrote here; audit columns record the subject.
CREATE TABLE actor
(
  subject TEXT PRIMARY KEY,
  name    TEXT        NOT NULL,
  seen_at TIMESTAMPTZ NOT NULL
);
