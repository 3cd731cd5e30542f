import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { MutationError } from '../../../src/core/validation';
import { GigDb, recordKey } from '../../../src/db/db';
import { mutate } from '../../../src/db/mutate';
import { jobPostArgs, serverJob } from '../../fixtures/records';

const freshDb = () => new GigDb(`test-${uuidv7()}`);

describe('the write path', () => {
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
    expect(await db.outbox.count()).toBe(0);
  });

  it('numbers outbox entries 1..n with no gaps, even with failures and concurrent writes in between', async () => {
    const db = freshDb();
    const writes = Array.from({ length: 30 }, (_, i) =>
      mutate(db, 'job.post', jobPostArgs(i % 7 === 3 ? { headcount: -1 } : {})).catch(() => null),
    );
    await Promise.all(writes);
    const seqs = (await db.outbox.orderBy('seq').toArray()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(seqs.length).toBe(30 - 4);
  });

  it('keeps the confirmed row as the base the first time an unsent change touches it', async () => {
    const db = freshDb();
    const job = serverJob({ version: 4 });
    await db.jobs.put(job);
    await mutate(db, 'job.setStatus', { id: job.id, status: 'filled' });
    await mutate(db, 'job.setStatus', { id: job.id, status: 'open' });
    expect((await db.base.get(recordKey('job', job.id)))?.record).toEqual(job);
    expect((await db.jobs.get(job.id))?.status).toBe('open');
    expect(await db.outbox.count()).toBe(2);
  });
});
