-- Indicators and their yearly targets (the slice of the Renstra the foundation needs).
CREATE TABLE indicator
(
  id          UUID PRIMARY KEY,
  pemda_code  TEXT        NOT NULL,
  opd_code    TEXT        NOT NULL,
  bidang_code TEXT,
  name        TEXT        NOT NULL,
  unit        TEXT        NOT NULL,
  polarity    TEXT        NOT NULL CHECK (polarity IN ('INCREASING', 'DECREASING')),
  version     BIGINT      NOT NULL,
  created_by  TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX indicator_by_opd ON indicator (pemda_code, opd_code);

CREATE TABLE indicator_target
(
  indicator_id UUID    NOT NULL REFERENCES indicator (id),
  year         INT     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value        NUMERIC(24, 6),
  PRIMARY KEY (indicator_id, year)
);
