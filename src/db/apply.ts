/**
 * Landing server answers in the local database:
 * - a pull page: rows, tombstones and the new cursors in ONE transaction, so the cursor
 *   never runs ahead of the data and a killed tab resumes where it stopped;
 * - push results: acknowledged entries leave the outbox, rejected ones move to quarantine
 *   and their optimistic effect is undone.
 * Rows with unsent changes are rebased: the server's row becomes the base and the unsent
 * mutations are replayed on top (the Replicache model).
 */
import { ANONYMOUS } from '../core/access';
import { ALL_BUCKET, bucketsOf, holds, kindsInBucket } from '../core/buckets';
import { runMutation } from '../core/mutators';
import { decodeRows, type MutationResult, type PullResponse } from '../core/protocol';
import type { AnyRecord, Kind } from '../core/records';
import { type GigDb, type OutboxEntry, type RecordKey, recordKey, splitKey } from './db';
import { LocalMutationTx } from './local-tx';
import { ownerEntries } from './mutate';
import { deleteRows, putRows, trimJournal } from './rows';
import { readSyncState, writeSyncState } from './sync-state';

async function pendingKeys(db: GigDb, keys: RecordKey[]): Promise<Set<RecordKey>> {
  if (keys.length === 0) return new Set();
  const entries = await db.outbox.where('touches').anyOf(keys).toArray();
  const wanted = new Set(keys);
  return new Set(entries.flatMap((e) => e.touches.filter((k) => wanted.has(k))));
}

/** Replay unsent mutations touching `keys`, in order, over whatever rows are there now. */
async function replayPending(db: GigDb, keys: Set<RecordKey>): Promise<void> {
  if (keys.size === 0) return;
  const entries = await db.outbox
    .where('touches')
    .anyOf([...keys])
    .sortBy('seq');
  for (const entry of entries) {
    try {
      await runMutation(new LocalMutationTx(db, false), entry.name, entry.args, {
        now: entry.at,
        clock: entry.at,
        // Locally only the ids matter (who made it); the server re-runs it with the real account.
        actor: { ...ANONYMOUS, userId: entry.owner || undefined },
        server: false,
      });
    } catch {
      // The server is the judge of this mutation; its answer to the push will settle it.
    }
  }
}

async function dropBaseIfSettled(db: GigDb, keys: Iterable<RecordKey>): Promise<void> {
  const list = [...keys];
  const stillPending = await pendingKeys(db, list);
  await db.base.bulkDelete(list.filter((k) => !stillPending.has(k)));
}

async function putServerRow(db: GigDb, kind: Kind, row: AnyRecord, pending: boolean): Promise<void> {
  if (pending) {
    const key = recordKey(kind, row.id);
    const base = await db.base.get(key);
    if (!base || base.record.version <= row.version) await db.base.put({ key, record: row });
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
    const pending = await pendingKeys(
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
        const pending = await pendingKeys(
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
          await db.base.delete(recordKey(kind, id));
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

/** Undo a rejected mutation's local effect: back to the confirmed row, then replay the rest. */
async function revert(db: GigDb, entry: OutboxEntry): Promise<void> {
  const created = new Set(entry.created);
  for (const key of entry.touches) {
    const [kind, id] = splitKey(key);
    const base = await db.base.get(key);
    if (base) await putRows(db, kind, [base.record]);
    else if (created.has(key)) await deleteRows(db, kind, [id]);
  }
  await replayPending(db, new Set(entry.touches));
}

/** How long acknowledged entries are kept for re-sending after a server restore (SYNC.md T7). */
const SENT_RETENTION_MS = 30 * 86_400_000;

/** Land the server's answers to one owner's entries (`seq` in a result is the owner's sequence). */
export async function acknowledge(db: GigDb, owner: string, results: MutationResult[]): Promise<void> {
  await db.transaction('rw', db.syncTables(), async () => {
    const settled: RecordKey[] = [];
    const now = Date.now();
    await db.sent
      .where('ackedAt')
      .below(now - SENT_RETENTION_MS)
      .delete();
    for (const result of results) {
      const entry = await db.outbox.where('[owner+clientSeq]').equals([owner, result.seq]).first();
      if (!entry) continue; // already acknowledged by an earlier answer
      await db.outbox.delete(entry.seq);
      await db.sent.put({ ...entry, ackedAt: now });
      if (!result.ok) {
        await db.quarantine.put({
          ...entry,
          code: result.code,
          message: result.message,
          field: result.field,
          rejectedAt: Date.now(),
        });
        await revert(db, entry);
      }
      settled.push(...entry.touches);
    }
    await dropBaseIfSettled(db, settled);
  });
}

/**
 * Did the server forget acknowledged entries (it reports fewer processed than we know were
 * acknowledged)? Then they are put back in the outbox, from the first one it lacks.
 */
export async function resendForgotten(db: GigDb, owner: string, serverLastSeq: number): Promise<boolean> {
  const newest = await db.sent.where('[owner+clientSeq]').between([owner, 0], [owner, Infinity]).last();
  if (!newest || newest.clientSeq <= serverLastSeq) return false;
  await resendAfterRestore(db, owner, serverLastSeq + 1);
  return true;
}

/**
 * The server was restored from a backup and has forgotten this owner's entries from
 * `expected` on (it answered SEQ_GAP): put the acknowledged ones back in the outbox so they
 * are sent again. Ones past the retention window are gone; the rest of the queue is
 * renumbered to follow on, and how many were lost is returned so it can be shown.
 */
export async function resendAfterRestore(db: GigDb, owner: string, expected: number): Promise<number> {
  return db.transaction('rw', db.syncTables(), async () => {
    const kept = await db.sent.where('[owner+clientSeq]').between([owner, expected], [owner, Infinity]).toArray();
    await db.sent.bulkDelete(kept.map((e) => e.seq));
    await db.outbox.bulkPut(kept.map(({ ackedAt: _ackedAt, ...entry }) => entry));
    const queue = await ownerEntries(db, owner, Infinity);
    const lost = queue.length > 0 ? queue[0].clientSeq - expected : 0;
    if (lost > 0) {
      // Entries from `expected` on must be contiguous again for the server to take them.
      for (const [i, entry] of queue.entries()) await db.outbox.update(entry.seq, { clientSeq: expected + i });
      const state = await readSyncState(db);
      state.chains[owner].nextSeq = expected + queue.length;
      await writeSyncState(db, state);
    }
    return Math.max(lost, 0);
  });
}
