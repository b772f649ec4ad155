-- Every write of an SPM service: who, when, the counts before and after.
CREATE TABLE spm_audit
(
  id         BIGSERIAL PRIMARY KEY,
  service_id UUID        NOT NULL REFERENCES spm_service (id) ON DELETE CASCADE,
  actor      TEXT        NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  old_state  JSONB,
  new_state  JSONB       NOT NULL
);
CREATE INDEX spm_audit_service ON spm_audit (service_id, id);
