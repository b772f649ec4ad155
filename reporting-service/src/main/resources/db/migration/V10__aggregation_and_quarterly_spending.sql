-- What the Evaluasi Renja needs to add up the way measurement does: an indicator's aggregation over quarters, its
-- target type and its ordinal scale; and each budget line's spending per quarter (TW I-IV), not only its total.
ALTER TABLE rpt_indicator
  ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'LAST',
  ADD COLUMN target_type TEXT NOT NULL DEFAULT 'NUMBER',
  ADD COLUMN scale       JSONB NOT NULL DEFAULT '[]';

CREATE TABLE rpt_budget_spending
(
  budget_line_id UUID           NOT NULL,
  quarter        INT            NOT NULL,
  amount         NUMERIC(17, 2) NOT NULL,
  version        BIGINT         NOT NULL,
  PRIMARY KEY (budget_line_id, quarter)
);
