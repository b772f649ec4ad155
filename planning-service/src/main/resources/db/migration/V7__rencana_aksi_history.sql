-- Every replaced version of a Rencana Aksi is kept: its lines (targets, schedules) as they were, who replaced them,
-- when and why. With the current version this gives old and new of every change.
CREATE TABLE rencana_aksi_history
(
  rencana_aksi_id UUID        NOT NULL REFERENCES rencana_aksi (id),
  version         BIGINT      NOT NULL,
  lines           JSONB       NOT NULL,
  replaced_by     TEXT        NOT NULL,
  replaced_at     TIMESTAMPTZ NOT NULL,
  reason          TEXT        NOT NULL,
  PRIMARY KEY (rencana_aksi_id, version)
);
