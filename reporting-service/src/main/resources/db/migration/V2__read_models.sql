-- Read models, built only from the other services' events. Each row keeps the aggregate version it reflects;
-- an older event never overwrites a newer state.
CREATE TABLE rpt_indicator
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
CREATE INDEX rpt_indicator_by_opd ON rpt_indicator (pemda_code, opd_code);

CREATE TABLE rpt_indicator_target
(
  indicator_id UUID NOT NULL,
  year         INT  NOT NULL,
  value        NUMERIC(24, 6),
  PRIMARY KEY (indicator_id, year)
);

CREATE TABLE rpt_realization
(
  id              UUID PRIMARY KEY,
  indicator_id    UUID           NOT NULL,
  pemda_code      TEXT           NOT NULL,
  opd_code        TEXT           NOT NULL,
  period          TEXT           NOT NULL,
  year            INT            NOT NULL,
  value           NUMERIC(24, 6) NOT NULL,
  target          NUMERIC(24, 6),
  capaian_status  TEXT           NOT NULL,
  capaian_percent NUMERIC(30, 16),
  version         BIGINT         NOT NULL
);
CREATE INDEX rpt_realization_by_indicator ON rpt_realization (indicator_id, year);

CREATE TABLE rpt_budget_line
(
  id                UUID PRIMARY KEY,
  pemda_code        TEXT           NOT NULL,
  opd_code          TEXT           NOT NULL,
  bidang_code       TEXT,
  year              INT            NOT NULL,
  sub_kegiatan_code TEXT           NOT NULL,
  sub_kegiatan_name TEXT,
  pagu_version      TEXT,
  pagu              NUMERIC(17, 2) NOT NULL,
  realized          NUMERIC(17, 2) NOT NULL,
  serapan_percent   NUMERIC(30, 16),
  version           BIGINT         NOT NULL
);
CREATE INDEX rpt_budget_line_by_opd ON rpt_budget_line (pemda_code, opd_code, year);
