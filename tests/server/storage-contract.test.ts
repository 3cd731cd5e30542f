/**
 * One contract for the three storages the mutators run on (`MutationTx` in src/core/mutators):
 * the map unit tests use (tests/support/memory-tx.ts), the device's Dexie storage
 * (src/db/local-tx.ts, on fake-indexeddb here) and the server's transaction
 * (server/sync/server-tx.ts, on PGlite, and on PostgreSQL when DATABASE_URL is set). The
 * same mutators must see the same records through each: what one transaction wrote, which
 * records match, how many there are, and nothing left behind by a transaction that failed.
 *
 * One known difference is by design: the device keeps no tombstones (a deleted record leaves
 * its table), so `get` of a deleted record finds it on the server and in memory only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/access';
import { uuidv7 } from '../../src/core/ids';
import {
  type MutationContext,
  type MutationTx,
  type MutatorArgs,
  type MutatorName,
  runMutation,
} from '../../src/core/mutators';
import type { AnyRecord, Kind, RecordByKind } from '../../src/core/records';
import { MutationError } from '../../src/core/validation';
import { GigDb } from '../../src/db/db';
import { LocalMutationTx } from '../../src/db/local-tx';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { WriteBatch } from '../../server/sync/record-store';
import { ServerMutationTx } from '../../server/sync/server-tx';
import { jobPostArgs, seekerRegisterArgs, serverJob } from '../fixtures/records';
import { type MemoryRows, memoryTx } from '../support/memory-tx';
import { DATABASES } from './databases';

interface Storage {
  /** Run `work` in one transaction: everything it wrote is kept if it returns, nothing if it throws. */
  transaction<T>(work: (tx: MutationTx) => Promise<T>): Promise<T>;
  /** The device drops deleted records instead of keeping their tombstones. */
  keepsTombstones: boolean;
  close(): Promise<void>;
}

function memoryStorage(): Storage {
  let rows: MemoryRows = new Map();
  return {
    keepsTombstones: true,
    async transaction(work) {
      const working = new Map(rows);
      const result = await work(memoryTx(working));
      rows = working;
      return result;
    },
    async close() {},
  };
}

function dexieStorage(): Storage {
  const db = new GigDb(`contract-${uuidv7()}`);
  return {
    keepsTombstones: false,
    // An async scope: Dexie keeps its transaction across native awaits only for async functions.
    transaction: (work) => db.transaction('rw', db.syncTables(), async () => work(new LocalMutationTx(db))),
    close: async () => db.delete(),
  };
}

/** The server's transaction alone, or as a push runs it: writes go through a request's WriteBatch. */
async function serverStorage(open: () => Promise<Database>, batched = false): Promise<Storage> {
  const db = await open();
  await migrate(db);
  return {
    keepsTombstones: true,
    transaction: (work) =>
      db.transaction(async (q) => {
        const batch = batched ? await WriteBatch.begin(q) : undefined;
        const tx = new ServerMutationTx(q, batch);
        const result = await work(tx);
        await tx.commit();
        await batch?.finish();
        return result;
      }),
    close: () => db.close(),
  };
}

const STORAGES: { name: string; open(): Promise<Storage> }[] = [
  { name: 'memory', open: async () => memoryStorage() },
  { name: 'Dexie (device)', open: async () => dexieStorage() },
  ...DATABASES.flatMap((database) => [
    { name: `server transaction on ${database.name}`, open: () => serverStorage(() => database.open()) },
    { name: `server push batch on ${database.name}`, open: () => serverStorage(() => database.open(), true) },
  ]),
];

const admin: Actor = { role: 'admin', stationIds: [], counties: [], userId: uuidv7() };
let clock = 1_700_000_000_000;
/** The server's rules (who may, duplicates, capacity) run where `server` is true, as on the server. */
const serverCtx = (): MutationContext => ({ now: ++clock, clock, actor: admin, server: true });

