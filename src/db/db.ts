/**
 * The device's database. Entity tables hold what the user sees: server-confirmed rows
 * with the user's own unsent changes applied on top. The outbox tables (`outbox`,
 * `quarantine`, `sent`, `base`) belong to `outbox.ts`, which owns every operation on them.
 */
import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Kind, RecordByKind } from '../core/records';
import type { BaseEntry, OutboxEntry, QuarantineEntry, SentEntry } from './outbox';
import { DB_NAME, type Reminder } from './reminder-row';

export { DB_NAME };

/** One account's outbox sequence, under a client id the server binds to that account. */
export interface OwnerChain {
  clientId: string;
  nextSeq: number;
}

export interface SyncState {
  /** This device's id: refresh tokens are bound to it, and it carries writes made without logging in. */
  clientId: string;
  /** Next local outbox key; allocated inside the write transaction, so never skips. */
  nextSeq: number;
  /** Per owner (account id, '' for none): the sequence its writes are sent under. */
  chains: Record<string, OwnerChain>;
  epoch: string | null;
  cursors: Record<string, number>;
  /**
   * The account ('' for nobody) the rows were pulled for: the server projects rows per account
   * (a poster sees their own jobs' author, staff the verifier's note), so another account
   * pulls the buckets it holds again from the start.
   */
  viewer?: string;
  /** Counties whose jobs this device follows; empty = all the server offers, unless `askPlace`. */
  counties: string[];
  /**
   * A new phone whose user has not yet chosen where they are (or unfollowed every county):
   * it pulls no county's jobs until they choose a county or "all places". Older states
   * (undefined) keep following every county, as they did.
   */
  askPlace?: boolean;
  /** The place the user chose last (a county or a town in it): forms start there (src/ui/place.ts). */
  home?: string;
  /** The job download under way, for "正在下载本县岗位 312/855"; null when none is. */
  jobProgress?: { done: number; total: number } | null;
  lastSyncAt: number | null;
  lastError: string | null;
  /** The last sync's failure as a code the UI words (src/ui/errors.ts); null after a clean sync. */
  lastErrorCode?: string | null;
  /** The last sync left entries waiting for a login (made without one, or the login ran out). */
  waitingForLogin?: boolean;
  /** Server time minus device time at the last pull: corrects this phone's clock for edits. */
  clockOffset?: number;
  /** The last hybrid-clock reading given to a write (see tickClock). */
  lastClock?: number;
}

/** The tables and indexes as version 3 declared them (outbox owners, sent entries, reviews). */
const SCHEMA_V3 = {
  stations: 'id, regionCode',
  jobs: 'id, regionCode, occupationCode, status, postedAt, stationId',
  employers: 'id, regionCode',
  seekers: 'id, regionCode, phone',
  applications: 'id, jobId, seekerId, [seekerId+jobId], status',
  courses: 'id, regionCode, startDate',
  enrollments: 'id, courseId, seekerId, [courseId+seekerId]',
  policies: 'id, publishedOn',
  events: 'id, startsAt',
  complaints: 'id, seekerId, status',
  visits: 'id, stationId, at',
  points: 'id, seekerId',
  outbox: 'seq, id, *touches, [owner+clientSeq]',
  quarantine: 'seq, id',
  base: 'key',
  meta: 'key',
  changes: '++seq',
  sent: 'seq, [owner+clientSeq], ackedAt',
  reviews: 'id, status, stationId',
};

/** Today's schema (version 8). A new table or index: change it here and raise `version(8)` below. */
const SCHEMA = {
  ...SCHEMA_V3,
  // 4: the desk's and field staff's lists (src/features/desk): a station's people, a field
  // worker's registrations and postings. Index changes only: Dexie builds them from the rows.
  seekers: 'id, regionCode, phone, stationId, registeredByUser',
  jobs: 'id, regionCode, occupationCode, status, postedAt, stationId, createdBy',
  // 5: 培训 (src/features/courses): 我想学 requests, by county prefix for the desk and by requester.
  courseRequests: 'id, regionCode, seekerId, status',
  // 6: 提醒我 (src/features/events): the phone's own; the service worker reads them by `dueAt`.
  reminders: 'eventId, dueAt',
  // 7: 记工 (src/features/worklog): a worker's own days, read by owner and date.
  workdays: 'id, ownerId, date, [ownerId+date]',
  // 8: 村务公告 print log (src/features/printpack): a station's batches, by station and board.
  boardPrints: 'id, stationId, regionCode',
};

