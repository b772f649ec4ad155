-- Organisation: Pemda -> OPD -> bidang, with the OPD profile chapter I of an LKjIP needs.
CREATE TABLE pemda
(
  code       TEXT PRIMARY KEY,
  name       TEXT        NOT NULL,
  province   TEXT,
  visi       TEXT,
  version    BIGINT      NOT NULL,
  updated_by TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE opd
(
  pemda_code TEXT        NOT NULL REFERENCES pemda (code),
  code       TEXT        NOT NULL,
  name       TEXT        NOT NULL,
  short_name TEXT,
  profile    JSONB       NOT NULL,
  version    BIGINT      NOT NULL,
  updated_by TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (pemda_code, code)
);

CREATE TABLE bidang
(
  pemda_code TEXT NOT NULL,
  opd_code   TEXT NOT NULL,
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (pemda_code, opd_code, code),
  FOREIGN KEY (pemda_code, opd_code) REFERENCES opd (pemda_code, code)
);

-- A Renstra: an OPD's multi-year plan. Its tujuan (plan nodes) and their indicators' targets make the matrix.
CREATE TABLE renstra
(
  id         UUID PRIMARY KEY,
  pemda_code TEXT        NOT NULL,
  opd_code   TEXT        NOT NULL,
  start_year INT         NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
  end_year   INT         NOT NULL CHECK (end_year BETWEEN 2000 AND 2100),
  title      TEXT        NOT NULL,
  created_by TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  CHECK (end_year >= start_year AND end_year - start_year <= 9),
  FOREIGN KEY (pemda_code, opd_code) REFERENCES opd (pemda_code, code),
  CONSTRAINT renstra_per_period UNIQUE (pemda_code, opd_code, start_year)
);

-- The cascading tree (pohon kinerja): visi -> misi -> tujuan -> sasaran at Pemda level (opd_code NULL), then per
-- OPD tujuan -> sasaran -> program -> kegiatan -> sub kegiatan -> aksi. Kinds and parents are checked by the
-- service; the tree is kept acyclic on every move.
CREATE TABLE plan_node
(
  id         UUID PRIMARY KEY,
  pemda_code TEXT        NOT NULL REFERENCES pemda (code),
  opd_code   TEXT,
  kind       TEXT        NOT NULL CHECK (kind IN ('VISI', 'MISI', 'TUJUAN', 'SASARAN', 'PROGRAM', 'KEGIATAN',
                                                  'SUB_KEGIATAN', 'AKSI')),
  parent_id  UUID REFERENCES plan_node (id),
  renstra_id UUID REFERENCES renstra (id),
  code       TEXT,
  number     INT,
  text       TEXT        NOT NULL,
  position   INT         NOT NULL,
  version    BIGINT      NOT NULL,
  created_by TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  FOREIGN KEY (pemda_code, opd_code) REFERENCES opd (pemda_code, code)
);
CREATE INDEX plan_node_by_parent ON plan_node (parent_id);
CREATE INDEX plan_node_by_pemda ON plan_node (pemda_code, opd_code);
-- a nomenclature code names one program, kegiatan or sub kegiatan of an OPD
CREATE UNIQUE INDEX plan_node_code_per_opd ON plan_node (pemda_code, opd_code, code) WHERE code IS NOT NULL;

-- Crosscutting: a Pemda sasaran served by several OPD.
CREATE TABLE plan_node_share
(
  node_id    UUID NOT NULL REFERENCES plan_node (id),
  pemda_code TEXT NOT NULL,
  opd_code   TEXT NOT NULL,
  PRIMARY KEY (node_id, opd_code),
  FOREIGN KEY (pemda_code, opd_code) REFERENCES opd (pemda_code, code)
);

-- Indicators per SAKIP.md §3.
ALTER TABLE indicator DROP CONSTRAINT indicator_polarity_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_polarity_check
  CHECK (polarity IN ('INCREASING', 'DECREASING', 'ORDINAL'));
ALTER TABLE indicator ADD COLUMN plan_node_id UUID REFERENCES plan_node (id);
ALTER TABLE indicator ADD COLUMN target_type TEXT NOT NULL DEFAULT 'NUMBER'
  CHECK (target_type IN ('NUMBER', 'RANGE', 'CATEGORY'));
ALTER TABLE indicator ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'LAST'
  CHECK (aggregation IN ('SUM', 'LAST', 'AVERAGE'));
ALTER TABLE indicator ADD COLUMN scale TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE indicator ADD COLUMN iku BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE indicator ADD COLUMN definition TEXT;
ALTER TABLE indicator ADD COLUMN data_source TEXT;
ALTER TABLE indicator ADD COLUMN numerator TEXT;
ALTER TABLE indicator ADD COLUMN denominator TEXT;
ALTER TABLE indicator ADD COLUMN position INT NOT NULL DEFAULT 0;
CREATE INDEX indicator_by_node ON indicator (plan_node_id);

ALTER TABLE indicator_target ADD COLUMN target_min NUMERIC(24, 6);
ALTER TABLE indicator_target ADD COLUMN target_max NUMERIC(24, 6);
ALTER TABLE indicator_target ADD COLUMN category TEXT;

-- Audit of targets: who changed which year's target, when, from what to what, and why.
CREATE TABLE target_audit
(
  id           BIGSERIAL PRIMARY KEY,
  indicator_id UUID        NOT NULL REFERENCES indicator (id),
  year         INT         NOT NULL,
  old_target   JSONB,
  new_target   JSONB,
  reason       TEXT        NOT NULL,
  changed_by   TEXT        NOT NULL,
  changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX target_audit_by_indicator ON target_audit (indicator_id, changed_at);
