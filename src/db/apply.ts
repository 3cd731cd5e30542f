/**
 * Landing a pull page in the local database: rows, tombstones and the new cursors in ONE
 * transaction, so the cursor never runs ahead of the data and a killed tab resumes where it
 * stopped. Rows with unsent changes are rebased: the server's row becomes the base and the
 * unsent mutations are replayed on top (the Replicache model; the outbox module does both).
 * Push answers land through `acknowledge` in outbox.ts.
 */
import { ALL_BUCKET, bucketsOf, holds, kindsInBucket } from '../core/buckets';
import { decodeRows, type PullResponse, rowCount } from '../core/protocol';
import { type AnyRecord, type Kind, type RecordKey, recordKey } from '../core/records';
import type { GigDb } from './db';
import { dropBases, pendingAmong, rebaseOnto, replayPending } from './outbox';
import { deleteRows, putRows, trimJournal } from './rows';
import { readSyncState, writeSyncState } from './sync-state';

/**
 * A page's rows of one kind, in one bulk read and one bulk write (a row at a time, a first
 * sync's thousands of IndexedDB requests held the main thread for seconds). Rows with unsent
 * changes become the base of those changes (`rebased`, replayed afterwards); a re-delivered
 * older version never replaces a newer one.
 */
async function putServerRows(db: GigDb, kind: Kind, rows: AnyRecord[], rebased: Set<RecordKey>): Promise<void> {
  const keys = rows.map((r) => recordKey(kind, r.id));
  const pending = await pendingAmong(db, keys);
  const locals = await db.tableOf(kind).bulkGet(rows.map((r) => r.id));
  const fresh = rows.filter((row, i) => {
    if (pending.has(keys[i])) return true;
    const local = locals[i];
    return !local || local.version <= row.version;
  });
  const pendingRows = rows.filter((_, i) => pending.has(keys[i]));
  await rebaseOnto(db, kind, pendingRows);
  for (const row of pendingRows) rebased.add(recordKey(kind, row.id));
  await putRows(db, kind, fresh);
}

/**
 * A bucket's tombstones of one kind. A tombstone says the record left this bucket. A copy
 * that already lives elsewhere (the job moved to a county this device also follows) stays;
 * the server leaves out tombstones for records the device still gets through another bucket.
 */
async function removeServerRows(
  db: GigDb,
  bucket: string,
  kind: Kind,
  tombstones: readonly [string, number][],
): Promise<void> {
  const locals = await db.tableOf(kind).bulkGet(tombstones.map(([id]) => id));
  const gone = tombstones
    .filter(([, version], i) => {
      const local = locals[i];
      return local && local.version <= version && holds(bucket, kind, local);
    })
    .map(([id]) => id);
  await deleteRows(db, kind, gone);
  await dropBases(
    db,
    gone.map((id) => recordKey(kind, id)),
  );
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
      for (const [kind, columnar] of Object.entries(page.put) as [Kind, NonNullable<(typeof page.put)[Kind]>][])
        await putServerRows(db, kind, decodeRows(columnar), rebased);
      for (const [kind, tombstones] of Object.entries(page.rm) as [Kind, [string, number][]][])
        await removeServerRows(db, bucket, kind, tombstones);
      state.cursors[bucket] = page.next;
    }
    await replayPending(db, rebased);
    await trimJournal(db);
    state.epoch = response.epoch;
    state.clockOffset = response.serverTime - Date.now();
    await writeSyncState(db, state);
  });
}

/** What the sync loop needs to know of a landed page. */
export interface PageSummary {
  /** Some bucket has more rows: pull again. */
  more: boolean;
  lastMutationSeq: number;
  /** Per bucket: rows and tombstones in this page, and how many the server says are left (progress). */
  buckets: Record<string, { rows: number; left?: number }>;
}

/**
 * A pull page as the server sent it (UTF-8 JSON bytes), parsed and landed; null when the
 * bytes are not a readable page (cut off on the way), to be fetched again. The sync worker
 * (workers/sync.worker.ts) runs this off the main thread.
 */
export async function applyPullBytes(db: GigDb, bytes: ArrayBuffer): Promise<PageSummary | null> {
  let page: PullResponse;
  try {
    page = JSON.parse(new TextDecoder().decode(bytes)) as PullResponse;
  } catch {
    return null;
  }
  await applyPullResponse(db, page);
  const buckets = Object.fromEntries(
    Object.entries(page.buckets).map(([bucket, b]) => [
      bucket,
      {
        rows:
          Object.values(b.put).reduce((n, c) => n + (c ? rowCount(c) : 0), 0) +
          Object.values(b.rm).reduce((n, r) => n + (r?.length ?? 0), 0),
        left: b.left,
      },
    ]),
  );
  return { more: Object.values(page.buckets).some((b) => b.more), lastMutationSeq: page.lastMutationSeq, buckets };
}

/**
 * Rows that came another way than a pull (a county file carried to a field phone,
 * src/features/syncfile): landed as a pull page's rows are, in one transaction, with rows
 * under unsent changes rebased, but no cursor or epoch touched, so the next pull still asks
 * for everything after what this phone really pulled and replaces these with newer versions.
 */
export async function applyCarriedRows(db: GigDb, rows: Partial<Record<Kind, AnyRecord[]>>): Promise<void> {
  await db.transaction('rw', db.syncTables(), async () => {
    const rebased = new Set<RecordKey>();
    for (const [kind, records] of Object.entries(rows) as [Kind, AnyRecord[]][])
      await putServerRows(db, kind, records, rebased);
    await replayPending(db, rebased);
    await trimJournal(db);
  });
}
