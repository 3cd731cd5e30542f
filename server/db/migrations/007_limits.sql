-- Issue 15. Request-limit counters shared by every server process on one PostgreSQL: a
-- county served by several processes counts a phone's logins and pushes once, not per process.
CREATE TABLE rate_limits (
  key        text        PRIMARY KEY,
  state      jsonb       NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX rate_limits_expires ON rate_limits (expires_at);
