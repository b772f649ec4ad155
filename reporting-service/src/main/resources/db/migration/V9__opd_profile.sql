-- Each OPD's profile as planning published it (OpdProfileChanged), with its Pemda's name and visi: chapter I of the
-- LKjIP. The lists and the staff table stay as the event wrote them (JSON).
CREATE TABLE rpt_opd
(
  pemda_code TEXT   NOT NULL,
  opd_code   TEXT   NOT NULL,
  opd_name   TEXT   NOT NULL,
  short_name TEXT,
  pemda_name TEXT   NOT NULL,
  province   TEXT,
  visi       TEXT,
  profile    JSONB  NOT NULL,
  version    BIGINT NOT NULL,
  PRIMARY KEY (pemda_code, opd_code)
);
