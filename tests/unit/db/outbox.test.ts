/** The outbox module (src/db/outbox.ts), operation by operation, on fake-indexeddb. */
import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../../src/core/auth';
import { uuidv7 } from '../../../src/core/ids';
import { recordKey } from '../../../src/core/records';
import { MutationError } from '../../../src/core/validation';
import { GigDb } from '../../../src/db/db';
import { mutate } from '../../../src/db/mutate';
import {
  acknowledge,
  adoptAnonymousWrites,
  appendToOutbox,
  ownerQueue,
  resendAfterRestore,
  resendForgotten,
} from '../../../src/db/outbox';
import {
  othersPendingCount,
  pendingCount,
  pendingEntries,
  pendingRecordKeys,
  rejectedCount,
  rejectedEntries,
} from '../../../src/db/outbox-view';
import { clearSession, writeSession } from '../../../src/db/session';
import { readSyncState } from '../../../src/db/sync-state';
import { jobPostArgs, serverJob } from '../../fixtures/records';

const freshDb = () => new GigDb(`test-${uuidv7()}`);
const DAY = 86_400_000;

function account(role: AccountView['role'] = 'station_staff'): AccountView {
  return { id: uuidv7(), phone: '13800000002', role, stationIds: [], counties: [] };
}

/** Make the following writes this account's (or nobody's). */
async function logIn(db: GigDb, who: AccountView | undefined): Promise<void> {
  if (!who) return clearSession(db);
  await writeSession(db, { account: who, accessToken: 'a', accessExpiresAt: Date.now() + DAY, refreshToken: 'r' });
}

async function post(db: GigDb, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await mutate(db, 'job.post', jobPostArgs())).mutationId);
  return ids;
}

const clientSeqs = async (db: GigDb, owner: string) => (await ownerQueue(db, owner)).map((e) => e.clientSeq);

describe('appending (the write path)', () => {
  it('writes the record and its outbox entry together', async () => {
    const db = freshDb();
    const args = jobPostArgs();
    const { seq } = await mutate(db, 'job.post', args);
    const [job, entry] = await Promise.all([db.jobs.get(args.id), db.outbox.get(seq)]);
    expect(job).toMatchObject({ id: args.id, version: 0, status: 'open' });
    expect(entry).toMatchObject({
      name: 'job.post',
      touches: [recordKey('job', args.id)],
      created: [recordKey('job', args.id)],
    });
  });

  it('writes nothing at all when the input is invalid', async () => {
    const db = freshDb();
    const args = jobPostArgs({ wageMin: 500, wageMax: 100 });
    await expect(mutate(db, 'job.post', args)).rejects.toBeInstanceOf(MutationError);
    expect(await db.jobs.count()).toBe(0);
    expect(await pendingCount(db)).toBe(0);
  });

  it('numbers outbox entries 1..n with no gaps, even with failures and concurrent writes in between', async () => {
    const db = freshDb();
    const writes = Array.from({ length: 30 }, (_, i) =>
      mutate(db, 'job.post', jobPostArgs(i % 7 === 3 ? { headcount: -1 } : {})).catch(() => null),
    );
    await Promise.all(writes);
    const seqs = (await pendingEntries(db)).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(seqs.length).toBe(30 - 4);
  });

  it('numbers each owner in its own sequence under its own client id, and the device over all', async () => {
    const db = freshDb();
    const [desk, worker] = [account(), account('worker')];
    const appended = [];
    for (const owner of [desk.id, worker.id, desk.id, '', worker.id]) {
      appended.push(
        await db.transaction('rw', db.outbox, db.meta, async () =>
          appendToOutbox(db, await readSyncState(db), owner, {
            id: uuidv7(),
            name: 'job.post',
            args: {},
            at: 1,
            touches: [],
            created: [],
          }),
        ),
      );
    }
    expect(appended.map((a) => [a.seq, a.clientSeq])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 2],
    ]);
    expect(appended[0].clientId).toBe(appended[2].clientId);
    expect(new Set(appended.map((a) => a.clientId)).size).toBe(3);
    const state = await readSyncState(db);
    expect(state.nextSeq).toBe(6);
    expect(state.chains[desk.id].nextSeq).toBe(3);
  });

  it('keeps the confirmed row as the base the first time an unsent change touches it', async () => {
    const db = freshDb();
    const job = serverJob({ version: 4 });
    await db.jobs.put(job);
    await mutate(db, 'job.setStatus', { id: job.id, status: 'filled' });
    await mutate(db, 'job.setStatus', { id: job.id, status: 'open' });
    expect((await db.base.get(recordKey('job', job.id)))?.record).toEqual(job);
    expect((await db.jobs.get(job.id))?.status).toBe('open');
    expect(await pendingCount(db)).toBe(2);
  });
});

