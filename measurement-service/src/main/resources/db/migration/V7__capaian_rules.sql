-- A Pemda's capaian rules, each change kept whole with who, when and why: in force from its year until a change from
-- a later year. A Pemda with no row computes with the installation's defaults (sakip.capaian.*).
CREATE TABLE capaian_rule_change
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
