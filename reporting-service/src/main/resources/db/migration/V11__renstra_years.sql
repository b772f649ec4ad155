-- The Renstra an OPD tujuan belongs to and its years (PlanNodeChanged within v1), so that reports compare a year
-- with its own Renstra and not with targets of the one before or after.
ALTER TABLE rpt_plan_node
  ADD COLUMN renstra_id    UUID,
  ADD COLUMN renstra_start INT,
  ADD COLUMN renstra_end   INT;
