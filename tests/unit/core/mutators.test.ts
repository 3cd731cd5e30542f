import { describe, expect, it } from 'vitest';
import { type Actor, type MutationContext, type MutationTx, runMutation } from '../../../src/core/mutators';
import type { Kind, RecordByKind } from '../../../src/core/records';
import { MutationError } from '../../../src/core/validation';
import { jobPostArgs, station } from '../../fixtures/records';

/** The smallest storage a mutator can run on: a map. */
function memoryTx(): MutationTx & { rows: Map<string, unknown> } {
  const rows = new Map<string, unknown>();
  return {
    rows,
    async get<K extends Kind>(kind: K, id: string) {
      return rows.get(`${kind}:${id}`) as RecordByKind[K] | undefined;
    },
    async findFirst<K extends Kind>(kind: K, match: Record<string, string>) {
      for (const [key, row] of rows) {
        const r = row as Record<string, unknown>;
        if (key.startsWith(`${kind}:`) && !r.deleted && Object.entries(match).every(([k, v]) => r[k] === v)) {
          return row as RecordByKind[K];
        }
      }
      return undefined;
    },
    async put<K extends Kind>(kind: K, record: RecordByKind[K]) {
      rows.set(`${kind}:${record.id}`, record);
    },
  };
}

const desk: Actor = { role: 'station_staff', stationIds: [], userId: '0190f3c2-0000-7000-8000-00000000d35c' };
const worker: Actor = { role: 'worker', stationIds: [] };
const serverCtx = (actor: Actor = desk, now = 1_000): MutationContext => ({ now, actor, server: true });

async function rejection(promise: Promise<unknown>): Promise<MutationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MutationError);
  return error as MutationError;
}

describe('job mutators', () => {
  it('post a job as open, unverified, with server-set dates and flags', async () => {
    const tx = memoryTx();
    const args = jobPostArgs({ requirements: '入职先交押金' });
    await runMutation(tx, 'job.post', args, serverCtx());
    const job = await tx.get('job', args.id);
    expect(job).toMatchObject({ status: 'open', verification: { state: 'unverified' }, postedAt: 1_000, flags: ['fee'] });
    expect(job?.expiresAt).toBe(1_000 + 30 * 86_400_000);
  });

  it('refuse a wage range that runs backwards, naming wageMax', async () => {
    const error = await rejection(runMutation(memoryTx(), 'job.post', jobPostArgs({ wageMin: 200, wageMax: 100 }), serverCtx()));
    expect(error.field).toBe('wageMax');
  });

  it('refuse unknown mutators and invalid arguments with a clear code', async () => {
    expect((await rejection(runMutation(memoryTx(), 'job.explode', {}, serverCtx()))).code).toBe('UNKNOWN_MUTATOR');
    const invalid = await rejection(runMutation(memoryTx(), 'job.post', { ...jobPostArgs(), wageUnit: 'year' }, serverCtx()));
    expect(invalid).toMatchObject({ code: 'INVALID', field: 'args.wageUnit' });
  });

  it('let the server refuse roles that may not post, while the device runs it optimistically', async () => {
    const error = await rejection(runMutation(memoryTx(), 'job.post', jobPostArgs(), serverCtx(worker)));
    expect(error.code).toBe('FORBIDDEN');
    await runMutation(memoryTx(), 'job.post', jobPostArgs(), { now: 1, actor: worker, server: false });
  });

  it('keep closed final: closed wins over any later status change', async () => {
    const tx = memoryTx();
    const args = jobPostArgs();
    await runMutation(tx, 'job.post', args, serverCtx());
    await runMutation(tx, 'job.setStatus', { id: args.id, status: 'closed' }, serverCtx());
    const error = await rejection(runMutation(tx, 'job.setStatus', { id: args.id, status: 'open' }, serverCtx()));
    expect(error.code).toBe('BAD_TRANSITION');
    expect((await tx.get('job', args.id))?.status).toBe('closed');
  });

  it('reject a stale edit of the wage but accept a stale edit of free text', async () => {
    const tx = memoryTx();
    const args = jobPostArgs();
    await runMutation(tx, 'job.post', args, serverCtx());
    const job = (await tx.get('job', args.id))!;
    await tx.put('job', { ...job, version: 7 });
    const stale = await rejection(
      runMutation(tx, 'job.edit', { id: args.id, baseVersion: 5, patch: { wageMin: 100 } }, serverCtx()),
    );
    expect(stale).toMatchObject({ code: 'STALE', field: 'wageMin' });
    await runMutation(tx, 'job.edit', { id: args.id, baseVersion: 5, patch: { description: '管午饭' } }, serverCtx());
    expect((await tx.get('job', args.id))?.description).toBe('管午饭');
  });
});

describe('station mutators', () => {
  it('refuse a stale edit of name, address or phone, and accept one of services', async () => {
    const tx = memoryTx();
    const { version: _v, updatedAt: _u, deleted: _d, ...fields } = station();
    await runMutation(tx, 'station.save', fields, serverCtx());
    await tx.put('station', { ...(await tx.get('station', fields.id))!, version: 9 });
    const stale = await rejection(
      runMutation(tx, 'station.save', { ...fields, phone: '0971-8000000', baseVersion: 3 }, serverCtx()),
    );
    expect(stale).toMatchObject({ code: 'STALE', field: 'phone' });
    await runMutation(tx, 'station.save', { ...fields, services: ['water'], baseVersion: 3 }, serverCtx());
    expect((await tx.get('station', fields.id))?.services).toEqual(['water']);
    await runMutation(tx, 'station.save', { ...fields, phone: '0971-8000000', baseVersion: 9 }, serverCtx());
    expect((await tx.get('station', fields.id))?.phone).toBe('0971-8000000');
  });
});

describe('application mutators', () => {
  async function withJob() {
    const tx = memoryTx();
    const job = jobPostArgs();
    await runMutation(tx, 'job.post', job, serverCtx());
    return { tx, jobId: job.id };
  }
  const seekerId = '0190f3c2-0000-7000-8000-00000000beef';

  it('keep one application per seeker and job, even from two devices', async () => {
    const { tx, jobId } = await withJob();
    const first = '0190f3c2-0000-7000-8000-000000000001';
    const second = '0190f3c2-0000-7000-8000-000000000002';
    await runMutation(tx, 'application.apply', { id: first, jobId, seekerId, channel: 'self' }, serverCtx());
    await runMutation(tx, 'application.apply', { id: second, jobId, seekerId, channel: 'referral' }, serverCtx());
    expect(await tx.get('application', first)).toBeDefined();
    expect(await tx.get('application', second)).toBeUndefined();
  });

  it('move status only forward, keeping every step in the history', async () => {
    const { tx, jobId } = await withJob();
    const id = '0190f3c2-0000-7000-8000-000000000003';
    await runMutation(tx, 'application.apply', { id, jobId, seekerId, channel: 'self' }, serverCtx());
    await runMutation(tx, 'application.advance', { id, status: 'interview' }, serverCtx(desk, 2_000));
    await runMutation(tx, 'application.advance', { id, status: 'contacted' }, serverCtx(desk, 3_000));
    const application = await tx.get('application', id);
    expect(application?.status).toBe('interview');
    expect(application?.history.map((h) => h.status)).toEqual(['pending', 'interview']);
  });
});
