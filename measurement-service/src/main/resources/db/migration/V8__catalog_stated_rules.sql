-- What an indicator states (planning's IndicatorDefined): its own formula for a DECREASING capaian (null: the
-- Pemda's), whether its values may fall below zero, whether it is a percentage. Indicators replicated before these
-- were stated take what their name and unit suggested until now.
ALTER TABLE catalog_indicator ADD COLUMN decreasing_formula TEXT;
ALTER TABLE catalog_indicator ADD COLUMN negative_allowed BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE catalog_indicator ADD COLUMN percentage BOOLEAN NOT NULL DEFAULT false;
UPDATE catalog_indicator SET
  negative_allowed = lower(name || ' ' || unit) ~ '(laju|pertumbuhan|perubahan|selisih|poin)',
  percentage = lower(unit) ~ '(%|persen)';
