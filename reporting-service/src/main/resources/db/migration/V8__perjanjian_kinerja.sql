-- Every signed version of a Perjanjian Kinerja, as planning published it, for the signed document.
CREATE TABLE rpt_perjanjian_kinerja
(
  agreement_id    UUID PRIMARY KEY,
  pemda_code      TEXT   NOT NULL,
  opd_code        TEXT   NOT NULL,
  year            INT    NOT NULL,
  version_no      INT    NOT NULL,
  previous_id     UUID,
  signatory_name  TEXT   NOT NULL,
  signatory_nip   TEXT,
  signatory_title TEXT,
  signed_on       DATE   NOT NULL,
  revision_reason TEXT,
  decree_number   TEXT,
  revision_date   DATE,
  opd_name        TEXT,
  pemda_name      TEXT,
  content         JSONB  NOT NULL,
  version         BIGINT NOT NULL
);
CREATE INDEX rpt_perjanjian_kinerja_by_opd ON rpt_perjanjian_kinerja (pemda_code, opd_code, year, version_no);
