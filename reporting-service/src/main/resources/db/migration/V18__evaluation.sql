-- The internal SAKIP evaluations made final (EvaluationFinalised) and their recommendations as last published
-- (RecommendationStatusChanged): the city view's predikat and open / overdue recommendations per OPD.
CREATE TABLE rpt_evaluation (
  id               UUID PRIMARY KEY,
  pemda_code       TEXT          NOT NULL,
  opd_code         TEXT          NOT NULL,
  year             INT           NOT NULL,
  framework_code   TEXT          NOT NULL,
  score            NUMERIC(5, 2) NOT NULL,
  predikat         TEXT          NOT NULL,
  predikat_meaning TEXT,
  version          BIGINT        NOT NULL
);
CREATE INDEX rpt_evaluation_opd ON rpt_evaluation (pemda_code, opd_code, year);

CREATE TABLE rpt_recommendation (
  id            UUID PRIMARY KEY,
  evaluation_id UUID   NOT NULL,
  pemda_code    TEXT   NOT NULL,
  opd_code      TEXT   NOT NULL,
  year          INT    NOT NULL,
  area_name     TEXT,
  status        TEXT   NOT NULL,
  due_date      DATE   NOT NULL,
  version       BIGINT NOT NULL
);
CREATE INDEX rpt_recommendation_opd ON rpt_recommendation (pemda_code, opd_code, status);
