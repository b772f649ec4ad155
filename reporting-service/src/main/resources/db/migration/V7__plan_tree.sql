-- The cascading tree from planning's PlanNodeChanged (misi, tujuan, sasaran, program, kegiatan, sub kegiatan), and
-- the node an indicator measures, so the Pelaporan Kinerja can be laid out as the agency's table.
CREATE TABLE rpt_plan_node
(
  id         UUID PRIMARY KEY,
  pemda_code TEXT   NOT NULL,
  opd_code   TEXT   NOT NULL,
  kind       TEXT   NOT NULL,
  parent_id  UUID,
  code       TEXT,
  number     INT,
  text       TEXT   NOT NULL,
  version    BIGINT NOT NULL
);
CREATE INDEX rpt_plan_node_by_pemda ON rpt_plan_node (pemda_code);

ALTER TABLE rpt_indicator ADD COLUMN plan_node_id UUID;
