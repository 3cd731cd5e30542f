/**
 * `policy.save` from outside: who may publish a policy, where, and that an edit made on a
 * copy someone else has changed since is refused rather than silently overwriting theirs.
 * (The server bumps `version` on every write; memoryTx does not, so the tests bump it.)
 */
import { describe, expect, it } from 'vitest';
import { type Actor, mayPublishPolicy, projectRecord } from '../../../src/core/access';
import { uuidv7 } from '../../../src/core/ids';
import { type MutationContext, type MutationTx, runMutation } from '../../../src/core/mutators';
import type { Policy } from '../../../src/core/records';
import { MutationError } from '../../../src/core/validation';
import { memoryTx } from '../../support/memory-tx';

const staff = (role: Actor['role'], counties: string[], n: number): Actor => ({
  role,
  stationIds: role === 'station_staff' ? [uuidv7()] : [],
  counties,
  userId: `0190f3c2-0000-7000-8000-00000000d00${n}`,
});
const deskA = staff('station_staff', ['630103'], 1);
const deskA2 = staff('station_staff', ['630103'], 2);
const deskB = staff('station_staff', ['150525'], 3);
const field = staff('field_staff', ['630103'], 4);
const admin = staff('admin', [], 5);
const worker = staff('worker', [], 6);
const employer = staff('employer', [], 7);

const ctx = (actor: Actor): MutationContext => ({ now: 1_000, clock: 1_000, actor, server: true });

function policyArgs(overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    title: '城中区一次性创业补贴',
    body: '首次创业、正常经营6个月以上的，可申请一次性创业补贴5000元。',
    summary: { amount: '一次性5000元', who: '首次创业、经营满6个月', where: '县人社局就业服务窗口' },
    source: '西宁市城中区人力资源和社会保障局',
    regionCodes: ['630103'],
    tags: ['创业'],
    publishedOn: '2026-11-20',
    effectiveOn: '2026-12-01',
    ...overrides,
  };
}

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MutationError);
  return (error as MutationError).code;
}

/** What the server does after a write: the row's version moves on. */
async function confirm(tx: MutationTx, id: string, version: number): Promise<Policy> {
  const row = (await tx.get('policy', id))!;
  await tx.put('policy', { ...row, version });
  return { ...row, version };
}