describe("an owner's queue", () => {
  it("holds only that owner's entries, oldest first, up to the limit", async () => {
    const db = freshDb();
    const [a, b] = [account(), account()];
    await logIn(db, a);
    const mine = await post(db, 2);
    await logIn(db, b);
    await post(db, 1);
    await logIn(db, a);
    mine.push(...(await post(db, 1)));
    expect((await ownerQueue(db, a.id)).map((e) => e.id)).toEqual(mine);
    expect((await ownerQueue(db, a.id, 2)).map((e) => e.id)).toEqual(mine.slice(0, 2));
    expect(await clientSeqs(db, b.id)).toEqual([1]);
  });

  it("adopts writes made without a login after the account's own, and leaves other accounts' alone", async () => {
    const db = freshDb();
    const [worker, other] = [account('worker'), account()];
    await logIn(db, worker);
    await post(db, 1);
    await logIn(db, undefined);
    const anonymous = await post(db, 2);
    await logIn(db, other);
    await post(db, 1);

    expect(await adoptAnonymousWrites(db, worker.id)).toBe(2);
    const queue = await ownerQueue(db, worker.id);
    expect(queue.map((e) => e.clientSeq)).toEqual([1, 2, 3]);
    expect(queue.slice(1).map((e) => e.id)).toEqual(anonymous);
    expect(await clientSeqs(db, '')).toEqual([]);
    expect(await clientSeqs(db, other.id)).toEqual([1]);
    expect((await readSyncState(db)).chains[worker.id].nextSeq).toBe(4);
    expect(await adoptAnonymousWrites(db, worker.id)).toBe(0);
  });
});

describe('acknowledging pushed entries', () => {
  it('moves acknowledged entries to sent and keeps the row', async () => {
    const db = freshDb();
    const args = jobPostArgs();
    const { seq } = await mutate(db, 'job.post', args);
    await acknowledge(db, '', [{ seq, ok: true }]);
    expect(await pendingCount(db)).toBe(0);
    expect(await db.sent.get(seq)).toMatchObject({ name: 'job.post', args });
    expect(await db.jobs.get(args.id)).toBeDefined();
  });

  it("answers only the owner's entry with that number", async () => {
    const db = freshDb();
    const [a, b] = [account(), account()];
    await logIn(db, a);
    await post(db, 1);
    await logIn(db, b);
    await post(db, 1);
    await acknowledge(db, b.id, [{ seq: 1, ok: true }]);
    expect(await clientSeqs(db, a.id)).toEqual([1]);
    expect(await clientSeqs(db, b.id)).toEqual([]);
  });

  it('quarantines a rejected entry with the verdict and undoes what it created', async () => {
    const db = freshDb();
    const args = jobPostArgs();
    const { seq } = await mutate(db, 'job.post', args);
    await acknowledge(db, '', [{ seq, ok: false, code: 'FORBIDDEN', message: 'no', field: 'stationId' }]);
    expect(await db.jobs.get(args.id)).toBeUndefined();
    expect(await db.quarantine.get(seq)).toMatchObject({
      code: 'FORBIDDEN',
      field: 'stationId',
      name: 'job.post',
      args,
    });
    expect(await rejectedCount(db)).toBe(1);
  });

  it('undoes a rejected change to a confirmed row and keeps later unsent changes', async () => {
    const db = freshDb();
    const job = serverJob({ version: 5, description: '原文' });
    await db.jobs.put(job);
    const rejected = await mutate(db, 'job.setStatus', { id: job.id, status: 'filled' });
    await mutate(db, 'job.edit', { id: job.id, baseVersion: 5, patch: { description: '新说明' } });
    await acknowledge(db, '', [{ seq: rejected.seq, ok: false, code: 'BAD_TRANSITION', message: 'no' }]);
    expect(await db.jobs.get(job.id)).toMatchObject({ status: 'open', description: '新说明' });
    // The edit still waits, so the confirmed copy stays under it.
    expect(await db.base.get(recordKey('job', job.id))).toBeDefined();
  });

  it('drops the base once no unsent change is left on the row', async () => {
    const db = freshDb();
    const job = serverJob({ version: 5 });
    await db.jobs.put(job);
    const { seq } = await mutate(db, 'job.setStatus', { id: job.id, status: 'filled' });
    await acknowledge(db, '', [{ seq, ok: true }]);
    expect(await db.base.get(recordKey('job', job.id))).toBeUndefined();
  });

  it('ignores an answer for an entry already acknowledged', async () => {
    const db = freshDb();
    const { seq } = await mutate(db, 'job.post', jobPostArgs());
    await acknowledge(db, '', [{ seq, ok: true }]);
    await acknowledge(db, '', [{ seq, ok: false, code: 'X', message: 'late duplicate answer' }]);
    expect(await rejectedCount(db)).toBe(0);
  });

  it('forgets acknowledged entries after 30 days', async () => {
    const db = freshDb();
    const old = await mutate(db, 'job.post', jobPostArgs());
    await acknowledge(db, '', [{ seq: old.seq, ok: true }]);
    await db.sent.update(old.seq, { ackedAt: Date.now() - 31 * DAY });
    const fresh = await mutate(db, 'job.post', jobPostArgs());
    await acknowledge(db, '', [{ seq: fresh.clientSeq, ok: true }]);
    expect((await db.sent.toArray()).map((e) => e.seq)).toEqual([fresh.seq]);
  });
});