/** One entry per changed row of an indexed kind, in write order (see rows.ts). */
export interface ChangeEntry {
  seq?: number;
  kind: Kind;
  id: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const TABLE_OF = {
  station: 'stations',
  job: 'jobs',
  employer: 'employers',
  seeker: 'seekers',
  application: 'applications',
  course: 'courses',
  enrollment: 'enrollments',
  courseRequest: 'courseRequests',
  policy: 'policies',
  event: 'events',
  complaint: 'complaints',
  visit: 'visits',
  points: 'points',
  review: 'reviews',
  workday: 'workdays',
  boardPrint: 'boardPrints',
} as const satisfies Record<Kind, string>;

export class GigDb extends Dexie {
  stations!: EntityTable<RecordByKind['station'], 'id'>;
  jobs!: EntityTable<RecordByKind['job'], 'id'>;
  employers!: EntityTable<RecordByKind['employer'], 'id'>;
  seekers!: EntityTable<RecordByKind['seeker'], 'id'>;
  applications!: EntityTable<RecordByKind['application'], 'id'>;
  courses!: EntityTable<RecordByKind['course'], 'id'>;
  enrollments!: EntityTable<RecordByKind['enrollment'], 'id'>;
  courseRequests!: EntityTable<RecordByKind['courseRequest'], 'id'>;
  policies!: EntityTable<RecordByKind['policy'], 'id'>;
  events!: EntityTable<RecordByKind['event'], 'id'>;
  complaints!: EntityTable<RecordByKind['complaint'], 'id'>;
  visits!: EntityTable<RecordByKind['visit'], 'id'>;
  points!: EntityTable<RecordByKind['points'], 'id'>;
  reviews!: EntityTable<RecordByKind['review'], 'id'>;
  workdays!: EntityTable<RecordByKind['workday'], 'id'>;
  boardPrints!: EntityTable<RecordByKind['boardPrint'], 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  quarantine!: EntityTable<QuarantineEntry, 'seq'>;
  /** Acknowledged entries, kept a while in case the server is restored from an older backup. */
  sent!: EntityTable<SentEntry, 'seq'>;
  base!: EntityTable<BaseEntry, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  changes!: EntityTable<ChangeEntry, 'seq'>;
  /** 提醒我: this phone's own reminders of sessions, never synced (src/db/reminder-row.ts). */
  reminders!: EntityTable<Reminder, 'eventId'>;

  /**
   * The browser gave no IndexedDB (a private window, a WebView that blocks it): the rows live
   * in this tab's memory only (see src/app/device-db.ts), and workers cannot see them.
   */
  readonly inMemory: boolean;

  constructor(name = DB_NAME, storage?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>) {
    super(name, storage);
    this.inMemory = storage !== undefined;
    // Only the versions that carry an upgrade are declared, each with its whole schema: Dexie
    // re-reads every declared version on each `stores()` call, and seven versions cost a low-end
    // phone ~40 ms before the first screen. A phone on any older version upgrades through them.
    this.version(3)
      .stores(SCHEMA_V3)
      // Writes made before accounts belong to nobody and keep their numbers.
      .upgrade(async (tx) => {
        await tx
          .table('outbox')
          .toCollection()
          .modify((entry: OutboxEntry) => {
            entry.owner ??= '';
            entry.clientSeq ??= entry.seq;
          });
      });
    this.version(8).stores(SCHEMA);
  }

  /**
   * Call `onLost` when the database is deleted or force-closed under the running app (site
   * data cleared, storage evicted). It is then closed for good: Dexie must not quietly
   * reopen an empty database and let the app carry on as if nothing had happened.
   */
  watchForLoss(onLost: () => void): void {
    this.on('versionchange', (event) => {
      if (event.newVersion !== null) return; // an upgrade by a newer tab: Dexie's default
      this.close({ disableAutoOpen: true });
      onLost();
      return false;
    });
    this.on('close', () => onLost());
  }

  tableOf<K extends Kind>(kind: K): Table<RecordByKind[K], string> {
    return this.table(TABLE_OF[kind]);
  }

  /** Every table a sync write may touch, for `transaction('rw', …)`. */
  syncTables(): Table[] {
    return [
      ...Object.values(TABLE_OF).map((t) => this.table(t)),
      this.outbox,
      this.quarantine,
      this.sent,
      this.base,
      this.meta,
      this.changes,
    ];
  }
}