describe('policy.save: who and where', () => {
  it('lets a desk publish for its county and records who saved it', async () => {
    const tx = memoryTx();
    const args = policyArgs();
    await runMutation(tx, 'policy.save', args, ctx(deskA));
    expect(await tx.get('policy', args.id)).toMatchObject({ title: args.title, editedBy: deskA.userId, version: 0 });
  });

  it('refuses workers, employers and field staff', async () => {
    for (const actor of [worker, employer, field]) {
      expect(await code(runMutation(memoryTx(), 'policy.save', policyArgs(), ctx(actor))), actor.role).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('refuses a desk of another county, and taking over another county’s policy by its id', async () => {
    expect(await code(runMutation(memoryTx(), 'policy.save', policyArgs(), ctx(deskB)))).toBe('OUT_OF_SCOPE');
    const tx = memoryTx();
    const args = policyArgs();
    await runMutation(tx, 'policy.save', args, ctx(deskA));
    const takeover = { ...args, regionCodes: ['150525'], title: '先交押金再领补贴' };
    expect(await code(runMutation(tx, 'policy.save', takeover, ctx(deskB)))).toBe('OUT_OF_SCOPE');
    expect((await tx.get('policy', args.id))?.title).toBe(args.title);
  });

  it('keeps a policy for everywhere, and one for a whole province, to admins', async () => {
    for (const regionCodes of [[], ['630000'], ['630103', '150525']]) {
      const args = policyArgs({ regionCodes });
      expect(await code(runMutation(memoryTx(), 'policy.save', args, ctx(deskA))), String(regionCodes)).toBe(
        'OUT_OF_SCOPE',
      );
      await runMutation(memoryTx(), 'policy.save', args, ctx(admin));
    }
    // Nor may a desk narrow an admin's nationwide policy down to its county.
    const tx = memoryTx();
    const everywhere = policyArgs({ regionCodes: [] });
    await runMutation(tx, 'policy.save', everywhere, ctx(admin));
    expect(await code(runMutation(tx, 'policy.save', { ...everywhere, regionCodes: ['630103'] }, ctx(deskA)))).toBe(
      'OUT_OF_SCOPE',
    );
  });

  it('refuses out-of-bounds values', async () => {
    const tx = memoryTx();
    const tooLong = policyArgs({ summary: { amount: '多'.repeat(81) } });
    expect(await code(runMutation(tx, 'policy.save', tooLong, ctx(deskA)))).toBe('INVALID');
    expect(await code(runMutation(tx, 'policy.save', policyArgs({ effectiveOn: '12月1日' }), ctx(deskA)))).toBe(
      'INVALID',
    );
    expect(await code(runMutation(tx, 'policy.save', policyArgs({ regionCodes: ['63'] }), ctx(deskA)))).toBe('INVALID');
  });

  it('matches the UI’s check to the mutator’s', () => {
    expect(mayPublishPolicy(deskA)).toBe(true);
    expect(mayPublishPolicy(admin)).toBe(true);
    expect([worker, employer, field].map((actor) => mayPublishPolicy(actor))).toEqual([false, false, false]);
    expect(mayPublishPolicy(deskA, ['630103001'])).toBe(true);
    expect(mayPublishPolicy(deskA, [])).toBe(false);
  });
});

describe('policy.save: an edit merges into the stored policy field by field', () => {
  /** As PolicyForm sends it: the whole policy, and what the phone showed of it. */
  const save = <P extends object>(seen: P, changes: Partial<P>) => ({ ...seen, ...changes, base: seen });

  async function published() {
    const tx = memoryTx();
    const args = policyArgs();
    await runMutation(tx, 'policy.save', args, ctx(deskA));
    await confirm(tx, args.id, 1);
    return { tx, args };
  }

  it('accepts the desk’s second edit in a row after a colleague changed another field, keeping both', async () => {
    const { tx, args } = await published();
    const first = save(args, { title: '创业补贴（第一次改）' });
    await runMutation(tx, 'policy.save', first, ctx(deskA));
    await confirm(tx, args.id, 2);
    await runMutation(tx, 'policy.save', save(args, { source: '人社局2号文' }), ctx(deskA2));
    await confirm(tx, args.id, 3);
    const { base: _base, ...shown } = first;
    await runMutation(tx, 'policy.save', save(shown, { title: '创业补贴（第二次改）' }), ctx(deskA));
    expect(await tx.get('policy', args.id)).toMatchObject({ title: '创业补贴（第二次改）', source: '人社局2号文' });
  });

  it('refuses a field someone else changed since, naming it, and leaves theirs', async () => {
    const { tx, args } = await published();
    await runMutation(tx, 'policy.save', save(args, { title: '创业补贴（已更新）' }), ctx(deskA2));
    await confirm(tx, args.id, 2);
    const stale = await runMutation(tx, 'policy.save', save(args, { title: '改掉' }), ctx(deskA)).catch((e) => e);
    expect(stale).toMatchObject({ code: 'STALE', field: 'title' });
    expect((await tx.get('policy', args.id))?.title).toBe('创业补贴（已更新）');
  });

  it('takes the stored summary with its keys in another order (PostgreSQL’s jsonb) for the one the editor saw', async () => {
    const { tx, args } = await published();
    const { amount, who, where } = args.summary;
    const stored = (await tx.get('policy', args.id))!;
    await tx.put('policy', { ...stored, summary: { who, where, amount } });
    const edit = save(args, { summary: { amount: '一次性6000元', who, where } });
    await runMutation(tx, 'policy.save', edit, ctx(deskA2));
    expect((await tx.get('policy', args.id))?.summary?.amount).toBe('一次性6000元');
  });
});

describe('policy.save: stale edits', () => {
  it('refuses an edit of a copy another account has changed since it was loaded', async () => {
    const tx = memoryTx();
    const args = policyArgs();
    await runMutation(tx, 'policy.save', args, ctx(deskA));
    const loaded = await confirm(tx, args.id, 1);
    // Desk colleague changes the amount…
    await runMutation(tx, 'policy.save', { ...args, baseVersion: loaded.version, source: '人社局2号文' }, ctx(deskA2));
    await confirm(tx, args.id, 2);
    // …and the first desk's offline edit, made on version 1, arrives later.
    const late = { ...args, baseVersion: 1, title: '创业补贴（已更新）' };
    expect(await code(runMutation(tx, 'policy.save', late, ctx(deskA)))).toBe('STALE');
    expect(await tx.get('policy', args.id)).toMatchObject({ source: '人社局2号文', title: args.title });
    // A create under the same id (no base version) cannot overwrite it either.
    expect(await code(runMutation(tx, 'policy.save', { ...args, title: '改掉' }, ctx(deskA)))).toBe('STALE');
    // Loaded afresh, the edit goes through.
    await runMutation(tx, 'policy.save', { ...late, source: '人社局2号文', baseVersion: 2 }, ctx(deskA));
    expect((await tx.get('policy', args.id))?.title).toBe('创业补贴（已更新）');
  });

  it('lets an account’s second offline edit build on its first', async () => {
    const tx = memoryTx();
    const args = policyArgs();
    await runMutation(tx, 'policy.save', args, ctx(deskA));
    await confirm(tx, args.id, 1);
    await runMutation(tx, 'policy.save', { ...args, baseVersion: 1, title: '第一次改' }, ctx(deskA));
    await confirm(tx, args.id, 2);
    await runMutation(tx, 'policy.save', { ...args, baseVersion: 1, title: '第二次改' }, ctx(deskA));
    expect((await tx.get('policy', args.id))?.title).toBe('第二次改');
  });

  it('hides who saved it from workers’ devices', async () => {
    const tx = memoryTx();
    const args = policyArgs();
    await runMutation(tx, 'policy.save', args, ctx(deskA));
    const policy = (await tx.get('policy', args.id))!;
    expect(projectRecord('policy', policy, worker)).not.toHaveProperty('editedBy');
    expect(projectRecord('policy', policy, deskB)).toHaveProperty('editedBy', deskA.userId);
  });
});
