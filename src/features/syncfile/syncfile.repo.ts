/**
 * Sync files on the phone (src/core/sync-file.ts has the format): the logged-in account's
 * unsent writes as a signed file, a county's jobs, stations and policies as a file, and
 * loading such a county file into this phone's database.
 */
import * as v from 'valibot';
import { SCHEMA_VERSION } from '../../core/protocol';
import { type AnyRecord, type Kind, RECORD_SCHEMAS, recordKey } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import {
  bodyOf,
  type CountyBody,
  CountyBodySchema,
  MAX_SYNC_FILE_BYTES,
  readEnvelope,
  SyncFileError,
  type UnsentBody,
  UnsentBodySchema,
  writeSyncFile,
} from '../../core/sync-file';
import { applyCarriedRows } from '../../db/apply';
import type { GigDb } from '../../db/db';
import { ownerQueue, pendingRecordKeys } from '../../db/outbox-view';
import { ownerOf, readSession } from '../../db/session';
import { peekSyncState } from '../../db/sync-state';

export type ExportProblem = 'login' | 'key' | 'empty';

/** The account's unsent writes as a signed file, or why there is none to make. */
export async function unsentFile(
  db: GigDb,
  now = Date.now(),
): Promise<{ text: string; count: number } | ExportProblem> {
  const session = await readSession(db);
  if (!session) return 'login';
  if (!session.fileKey) return 'key';
  const owner = ownerOf(session);
  const queue = await ownerQueue(db, owner);
  const clientId = (await peekSyncState(db))?.chains[owner]?.clientId;
  if (queue.length === 0 || !clientId) return 'empty';
  const body: UnsentBody = {
    kind: 'unsent',
    account: owner,
    clientId,
    schema: SCHEMA_VERSION,
    exportedAt: now,
    mutations: queue.map(({ clientSeq, id, name, args, at }) => ({ seq: clientSeq, id, name, args, at })),
  };
  return { text: await writeSyncFile(body, session.fileKey), count: queue.length };
}

/** How many unsent writes this account has, and how many other accounts' wait on this phone. */
export async function unsentCounts(db: GigDb): Promise<{ mine: number; others: number }> {
  const owner = ownerOf(await readSession(db));
  const all = await db.outbox.count();
  const mine = (await ownerQueue(db, owner)).length;
  return { mine, others: all - mine };
}

/** A file's text, refused before reading when it is bigger than any sync file can be. */
export async function textOf(file: Blob): Promise<string> {
  if (file.size > MAX_SYNC_FILE_BYTES * 2) throw new SyncFileError('FILE_TOO_LARGE', 'the file is too large');
  return file.text();
}

/** A file of unsent writes, checked as far as a phone can (shape, checksum); the server checks the signature. */
export async function readUnsentFile(text: string) {
  const envelope = await readEnvelope(text);
  return { envelope, body: bodyOf(envelope, UnsentBodySchema) };
}

/** The kinds a county file carries: what a field phone needs to answer "有什么活" in a village. */
const CARRIED = ['job', 'station', 'policy'] as const satisfies readonly Kind[];
type Carried = (typeof CARRIED)[number];
export type CountyCounts = Record<Carried, number>;

/** Does a policy reach this county? Its codes pad a wider area with zeros (630000 a province); none = everywhere. */
function policyReaches(codes: readonly string[], county: string): boolean {
  if (codes.length === 0) return true;
  return codes.some((code) => countyOf(code) === county || county.startsWith(code.replace(/0+$/, '')));
}

/**
 * The rows as the server last sent them: a row with unsent changes on this phone goes as
 * the confirmed copy under them (or not at all when it was made here and never sent).
 */
async function confirmedRows<T extends AnyRecord>(db: GigDb, kind: Kind, rows: T[]): Promise<T[]> {
  const pending = await pendingRecordKeys(db);
  const out: T[] = [];
  for (const row of rows) {
    const key = recordKey(kind, row.id);
    if (!pending.has(key)) out.push(row);
    else {
      const base = await db.base.get(key);
      if (base) out.push(base.record as T);
    }
  }
  return out.filter((row) => !row.deleted);
}

/** The county's jobs, stations and policies on this phone, as a file. */
export async function countyFile(db: GigDb, county: string, now = Date.now()) {
  const inCounty = (regionCode: string) => countyOf(regionCode) === county;
  const rows = {
    job: await confirmedRows(db, 'job', await db.jobs.where('regionCode').between(county, `${county}\uffff`).toArray()),
    station: await confirmedRows(
      db,
      'station',
      (await db.stations.toArray()).filter((s) => inCounty(s.regionCode)),
    ),
    policy: await confirmedRows(
      db,
      'policy',
      (await db.policies.toArray()).filter((p) => policyReaches(p.regionCodes, county)),
    ),
  };
  const body: CountyBody = { kind: 'county', county, exportedAt: now, rows };
  return { text: await writeSyncFile(body), counts: countsOf(rows) };
}

const countsOf = (rows: Record<Carried, readonly unknown[]>): CountyCounts => ({
  job: rows.job.length,
  station: rows.station.length,
  policy: rows.policy.length,
});

/**
 * Load a county file: every row checked with its record schema first, then all of them
 * landed in one transaction, or none (a bad row refuses the whole file).
 */
export async function loadCountyFile(db: GigDb, text: string): Promise<{ counts: CountyCounts; exportedAt: number }> {
  const body = bodyOf(await readEnvelope(text), CountyBodySchema);
  const rows = {} as Record<Carried, AnyRecord[]>;
  for (const kind of CARRIED) {
    rows[kind] = (body.rows[kind] ?? []).map((row) => {
      const checked = v.safeParse(RECORD_SCHEMAS[kind], row);
      if (!checked.success) throw new SyncFileError('FILE_UNREADABLE', `a ${kind} in the file is not valid`);
      return checked.output as AnyRecord;
    });
  }
  await applyCarriedRows(db, rows);
  return { counts: countsOf(rows), exportedAt: body.exportedAt };
}
