-- Issue 16: every write of a quarter's spending is kept (who, when, before, after, why), as realisations keep theirs;
-- budget_realization holds only the amount in force.
CREATE TABLE budget_spending_change
(
  budget_line_id UUID           NOT NULL REFERENCES budget_line (id),
  quarter        INT            NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  seq            INT            NOT NULL,
  amount_before  NUMERIC(17, 2),
  amount_after   NUMERIC(17, 2) NOT NULL CHECK (amount_after >= 0),
  reason         TEXT,
  changed_by     TEXT           NOT NULL,
  changed_at     TIMESTAMPTZ    NOT NULL,
  PRIMARY KEY (budget_line_id, seq),
  -- a correction of a recorded amount says why
  CONSTRAINT budget_spending_correction_reason CHECK (amount_before IS NULL OR reason IS NOT NULL)
);

-- what was recorded before the history existed is its first entry, under its recorder
INSERT INTO budget_spending_change (budget_line_id, quarter, seq, amount_before, amount_after, reason, changed_by,
                                    changed_at)
SELECT budget_line_id, quarter, row_number() OVER (PARTITION BY budget_line_id ORDER BY recorded_at, quarter), NULL,
       amount, NULL, recorded_by, recorded_at
FROM budget_realization;
