-- Tombstones are not kept forever (SYNC.md §2.6, T8): rm entries older than the retention
-- window are purged, and the horizon says up to which seq the log may be missing some.
-- A device whose cursor is behind it cannot be told what was deleted: it resets the bucket.
ALTER TABLE sync_log ADD COLUMN written_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX sync_log_tombstones ON sync_log (written_at) WHERE op = 'rm';
ALTER TABLE sync_meta ADD COLUMN horizon bigint NOT NULL DEFAULT 0;
