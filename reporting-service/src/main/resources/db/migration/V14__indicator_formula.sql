-- A DECREASING indicator's own capaian formula (planning's IndicatorDefined; null: the Pemda's rule), for the
-- figures reporting computes itself (Renstra end targets, the Evaluasi Renja's levels).
ALTER TABLE rpt_indicator ADD COLUMN decreasing_formula TEXT;
