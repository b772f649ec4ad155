-- Budget lines of a program or kegiatan itself (what its official pagu holds beyond the listed children), and the
-- legal reference of the budget document each pagu comes from.
ALTER TABLE rpt_budget_line
  ADD COLUMN level           TEXT NOT NULL DEFAULT 'SUB_KEGIATAN',
  ADD COLUMN legal_reference TEXT;
