-- The recommendations of an evaluation, per area (a component, or capaian kinerja), each with its owner and due
-- date, followed up quarter by quarter until it is closed.
CREATE TABLE recommendation
(
  id            UUID PRIMARY KEY,
  evaluation_id UUID        NOT NULL REFERENCES evaluation (id),
  pemda_code    TEXT        NOT NULL,
  opd_code      TEXT        NOT NULL,
  year          INT         NOT NULL,
  area          TEXT        NOT NULL,
  area_name     TEXT        NOT NULL,
  text          TEXT        NOT NULL,
  owner         TEXT        NOT NULL,
  due_date      DATE        NOT NULL,
  status        TEXT        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
  position      INT         NOT NULL,
  version       BIGINT      NOT NULL,
  created_by    TEXT        NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  closed_by     TEXT,
  closed_at     TIMESTAMPTZ
);
CREATE INDEX recommendation_opd ON recommendation (pemda_code, opd_code, status);
CREATE INDEX recommendation_evaluation ON recommendation (evaluation_id, position);

CREATE TABLE recommendation_follow_up
(
  id                BIGSERIAL PRIMARY KEY,
  recommendation_id UUID        NOT NULL REFERENCES recommendation (id),
  quarter           TEXT        NOT NULL,
  note              TEXT        NOT NULL,
  evidence          TEXT,
  closes            BOOLEAN     NOT NULL,
  by_subject        TEXT        NOT NULL,
  at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX recommendation_follow_up_of ON recommendation_follow_up (recommendation_id, id);
