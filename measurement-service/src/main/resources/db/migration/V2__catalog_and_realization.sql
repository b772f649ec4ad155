-- Local replica of planning's indicators and targets, fed only by sakip.planning.indicator.
CREATE TABLE catalog_indicator
(
  id          UUID PRIMARY KEY,
  pemda_code  TEXT   NOT NULL,
  opd_code    TEXT   NOT NULL,
  bidang_code TEXT,
  name        TEXT   NOT NULL,
  unit        TEXT   NOT NULL,
  polarity    TEXT   NOT NULL,
  version     BIGINT NOT NULL
);

CREATE TABLE catalog_target
(
  indicator_id UUID NOT NULL REFERENCES catalog_indicator (id),
  year         INT  NOT NULL,
  value        NUMERIC(24, 6),
  PRIMARY KEY (indicator_id, year)
);

-- A realisation: indicator x organisation unit x period is unique (period 2024Q1..2024Q4 or 2024).
CREATE TABLE realization
(
  id              UUID PRIMARY KEY,
  indicator_id    UUID           NOT NULL REFERENCES catalog_indicator (id),
  pemda_code      TEXT           NOT NULL,
  opd_code        TEXT           NOT NULL,
  bidang_code     TEXT,
  period          TEXT           NOT NULL CHECK (period ~ '^[0-9]{4}(Q[1-4])?$'),
  value           NUMERIC(24, 6) NOT NULL,
  target          NUMERIC(24, 6),
  capaian_status  TEXT           NOT NULL,
  capaian_percent NUMERIC(30, 16),
  version         BIGINT         NOT NULL,
  recorded_by     TEXT           NOT NULL,
  recorded_at     TIMESTAMPTZ    NOT NULL,
  CONSTRAINT realization_coordinate UNIQUE (indicator_id, pemda_code, opd_code, period)
);
