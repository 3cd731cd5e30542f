/**
 * The outbox (SYNC.md §2.2–2.3): every change made on this device waits here, in order,
 * until the server has answered it. This module owns every operation on it and on the
 * tables beside it:
 * - `outbox`: unsent entries; each owner's in that owner's own sequence;
 * - `quarantine`: entries the server rejected, kept so they can be shown;
 * - `sent`: acknowledged entries, kept 30 days in case the server is restored from an older
 *   backup and must be sent them again (SYNC.md T7);
 * - `base`: the confirmed copy of a row while unsent changes sit on it, so a rejected change
 *   can be undone and fresh server rows can be rebased.
 * Operations that change several tables run in one Dexie transaction; `appendToOutbox` and
 * the rebase helpers join their caller's.
 */
import { ANONYMOUS, ANONYMOUS_MUTATIONS } from '../core/access';
import { runMutation } from '../core/mutators';
import type { Mutation, MutationResult } from '../core/protocol';
import { type AnyRecord, type Kind, type RecordKey, recordKey, splitRecordKey } from '../core/records';
import type { GigDb, SyncState } from './db';
import { LocalMutationTx } from './local-tx';
import { ownerQueue } from './outbox-view';
import { deleteRows, putRows } from './rows';
import { ownerOf, readSession } from './session';
import { chainOf, readSyncState, writeSyncState } from './sync-state';

export interface OutboxEntry extends Omit<Mutation, 'seq'> {
  /** Local write order over every account's entries (the table's key). */
  seq: number;
  /** The account that made it ('' = nobody logged in); only that account's session sends it. */
  owner: string;
  /** Position in the owner's own sequence, which is what the server sees as `seq`. */
  clientSeq: number;
  /** Records this mutation wrote locally, and the subset it created. */
  touches: RecordKey[];
  created: RecordKey[];
}

export interface QuarantineEntry extends OutboxEntry {
  code: string;
  message: string;
  field?: string;
  rejectedAt: number;
}

export interface SentEntry extends OutboxEntry {
  ackedAt: number;
}

export interface BaseEntry {
  key: RecordKey;
  record: AnyRecord;
}

/** What a new entry says (mutation id, name, args, clock, rows); the outbox numbers it. */
export type NewEntry = Omit<OutboxEntry, 'seq' | 'owner' | 'clientSeq'>;

export interface Appended {
  /** The local outbox key. */
  seq: number;
  /** What the server will see: the owner's client id and sequence number. */
  clientId: string;
  clientSeq: number;
  mutationId: string;
}

/**
 * Append an entry for `owner`, numbered next in the device's order and in the owner's own
 * sequence. Runs inside the caller's write transaction (with `state` read in it), so the
 * numbers never skip and the entry exists exactly when the change it describes does.
 */
export async function appendToOutbox(db: GigDb, state: SyncState, owner: string, change: NewEntry): Promise<Appended> {
  const chain = chainOf(state, owner);
  const entry: OutboxEntry = {
    ...change,
    seq: state.nextSeq,
    owner,
    clientSeq: chain.nextSeq,
  };
  await db.outbox.add(entry);
  state.nextSeq += 1;
  chain.nextSeq += 1;
  await writeSyncState(db, state);
  return { seq: entry.seq, clientId: chain.clientId, clientSeq: entry.clientSeq, mutationId: entry.id };
}

export { ownerQueue };

/**
 * What a device without a login may send of its queue: the leading anonymous 求助, up to the
 * first entry that needs an account (the server refuses a push holding one, docs/ACCESS.md).
 */
export function sendableWithoutLogin(queue: OutboxEntry[]): OutboxEntry[] {
  const first = queue.findIndex((entry) => !ANONYMOUS_MUTATIONS.includes(entry.name));
  return first === -1 ? queue : queue.slice(0, first);
}

/**
 * Writes made without logging in become the account's at its first login on this device,
 * numbered after its own; writes of other accounts are never touched.
 */
export async function adoptAnonymousWrites(db: GigDb, owner: string): Promise<number> {
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const orphans = await ownerQueue(db, '');
    if (orphans.length === 0) return 0;
    const state = await readSyncState(db);
    const chain = chainOf(state, owner);
    for (const entry of orphans) {
      await db.outbox.update(entry.seq, { owner, clientSeq: chain.nextSeq });
      chain.nextSeq += 1;
    }
    await writeSyncState(db, state);
    return orphans.length;
  });
}

