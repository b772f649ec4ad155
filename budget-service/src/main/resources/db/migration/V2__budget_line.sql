-- The pagu of a sub kegiatan for a fiscal year, and its spending per quarter. Rupiah with 2 decimals.
CREATE TABLE budget_line
(
  id                 UUID PRIMARY KEY,
  pemda_code         TEXT           NOT NULL,
  opd_code           TEXT           NOT NULL,
  bidang_code        TEXT,
  year               INT            NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  sub_kegiatan_code  TEXT           NOT NULL CHECK (sub_kegiatan_code ~ '^[0-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$'),
  sub_kegiatan_name  TEXT           NOT NULL,
  pagu_version       TEXT           NOT NULL,
  pagu               NUMERIC(17, 2) NOT NULL CHECK (pagu >= 0),
  version            BIGINT         NOT NULL,
  created_by         TEXT           NOT NULL,
  created_at         TIMESTAMPTZ    NOT NULL,
  CONSTRAINT budget_line_per_year UNIQUE (pemda_code, opd_code, year, sub_kegiatan_code)
);

CREATE TABLE budget_realization
(
  budget_line_id UUID           NOT NULL REFERENCES budget_line (id),
  quarter        INT            NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  amount         NUMERIC(17, 2) NOT NULL CHECK (amount >= 0),
  recorded_by    TEXT           NOT NULL,
  recorded_at    TIMESTAMPTZ    NOT NULL,
  PRIMARY KEY (budget_line_id, quarter)
);
