-- The OPD profiles and Pemda lambang as planning published them (OpdProfileChanged, PemdaEmblemSet): the LHE's kop,
-- its addressee and the names it prints. A replica, never written here otherwise.
CREATE TABLE opd_profile
(
  pemda_code  TEXT   NOT NULL,
  opd_code    TEXT   NOT NULL,
  opd_name    TEXT   NOT NULL,
  pemda_name  TEXT   NOT NULL,
  address     TEXT,
  phone       TEXT,
  fax         TEXT,
  website     TEXT,
  email       TEXT,
  head_name   TEXT,
  head_nip    TEXT,
  head_title  TEXT,
  place       TEXT,
  version     BIGINT NOT NULL,
  PRIMARY KEY (pemda_code, opd_code)
);

CREATE TABLE pemda_emblem
(
  pemda_code TEXT PRIMARY KEY,
  png        BYTEA  NOT NULL,
  version    BIGINT NOT NULL
);

-- The result letter's own facts (nota dinas): number, date, nature, the decree the team works under, the day of the
-- evaluation, what it looked at, who signs. Entered by the evaluator; the LHE prints them.
CREATE TABLE evaluation_letter
(
  evaluation_id    UUID PRIMARY KEY REFERENCES evaluation (id),
  number           TEXT,
  dated            DATE,
  nature           TEXT        NOT NULL,
  sender           TEXT        NOT NULL,
  decree_number    TEXT,
  decree_date      DATE,
  decree_subject   TEXT,
  evaluated_on     DATE,
  aspects          JSONB       NOT NULL,
  signer_name      TEXT        NOT NULL,
  signer_rank      TEXT,
  signer_nip       TEXT,
  signer_position  TEXT        NOT NULL,
  signed_on        DATE,
  updated_by       TEXT        NOT NULL,
  updated_at       TIMESTAMPTZ NOT NULL
);
