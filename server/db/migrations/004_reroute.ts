/**
 * Bucket names changed with per-role replication: recompute every record's buckets,
 * rebuild the change log from the live rows and start a new epoch, so every device
 * downloads its (new) buckets afresh instead of trusting cursors into the old log.
 */
import { bucketsOf } from '../../../src/core/buckets';
import type { AnyRecord, Kind } from '../../../src/core/records';
import type { Queryable } from '../database';

export async function up(tx: Queryable): Promise<void> {
  const rows = await tx.query<{ kind: Kind; id: string; deleted: boolean; data: AnyRecord }>(
    'SELECT kind, id, deleted, data FROM records',
  );
  await tx.query('DELETE FROM sync_log');
  for (const row of rows) {
    const buckets = bucketsOf(row.kind, row.data as never);
    await tx.query(
      'UPDATE records SET buckets = ARRAY(SELECT jsonb_array_elements_text($3::text::jsonb)) WHERE kind = $1 AND id = $2',
      [row.kind, row.id, JSON.stringify(buckets)],
    );
    if (row.deleted) continue;
    for (const bucket of buckets) {
      await tx.query(
        `INSERT INTO sync_log (seq, bucket, kind, id, op, version)
         SELECT next_seq, $1, $2, $3, 'put', $4 FROM sync_meta WHERE id = 1`,
        [bucket, row.kind, row.id, row.data.version],
      );
      await tx.query('UPDATE sync_meta SET next_seq = next_seq + 1 WHERE id = 1');
    }
  }
  await tx.query('UPDATE sync_meta SET epoch = gen_random_uuid() WHERE id = 1');
}
