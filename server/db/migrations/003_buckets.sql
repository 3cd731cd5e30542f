-- A record can live in several buckets (a job seeker is in their county's, their station
-- desk's and their own): one array instead of one name. 003_reroute.ts fills it.
ALTER TABLE records ADD COLUMN buckets text[] NOT NULL DEFAULT '{}';
DROP INDEX records_bucket;
ALTER TABLE records DROP COLUMN bucket;
CREATE INDEX records_buckets ON records USING gin (buckets);

-- The device that holds a client id's outbox is bound to the first account that pushes with it.
CREATE INDEX sync_client_user ON sync_client (user_id);
