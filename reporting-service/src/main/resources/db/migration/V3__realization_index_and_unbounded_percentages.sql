-- The Pelaporan Kinerja query reads one OPD's realisations of one year.
CREATE INDEX rpt_realization_by_opd_year ON rpt_realization (pemda_code, opd_code, year);

-- A capaian or serapan has no upper bound (a tiny target with a large realisation): unbounded NUMERIC.
ALTER TABLE rpt_realization ALTER COLUMN capaian_percent TYPE NUMERIC;
ALTER TABLE rpt_budget_line ALTER COLUMN serapan_percent TYPE NUMERIC;
