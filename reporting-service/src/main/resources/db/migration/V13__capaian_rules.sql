-- The Pemda's capaian rules, a replica of measurement's CapaianRulesChanged: every change, so a year's report uses
-- the rules in force for that year exactly as measurement computes with them.
CREATE TABLE rpt_capaian_rule_change
(
  pemda_code               TEXT        NOT NULL,
  version                  BIGINT      NOT NULL,
  effective_from_year      INT         NOT NULL,
  decreasing_formula       TEXT        NOT NULL,
  rating_bounds            NUMERIC[]   NOT NULL,
  display_cap              NUMERIC,
  efficiency_minimum_ratio NUMERIC     NOT NULL,
  reason                   TEXT        NOT NULL,
  changed_by               TEXT        NOT NULL,
  changed_at               TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (pemda_code, version)
);
