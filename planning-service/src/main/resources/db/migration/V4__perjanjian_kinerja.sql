-- Perjanjian Kinerja: one row per version of an OPD's agreement for a year. A signed version is never edited: a
-- revision is a new version (reason, decree number and date required) that supersedes it once signed. The content
-- is a snapshot (sasaran, indicators with their targets, programs with pagu) as it was drafted.
CREATE TABLE perjanjian_kinerja
(
  id              UUID PRIMARY KEY,
  pemda_code      TEXT        NOT NULL,
  opd_code        TEXT        NOT NULL,
  year            INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version_no      INT         NOT NULL CHECK (version_no >= 1),
  status          TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SIGNED', 'SUPERSEDED')),
  content         JSONB       NOT NULL,
  previous_id     UUID REFERENCES perjanjian_kinerja (id),
  revision_reason TEXT,
  decree_number   TEXT,
  revision_date   DATE,
  signatory_name  TEXT,
  signatory_nip   TEXT,
  signatory_title TEXT,
  signed_on       DATE,
  version         BIGINT      NOT NULL,
  created_by      TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  updated_by      TEXT,
  updated_at      TIMESTAMPTZ,
  FOREIGN KEY (pemda_code, opd_code) REFERENCES opd (pemda_code, code),
  CONSTRAINT perjanjian_kinerja_version UNIQUE (pemda_code, opd_code, year, version_no),
  CHECK (version_no = 1 OR (previous_id IS NOT NULL AND revision_reason IS NOT NULL AND decree_number IS NOT NULL
                            AND revision_date IS NOT NULL)),
  CHECK (status = 'DRAFT' OR (signatory_name IS NOT NULL AND signed_on IS NOT NULL))
);
-- one draft at a time per OPD and year; one version in force
CREATE UNIQUE INDEX perjanjian_kinerja_one_draft ON perjanjian_kinerja (pemda_code, opd_code, year)
  WHERE status = 'DRAFT';
CREATE UNIQUE INDEX perjanjian_kinerja_one_signed ON perjanjian_kinerja (pemda_code, opd_code, year)
  WHERE status = 'SIGNED';
