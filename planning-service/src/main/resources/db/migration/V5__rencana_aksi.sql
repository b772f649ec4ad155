-- Rencana Aksi: per OPD per year, one line per node of the cascading tree it speaks of. Targets are kept as the
-- agency writes them ("88%", "50 Orang"); quarter targets are cumulative ("up to TW n").
CREATE TABLE rencana_aksi
(
  id           UUID PRIMARY KEY,
  pemda_code   TEXT        NOT NULL,
  opd_code     TEXT        NOT NULL,
  year         INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  signed_place TEXT,
  signed_on    DATE,
  signed_by    TEXT,
  signed_nip   TEXT,
  version      BIGINT      NOT NULL,
  updated_by   TEXT        NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  FOREIGN KEY (pemda_code, opd_code) REFERENCES opd (pemda_code, code),
  UNIQUE (pemda_code, opd_code, year)
);

CREATE TABLE rencana_aksi_line
(
  rencana_aksi_id UUID NOT NULL REFERENCES rencana_aksi (id),
  node_id         UUID NOT NULL REFERENCES plan_node (id),
  indicator       TEXT,
  target          TEXT,
  volume          TEXT,
  schedule        BOOLEAN[] CHECK (schedule IS NULL OR cardinality(schedule) = 4),
  quarter_targets TEXT[] CHECK (quarter_targets IS NULL OR cardinality(quarter_targets) = 4),
  position        INT  NOT NULL,
  PRIMARY KEY (rencana_aksi_id, node_id)
);