describe('re-sending after a server restore', () => {
  async function sentThree(db: GigDb) {
    await post(db, 4);
    await acknowledge(
      db,
      '',
      [1, 2, 3].map((seq) => ({ seq, ok: true as const })),
    );
  }

  it('puts what the server forgot back in the queue, contiguous with what never left', async () => {
    const db = freshDb();
    await sentThree(db);
    expect(await resendAfterRestore(db, '', 2)).toBe(0);
    expect(await clientSeqs(db, '')).toEqual([2, 3, 4]);
    expect((await db.sent.toArray()).map((e) => e.clientSeq)).toEqual([1]);
  });

  it('renumbers the queue after entries too old to keep, and says how many were lost', async () => {
    const db = freshDb();
    await sentThree(db);
    await db.sent.where('[owner+clientSeq]').equals(['', 2]).delete(); // past the retention window
    expect(await resendAfterRestore(db, '', 2)).toBe(1);
    const queue = await ownerQueue(db, '');
    expect(queue.map((e) => [e.seq, e.clientSeq])).toEqual([
      [3, 2],
      [4, 3],
    ]);
    expect((await readSyncState(db)).chains[''].nextSeq).toBe(4);
  });

  it('re-sends only when the server reports fewer processed entries than were acknowledged', async () => {
    const db = freshDb();
    await sentThree(db);
    expect(await resendForgotten(db, '', 3)).toBe(false);
    expect(await clientSeqs(db, '')).toEqual([4]);
    expect(await resendForgotten(db, '', 1)).toBe(true);
    expect(await clientSeqs(db, '')).toEqual([2, 3, 4]);
  });
});

describe('read models', () => {
  it('count and list what waits and what was rejected, by owner', async () => {
    const db = freshDb();
    const [a, b] = [account(), account()];
    const job = serverJob({ version: 2 });
    await db.jobs.put(job);
    await logIn(db, a);
    await mutate(db, 'job.setStatus', { id: job.id, status: 'filled' });
    await logIn(db, b);
    const posted = jobPostArgs();
    const rejected = await mutate(db, 'job.post', posted);
    const later = await mutate(db, 'job.post', jobPostArgs());
    await acknowledge(db, b.id, [
      { seq: rejected.clientSeq, ok: false, code: 'STALE', message: 'no' },
      { seq: later.clientSeq, ok: false, code: 'STALE', message: 'no' },
    ]);
    await mutate(db, 'job.post', jobPostArgs());

    expect(await pendingCount(db)).toBe(2);
    expect(await othersPendingCount(db, b.id)).toBe(1);
    expect(await othersPendingCount(db, a.id)).toBe(1);
    expect((await pendingEntries(db)).map((e) => e.owner)).toEqual([a.id, b.id]);
    expect(await pendingRecordKeys(db)).toContain(recordKey('job', job.id));
    expect(await pendingRecordKeys(db)).not.toContain(recordKey('job', posted.id));
    expect((await rejectedEntries(db)).map((e) => e.seq)).toEqual([later.seq, rejected.seq]);
    expect(await rejectedCount(db)).toBe(2);
  });
});
