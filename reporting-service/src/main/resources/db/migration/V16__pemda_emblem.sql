-- A Pemda's lambang as planning published it (PemdaEmblemSet): the PNG the LKjIP's cover prints.
CREATE TABLE rpt_pemda_emblem (
  pemda_code TEXT PRIMARY KEY,
  png        BYTEA NOT NULL,
  version    BIGINT NOT NULL
);
