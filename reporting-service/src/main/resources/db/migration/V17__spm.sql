-- Every SPM service of an OPD and year as measurement published it (SpmServiceChanged): the LKjIP's SPM table.
-- A withdrawn one stays, marked, so an older event arriving late cannot bring it back.
CREATE TABLE rpt_spm_service (
  id         UUID PRIMARY KEY,
  pemda_code TEXT    NOT NULL,
  opd_code   TEXT    NOT NULL,
  year       INT     NOT NULL,
  code       TEXT    NOT NULL,
  name       TEXT    NOT NULL,
  recipients TEXT,
  standard   TEXT,
  indicator  TEXT,
  groups     JSONB   NOT NULL,
  withdrawn  BOOLEAN NOT NULL,
  version    BIGINT  NOT NULL
);
CREATE INDEX rpt_spm_service_opd_year ON rpt_spm_service (pemda_code, opd_code, year);
