-- A capaian has no upper bound: a tiny target with a large realisation gives a percentage of many digits, which
-- NUMERIC(30, 16) could not hold. Unbounded NUMERIC keeps the 16 decimals the engine computes.
ALTER TABLE realization ALTER COLUMN capaian_percent TYPE NUMERIC;