/** Records compared across storages: the server stamps its own versions and times. */
function comparable(record: AnyRecord | undefined) {
  if (!record) return record;
  const { version: _version, updatedAt: _updatedAt, ...rest } = record;
  return rest;
}

const ids = (records: readonly AnyRecord[]) => records.map((r) => r.id).sort();

describe.each(STORAGES)('storage contract: $name', ({ open }) => {
  let storage: Storage;
  const run = <N extends MutatorName>(name: N, args: MutatorArgs<N>) =>
    storage.transaction((tx) => runMutation(tx, name, args, serverCtx()));
  const read = <K extends Kind>(kind: K, id: string) => storage.transaction((tx) => tx.get(kind, id));

  beforeEach(async () => {
    storage = await open();
  });
  afterEach(async () => {
    await storage.close();
  });

  describe('reads and writes', () => {
    it('a transaction reads its own writes, and later transactions read them too', async () => {
      const job = serverJob({ version: 0 });
      const inside = await storage.transaction(async (tx) => {
        await tx.put('job', job);
        return tx.get('job', job.id);
      });
      expect(comparable(inside)).toEqual(comparable(job));
      expect(comparable(await read('job', job.id))).toEqual(comparable(job));
    });

    it('findAll, findFirst and count agree, and see what this transaction wrote', async () => {
      const course = uuidv7();
      const enrollment = (status: 'enrolled' | 'waitlisted') => ({
        id: uuidv7(),
        version: 0,
        updatedAt: clock,
        deleted: false,
        courseId: course,
        seekerId: uuidv7(),
        status,
      });
      const stored = [enrollment('enrolled'), enrollment('waitlisted')];
      await storage.transaction(async (tx) => {
        for (const e of stored) await tx.put('enrollment', e);
      });
      const seen = await storage.transaction(async (tx) => {
        const added = enrollment('enrolled');
        await tx.put('enrollment', added);
        const match = { courseId: course, status: 'enrolled' };
        return {
          all: ids(await tx.findAll('enrollment', match)),
          first: (await tx.findFirst('enrollment', match))?.status,
          count: await tx.count('enrollment', match),
          expected: ids([stored[0], added]),
        };
      });
      expect(seen.all).toEqual(seen.expected);
      expect(seen.first).toBe('enrolled');
      expect(seen.count).toBe(2);
    });

    it('a record this transaction changed or deleted no longer matches', async () => {
      const [moved, removed, kept] = [serverJob(), serverJob(), serverJob()];
      await storage.transaction(async (tx) => {
        for (const job of [moved, removed, kept]) await tx.put('job', job);
      });
      const seen = await storage.transaction(async (tx) => {
        await tx.put('job', { ...moved, regionCode: '150525100' });
        await tx.put('job', { ...removed, deleted: true });
        const match = { regionCode: kept.regionCode };
        return { all: ids(await tx.findAll('job', match)), count: await tx.count('job', match) };
      });
      expect(seen).toEqual({ all: [kept.id], count: 1 });
    });

    it('matches on any field, indexed on the device or not, and on numbers by value and type', async () => {
      const seeker = {
        ...seekerRegisterArgs({ birthYear: 1975, village: '630103100201' }),
        version: 0,
        updatedAt: clock,
        deleted: false,
      } as RecordByKind['seeker'];
      await storage.transaction((tx) => tx.put('seeker', seeker));
      const found = await storage.transaction(async (tx) => ({
        byKey: (await tx.findFirst('seeker', { name: seeker.name, birthYear: 1975, village: '630103100201' }))?.id,
        wrongType: await tx.findFirst('seeker', { name: seeker.name, birthYear: '1975' }),
        byName: await tx.count('seeker', { name: seeker.name }),
      }));
      expect(found).toEqual({ byKey: seeker.id, wrongType: undefined, byName: 1 });
    });

    it('a transaction that throws leaves nothing behind', async () => {
      const job = serverJob();
      await expect(
        storage.transaction(async (tx) => {
          await tx.put('job', job);
          throw new MutationError('INVALID', 'changed my mind');
        }),
      ).rejects.toBeInstanceOf(MutationError);
      expect(await read('job', job.id)).toBeUndefined();
    });

    it('a deleted record is gone from every match; only storages that keep tombstones still get it', async () => {
      const job = serverJob();
      await storage.transaction((tx) => tx.put('job', job));
      await storage.transaction((tx) => tx.put('job', { ...job, deleted: true }));
      const seen = await storage.transaction(async (tx) => ({
        found: await tx.findFirst('job', { id: job.id }),
        count: await tx.count('job', { regionCode: job.regionCode }),
        got: await tx.get('job', job.id),
      }));
      expect(seen.found).toBeUndefined();
      expect(seen.count).toBe(0);
      expect(seen.got?.deleted ?? 'absent').toBe(storage.keepsTombstones ? true : 'absent');
    });
  });

  describe('the mutators on it', () => {
    it('a create never overwrites a record with the same id', async () => {
      const args = jobPostArgs();
      await run('job.post', args);
      // Another author's create with that id is refused; the author's own repeat changes nothing.
      const other: Actor = { ...admin, userId: uuidv7() };
      await expect(
        storage.transaction((tx) =>
          runMutation(tx, 'job.post', { ...args, title: '另一个岗位' }, { ...serverCtx(), actor: other }),
        ),
      ).rejects.toMatchObject({ code: 'EXISTS' });
      await run('job.post', { ...args, title: '又一个岗位' });
      expect((await read('job', args.id))?.title).toBe(args.title);
    });

    it('sign-ups over capacity go to the waiting list, by count; a repeat sign-up adds nothing', async () => {
      const course: MutatorArgs<'course.save'> = {
        id: uuidv7(),
        title: '家政服务员培训',
        regionCode: '630103100',
        startDate: '2026-09-01',
        days: 5,
        capacity: 2,
        points: 10,
      };
      await run('course.save', course);
      const seekers = [
        seekerRegisterArgs(),
        seekerRegisterArgs({ phone: '13900000002' }),
        seekerRegisterArgs({ phone: '13900000003' }),
      ];
      for (const s of seekers) await run('seeker.register', s);
      const enrollments = [];
      for (const s of seekers) {
        const id = uuidv7();
        await run('enrollment.enroll', { id, courseId: course.id, seekerId: s.id });
        enrollments.push(id);
      }
      await run('enrollment.enroll', { id: uuidv7(), courseId: course.id, seekerId: seekers[0].id });
      const statuses = await Promise.all(enrollments.map(async (id) => (await read('enrollment', id))?.status));
      expect(statuses).toEqual(['enrolled', 'enrolled', 'waitlisted']);
      expect(await storage.transaction((tx) => tx.count('enrollment', { courseId: course.id }))).toBe(3);
    });

    it('a second registration of one person opens one review; merging re-points their records', async () => {
      const first = seekerRegisterArgs();
      const second = seekerRegisterArgs();
      await run('seeker.register', first);
      await run('seeker.register', second);
      const [review] = await storage.transaction((tx) => tx.findAll('review', { status: 'open' }));
      expect(review).toMatchObject({ kind: 'possible_duplicate', seekerIds: [first.id, second.id] });

      const job = jobPostArgs();
      await run('job.post', job);
      const application = uuidv7();
      await run('application.apply', { id: application, jobId: job.id, seekerId: second.id, channel: 'referral' });
      await run('review.resolve', { id: review.id, outcome: 'merged', keep: first.id });

      expect(await read('application', application)).toMatchObject({ seekerId: first.id });
      expect(await read('review', review.id)).toMatchObject({ status: 'merged' });
      const remaining = await storage.transaction((tx) => tx.findAll('seeker', { name: first.name }));
      expect(ids(remaining)).toEqual([first.id]);
    });
  });
});