/** How long acknowledged entries are kept for re-sending after a server restore (SYNC.md T7). */
const SENT_RETENTION_MS = 30 * 86_400_000;

/**
 * Land the server's answers to one owner's entries (`seq` in a result is the owner's
 * sequence): each answered entry leaves the outbox for `sent`; a rejected one is also
 * quarantined and its local effect undone.
 */
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
      if (!result.ok) await quarantine(db, entry, result, now);
      settled.push(...entry.touches);
    }
    await dropSettledBases(db, settled);
  });
}

/** Keep a rejected entry with the server's verdict, and undo what it did on this device. */
async function quarantine(
  db: GigDb,
  entry: OutboxEntry,
  verdict: Extract<MutationResult, { ok: false }>,
  now: number,
): Promise<void> {
  await db.quarantine.put({
    ...entry,
    code: verdict.code,
    message: verdict.message,
    field: verdict.field,
    rejectedAt: now,
  });
  await revert(db, entry);
}

/** Undo an entry's local effect: back to the confirmed rows, then replay the other unsent entries. */
async function revert(db: GigDb, entry: OutboxEntry): Promise<void> {
  const created = new Set(entry.created);
  for (const key of entry.touches) {
    const [kind, id] = splitRecordKey(key);
    const base = await db.base.get(key);
    if (base) await putRows(db, kind, [base.record]);
    else if (created.has(key)) await deleteRows(db, kind, [id]);
  }
  await replayPending(db, new Set(entry.touches));
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
    const queue = await ownerQueue(db, owner);
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

// Rebasing (the Replicache model): when fresh server rows land under unsent changes, the
// server row becomes the base and the unsent entries are replayed on top. These join the
// caller's transaction over `db.syncTables()`.

/** Which of `keys` have unsent changes. */
export async function pendingAmong(db: GigDb, keys: readonly RecordKey[]): Promise<Set<RecordKey>> {
  if (keys.length === 0) return new Set();
  const entries = await db.outbox.where('touches').anyOf(keys).toArray();
  const wanted = new Set(keys);
  return new Set(entries.flatMap((e) => e.touches.filter((k) => wanted.has(k))));
}

/** The confirmed copy under a row's unsent changes, the first time one lands on it. */
export async function keepBase(db: GigDb, key: RecordKey, record: AnyRecord): Promise<void> {
  if (!(await db.base.get(key))) await db.base.put({ key, record });
}

/** Fresh server rows under rows' unsent changes; an older re-delivery never replaces a newer base. */
export async function rebaseOnto(db: GigDb, kind: Kind, rows: readonly AnyRecord[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = rows.map((row) => recordKey(kind, row.id));
  const bases = await db.base.bulkGet(keys);
  await db.base.bulkPut(
    rows
      .map((record, i) => ({ key: keys[i], record, base: bases[i] }))
      .filter(({ record, base }) => !base || base.record.version <= record.version)
      .map(({ key, record }) => ({ key, record })),
  );
}

/** The records are gone on the server: nothing is left to go back to. */
export async function dropBases(db: GigDb, keys: readonly RecordKey[]): Promise<void> {
  if (keys.length > 0) await db.base.bulkDelete(keys as RecordKey[]);
}

/** Replay unsent entries touching `keys`, in order, over whatever rows are there now. */
export async function replayPending(db: GigDb, keys: ReadonlySet<RecordKey>): Promise<void> {
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
      // The server is the judge of this entry; its answer to the push will settle it.
    }
  }
}

async function dropSettledBases(db: GigDb, keys: readonly RecordKey[]): Promise<void> {
  const stillPending = await pendingAmong(db, keys);
  await db.base.bulkDelete(keys.filter((k) => !stillPending.has(k)));
}

/**
 * How many of this session's unsent entries cannot go before someone logs in (logged out,
 * or the login ran out): 我的 says "登录后发送" for them.
 */
export async function waitingForLoginCount(db: GigDb): Promise<number> {
  const session = await readSession(db);
  if (session && !session.expired) return 0;
  const queue = await ownerQueue(db, ownerOf(session));
  return session ? queue.length : queue.length - sendableWithoutLogin(queue).length;
}
