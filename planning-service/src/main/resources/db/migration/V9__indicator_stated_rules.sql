-- What an indicator states instead of having it guessed from its name or unit: its own formula for a DECREASING
-- capaian (null: the Pemda's), whether its values may fall below zero, and whether it is a percentage (entered as
-- numerator and denominator). Existing indicators take what their name and unit suggested until now.
ALTER TABLE indicator ADD COLUMN decreasing_formula TEXT;
ALTER TABLE indicator ADD COLUMN negative_allowed BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE indicator ADD COLUMN percentage BOOLEAN NOT NULL DEFAULT false;
UPDATE indicator SET
  negative_allowed = lower(name || ' ' || unit) ~ '(laju|pertumbuhan|perubahan|selisih|poin)',
  percentage = lower(unit) ~ '(%|persen)';

-- Changes of an indicator's stated rules, audited like its targets: who, when, old, new, why.
CREATE TABLE indicator_rule_audit
(
  id           BIGSERIAL PRIMARY KEY,
  indicator_id UUID        NOT NULL REFERENCES indicator (id),
  rule         TEXT        NOT NULL,
  old_value    TEXT,
  new_value    TEXT,
  reason       TEXT        NOT NULL,
  changed_by   TEXT        NOT NULL,
  changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX indicator_rule_audit_indicator ON indicator_rule_audit (indicator_id, id);
