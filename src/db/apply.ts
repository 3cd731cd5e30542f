/**
 * Landing a pull page in the local database: rows, tombstones and the new cursors in ONE
 * transaction, so the cursor never runs ahead of the data and a killed tab resumes where it
 * stopped. Rows with unsent changes are rebased: the server's row becomes the base and the
 * unsent mutations are replayed on top (the Replicache model; the outbox module does both).
 * Push answers land through `acknowledge` in outbox.ts.
 */
import { ALL_BUCKET, bucketsOf, holds, kindsInBucket } from '../core/buckets';
import { decodeRows, type PullResponse } from '../core/protocol';
import { type AnyRecord, type Kind, type RecordKey, recordKey } from '../core/records';
import type { GigDb } from './db';
import { dropBase, pendingAmong, rebaseOnto, replayPending } from './outbox';
import { deleteRows, putRows, trimJournal } from './rows';
import { readSyncState, writeSyncState } from './sync-state';

async function putServerRow(db: GigDb, kind: Kind, row: AnyRecord, pending: boolean): Promise<void> {
  if (pending) {
    await rebaseOnto(db, recordKey(kind, row.id), row);
    await putRows(db, kind, [row]);
    return;
  }
  const local = await db.tableOf(kind).get(row.id);
  // Re-delivered pages are harmless: an older version never replaces a newer one.
  if (!local || local.version <= row.version) await putRows(db, kind, [row]);
}

/**
 * Drop what the device holds of a bucket, except rows with unsent changes and rows it
 * also holds through another bucket it keeps (`kept`).
 */
async function clearBucket(db: GigDb, bucket: string, kept: ReadonlySet<string>): Promise<void> {
  // A device that holds everything (an admin's) keeps every row when one of its old buckets goes.
  if (bucket !== ALL_BUCKET && kept.has(ALL_BUCKET)) return;
  for (const kind of kindsInBucket(bucket)) {
    const table = db.tableOf(kind);
    const rows = await table
      .filter((r) => holds(bucket, kind, r) && !bucketsOf(kind, r).some((b) => b !== bucket && kept.has(b)))
      .primaryKeys();
    const pending = await pendingAmong(
      db,
      rows.map((id) => recordKey(kind, id)),
    );
    await deleteRows(
      db,
      kind,
      rows.filter((id) => !pending.has(recordKey(kind, id))),
    );
  }
}

export async function applyPullResponse(db: GigDb, response: PullResponse): Promise<void> {
  await db.transaction('rw', db.syncTables(), async () => {
    const state = await readSyncState(db);
    const kept = new Set(response.granted);
    for (const bucket of response.revoked) {
      await clearBucket(db, bucket, kept);
      delete state.cursors[bucket];
    }
    const rebased = new Set<RecordKey>();
    for (const [bucket, page] of Object.entries(response.buckets)) {
      if (page.reset) await clearBucket(db, bucket, kept);
      for (const [kind, columnar] of Object.entries(page.put) as [Kind, NonNullable<(typeof page.put)[Kind]>][]) {
        const rows = decodeRows(columnar);
        const pending = await pendingAmong(
          db,
          rows.map((r) => recordKey(kind, r.id)),
        );
        for (const row of rows) {
          const key = recordKey(kind, row.id);
          await putServerRow(db, kind, row, pending.has(key));
          if (pending.has(key)) rebased.add(key);
        }
      }
      for (const [kind, tombstones] of Object.entries(page.rm) as [Kind, [string, number][]][]) {
        for (const [id, version] of tombstones) {
          // A tombstone says the record left this bucket. A copy that already lives elsewhere
          // (the job moved to a county this device also follows) stays; the server leaves out
          // tombstones for records the device still gets through another bucket.
          const local = await db.tableOf(kind).get(id);
          if (!local || local.version > version || !holds(bucket, kind, local)) continue;
          await deleteRows(db, kind, [id]);
          await dropBase(db, recordKey(kind, id));
        }
      }
      state.cursors[bucket] = page.next;
    }
    await replayPending(db, rebased);
    await trimJournal(db);
    state.epoch = response.epoch;
    state.clockOffset = response.serverTime - Date.now();
    await writeSyncState(db, state);
  });
}
