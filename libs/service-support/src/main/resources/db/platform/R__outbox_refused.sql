-- Publications the broker refused for good (too large, not a valid record): set aside out of the outbox, so they are
-- neither resent for ever nor in the way of later events. Kept whole for an operator to repair and send again
-- (docs/operations.md). Repeatable and idempotent: every service gets it beside its own versioned migrations.
CREATE TABLE IF NOT EXISTS outbox_refused
(
  id               UUID PRIMARY KEY,
  listener_id      TEXT                     NOT NULL,
  event_type       TEXT                     NOT NULL,
  serialized_event TEXT                     NOT NULL,
  publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
  reason           TEXT                     NOT NULL,
  refused_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
