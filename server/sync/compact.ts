/**
 * Purging old tombstones (SYNC.md §2.6). A deleted record's `rm` entry is kept for the
 * retention window so devices that were offline meanwhile still learn of the deletion;
 * after that it goes, and the horizon moves up to it. A device whose cursor is older than
 * the horizon gets `reset: "compacted"` for the bucket and downloads it afresh (rows with
 * unsent changes are kept and stay marked as not yet sent).
 */
import type { Database } from '../db/database';

export const TOMBSTONE_RETENTION_MS = 30 * 86_400_000;

/** Purge tombstones written before `before`; returns how many went. */
export async function purgeTombstones(db: Database, before: Date): Promise<number> {
  return db.transaction(async (tx) => {
    // Under the counter row's lock, like every writer: no pull sees a half-moved horizon.
    await tx.query('SELECT next_seq FROM sync_meta WHERE id = 1 FOR UPDATE');
    const purged = await tx.query<{ seq: number }>(
      `DELETE FROM sync_log WHERE op = 'rm' AND written_at < $1 RETURNING seq`,
      [before.toISOString()],
    );
    if (purged.length === 0) return 0;
    const highest = Math.max(...purged.map((r) => r.seq));
    await tx.query('UPDATE sync_meta SET horizon = GREATEST(horizon, $1) WHERE id = 1', [highest]);
    return purged.length;
  });
}
