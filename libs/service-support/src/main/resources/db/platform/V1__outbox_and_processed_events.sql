-- Platform tables every service has; shipped by libs/service-support, versioned before the service's own (V2+).

-- The outbox: Spring Modulith's JDBC event publication registry (schema v2 of Modulith 2.0).
-- A domain event is written here in the transaction that changes state and sent to Kafka after commit;
-- rows not completed are resubmitted.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Idempotent consumers: a consumer inserts (consumer, event_id) in the transaction of its effect and skips the
-- event when the row already exists.
CREATE TABLE processed_event
(
  consumer     TEXT        NOT NULL,
  event_id     UUID        NOT NULL,
  processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
