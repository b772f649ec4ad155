-- Issue 4: what planning's events say about an indicator's shape, quarter targets from the Rencana Aksi, the
-- verification workflow with its audit trail, period locks, evidence files and SPM.

ALTER TABLE catalog_indicator
  ADD COLUMN target_type  TEXT   NOT NULL DEFAULT 'NUMBER',
  ADD COLUMN aggregation  TEXT   NOT NULL DEFAULT 'LAST',
  ADD COLUMN scale        TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN plan_node_id UUID;

ALTER TABLE catalog_target
  ADD COLUMN target_min NUMERIC(24, 6),
  ADD COLUMN target_max NUMERIC(24, 6),
  ADD COLUMN category   TEXT;

-- The cumulative quarter targets ("up to TW n") of the Rencana Aksi of an OPD and year, replaced whole by each
-- QuarterTargetsSet; the version row keeps an older event from overwriting a newer Rencana Aksi.
CREATE TABLE catalog_rencana_aksi
(
  pemda_code TEXT   NOT NULL,
  opd_code   TEXT   NOT NULL,
  year       INT    NOT NULL,
  version    BIGINT NOT NULL,
  PRIMARY KEY (pemda_code, opd_code, year)
);

CREATE TABLE catalog_quarter_target
(
  pemda_code   TEXT           NOT NULL,
  opd_code     TEXT           NOT NULL,
  indicator_id UUID           NOT NULL,
  year         INT            NOT NULL,
  quarter      INT            NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  value        NUMERIC(24, 6),
  category     TEXT,
  text         TEXT,
  PRIMARY KEY (indicator_id, year, quarter)
);
CREATE INDEX catalog_quarter_target_plan ON catalog_quarter_target (pemda_code, opd_code, year);

-- A realisation is a number, a category (ORDINAL indicators) or a numerator / denominator pair whose unrounded
-- ratio is the value (percentages published that way). The value column is unbounded to keep that ratio.
ALTER TABLE realization
  ALTER COLUMN value TYPE NUMERIC,
  ALTER COLUMN value DROP NOT NULL,
  ADD COLUMN category          TEXT,
  ADD COLUMN numerator         NUMERIC(24, 6),
  ADD COLUMN denominator       NUMERIC(24, 6),
  ADD COLUMN target_text       TEXT,
  ADD COLUMN cumulative_value  NUMERIC,
  ADD COLUMN status            TEXT NOT NULL DEFAULT 'DRAFT'
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'REJECTED')),
  ADD COLUMN faktor_pendorong  TEXT,
  ADD COLUMN faktor_penghambat TEXT,
  ADD COLUMN tindak_lanjut     TEXT,
  ADD COLUMN review_note       TEXT,
  ADD COLUMN updated_by        TEXT,
  ADD COLUMN updated_at        TIMESTAMPTZ,
  ADD CONSTRAINT realization_value_or_category CHECK ((value IS NULL) <> (category IS NULL));
ALTER TABLE realization ALTER COLUMN target TYPE NUMERIC;
CREATE INDEX realization_opd_period ON realization (pemda_code, opd_code, period);

-- Every act on a realisation: who, when, what it was, what it became, why.
CREATE TABLE realization_audit
(
  id             BIGSERIAL PRIMARY KEY,
  realization_id UUID        NOT NULL REFERENCES realization (id),
  action         TEXT        NOT NULL,
  actor          TEXT        NOT NULL,
  at             TIMESTAMPTZ NOT NULL,
  old_state      JSONB,
  new_state      JSONB       NOT NULL,
  reason         TEXT
);
CREATE INDEX realization_audit_realization ON realization_audit (realization_id, id);

-- An approved period of an OPD is locked; unlocking deletes the row. Both acts stay in period_lock_audit.
CREATE TABLE period_lock
(
  pemda_code TEXT        NOT NULL,
  opd_code   TEXT        NOT NULL,
  period     TEXT        NOT NULL,
  locked_by  TEXT        NOT NULL,
  locked_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (pemda_code, opd_code, period)
);

CREATE TABLE period_lock_audit
(
  id         BIGSERIAL PRIMARY KEY,
  pemda_code TEXT        NOT NULL,
  opd_code   TEXT        NOT NULL,
  period     TEXT        NOT NULL,
  action     TEXT        NOT NULL CHECK (action IN ('LOCK', 'UNLOCK')),
  actor      TEXT        NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  reason     TEXT,
  realizations INT       NOT NULL
);
CREATE INDEX period_lock_audit_period ON period_lock_audit (pemda_code, opd_code, period, id);

-- Bukti dukung: files attached to a realisation, type checked by content.
CREATE TABLE evidence
(
  id             UUID PRIMARY KEY,
  realization_id UUID        NOT NULL REFERENCES realization (id),
  file_name      TEXT        NOT NULL,
  content_type   TEXT        NOT NULL,
  size_bytes     BIGINT      NOT NULL,
  sha256         TEXT        NOT NULL,
  content        BYTEA       NOT NULL,
  uploaded_by    TEXT        NOT NULL,
  uploaded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX evidence_realization ON evidence (realization_id);

-- SPM: per service of an OPD and year, the groups with X (needs met) of Y (in need).
CREATE TABLE spm_service
(
  id          UUID PRIMARY KEY,
  pemda_code  TEXT        NOT NULL,
  opd_code    TEXT        NOT NULL,
  year        INT         NOT NULL,
  code        TEXT        NOT NULL,
  name        TEXT        NOT NULL,
  indicator   TEXT,
  version     BIGINT      NOT NULL,
  updated_by  TEXT        NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  CONSTRAINT spm_service_coordinate UNIQUE (pemda_code, opd_code, year, code)
);

CREATE TABLE spm_group
(
  service_id UUID           NOT NULL REFERENCES spm_service (id) ON DELETE CASCADE,
  position   INT            NOT NULL,
  name       TEXT           NOT NULL,
  x          NUMERIC(18, 0) NOT NULL CHECK (x >= 0),
  y          NUMERIC(18, 0) NOT NULL CHECK (y >= 0 AND x <= y),
  PRIMARY KEY (service_id, position)
);
