-- The display name of each subject (the token's sub) that wrote here; audit columns record the subject.
CREATE TABLE actor
(
  subject TEXT PRIMARY KEY,
  name    TEXT        NOT NULL,
  seen_at TIMESTAMPTZ NOT NULL
);
