/**
 * 记工: the summary a worker and a desk read, and who may write a worker's log (owner only,
 * no overwrite, sane bounds), as the server runs the mutators.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { bucketsOf } from '../../../src/core/buckets';
import { uuidv7 } from '../../../src/core/ids';
import { type MutationContext, runMutation } from '../../../src/core/mutators';
import type { Workday } from '../../../src/core/records';
import { daysFor, summarize } from '../../../src/core/worklog';
import { memoryTx } from '../../support/memory-tx';
import { rejection } from '../../support/mutation-error';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const worker: Actor = { role: 'worker', stationIds: [], counties: [], userId: '0190f3c2-0000-7000-8000-00000000a001' };
const otherWorker: Actor = { ...worker, userId: '0190f3c2-0000-7000-8000-00000000a002' };
const desk: Actor = {
  role: 'station_staff',
  stationIds: ['0190f3c2-0000-7000-8000-0000000057a0'],
  counties: ['630103'],
  userId: '0190f3c2-0000-7000-8000-00000000d35c',
};
const admin: Actor = { role: 'admin', stationIds: [], counties: [], userId: '0190f3c2-0000-7000-8000-00000000ad01' };
const ctx = (actor: Actor, now = NOW): MutationContext => ({ now, clock: now, actor, server: true });

const dayArgs = (over: Partial<Workday> = {}) => ({
  id: uuidv7(),
  date: '2026-11-30',
  site: '城南工地',
  employerName: '王老板',
  wage: 260,
  wageUnit: 'day' as const,
  hours: 9,
  ...over,
});

describe('the 记工 summary', () => {
  const days = [
    { date: '2026-11-28', site: '城南工地', employerName: '王老板', wage: 260, wageUnit: 'day' as const, hours: 9 },
    {
      date: '2026-11-29',
      site: '城南工地',
      employerName: '王老板 ',
      wage: 30,
      wageUnit: 'hour' as const,
      hours: 7.5,
      paid: 100,
    },
    {
      date: '2026-11-30',
      site: '果园',
      employerName: '李家果园',
      wage: 200,
      wageUnit: 'day' as const,
      hours: 8,
      paid: 200,
    },
  ];

  it('adds days, hours, what was agreed (hourly wage × hours), what was paid and what is still owed', () => {
    expect(summarize(days)).toEqual({
      from: '2026-11-28',
      to: '2026-11-30',
      days: 3,
      hours: 24.5,
      agreed: 260 + 225 + 200,
      paid: 300,
      owed: 385,
    });
  });

  it('narrows to one employer (spaces aside) and a date range, both ends included', () => {
    expect(daysFor(days, { employerName: '王老板' }).map((d) => d.date)).toEqual(['2026-11-28', '2026-11-29']);
    expect(daysFor(days, { from: '2026-11-29', to: '2026-11-29' })).toHaveLength(1);
    expect(summarize(daysFor(days, { employerName: '李家果园' })).owed).toBe(0);
  });

  it('counts a date logged twice as one day, and an overpaid employer owes nothing rather than less than nothing', () => {
    const twice = [days[0], { ...days[0], site: '另一处', paid: 1000 }];
    expect(summarize(twice)).toMatchObject({ days: 1, agreed: 520, paid: 1000, owed: 0 });
    expect(summarize([])).toMatchObject({ days: 0, owed: 0, from: undefined });
  });
});

describe('who may write a work log (docs/ACCESS.md)', () => {
  it('a worker logs a day into their own log, which only their account’s bucket holds', async () => {
    const tx = memoryTx();
    const args = dayArgs();
    await runMutation(tx, 'workday.log', args, ctx(worker));
    const day = await tx.get('workday', args.id);
    expect(day).toMatchObject({ ownerId: worker.userId, wage: 260, version: 0 });
    expect(bucketsOf('workday', day!)).toEqual([`worklog:u:${worker.userId}`]);
  });

  it('no desk, employer, admin or anonymous phone keeps a log: it is the worker’s own', async () => {
    for (const actor of [desk, admin, { ...worker, role: 'employer' as const }]) {
      expect((await rejection(runMutation(memoryTx(), 'workday.log', dayArgs(), ctx(actor)))).code).toBe('FORBIDDEN');
    }
    const anonymous: Actor = { role: 'anonymous', stationIds: [], counties: [] };
    const onPhone = { ...ctx(anonymous), server: false };
    expect((await rejection(runMutation(memoryTx(), 'workday.log', dayArgs(), onPhone))).code).toBe('LOGIN_REQUIRED');
  });

  it('nobody else edits or deletes a worker’s day, not another worker, not the desk', async () => {
    const tx = memoryTx();
    const args = dayArgs();
    await runMutation(tx, 'workday.log', args, ctx(worker));
    for (const actor of [otherWorker, desk]) {
      const edit = runMutation(tx, 'workday.edit', { id: args.id, patch: { paid: 260 } }, ctx(actor));
      expect((await rejection(edit)).code).toBe('FORBIDDEN');
      expect((await rejection(runMutation(tx, 'workday.remove', { id: args.id }, ctx(actor)))).code).toBe('FORBIDDEN');
    }
    expect(await tx.get('workday', args.id)).toMatchObject({ deleted: false });
    expect((await tx.get('workday', args.id))?.paid).toBeUndefined();
  });

  it('the owner edits and deletes their day', async () => {
    const tx = memoryTx();
    const args = dayArgs();
    await runMutation(tx, 'workday.log', args, ctx(worker));
    await runMutation(tx, 'workday.edit', { id: args.id, patch: { paid: 100, note: '先给了一百' } }, ctx(worker));
    expect(await tx.get('workday', args.id)).toMatchObject({ paid: 100, note: '先给了一百', ownerId: worker.userId });
    await runMutation(tx, 'workday.remove', { id: args.id }, ctx(worker));
    expect((await tx.get('workday', args.id))?.deleted).toBe(true);
  });

  it('an edit cannot hand the day to another account', async () => {
    const tx = memoryTx();
    const args = dayArgs();
    await runMutation(tx, 'workday.log', args, ctx(worker));
    const patch = { ownerId: otherWorker.userId, paid: 5 };
    await runMutation(tx, 'workday.edit', { id: args.id, patch }, ctx(worker));
    expect((await tx.get('workday', args.id))?.ownerId).toBe(worker.userId);
  });

  it('a create cannot overwrite another worker’s day; the same create again changes nothing', async () => {
    const tx = memoryTx();
    const args = dayArgs();
    await runMutation(tx, 'workday.log', args, ctx(worker));
    const stolen = runMutation(tx, 'workday.log', { ...args, wage: 1 }, ctx(otherWorker));
    expect((await rejection(stolen)).code).toBe('EXISTS');
    await runMutation(tx, 'workday.log', { ...args, wage: 999 }, ctx(worker, NOW + 5));
    expect(await tx.get('workday', args.id)).toMatchObject({ wage: 260, ownerId: worker.userId });
  });

  it('refuses out-of-bounds days: over 24 hours, an absurd wage, a date more than a day ahead or years back', async () => {
    const attempt = async (over: Partial<Workday>) =>
      rejection(runMutation(memoryTx(), 'workday.log', dayArgs(over), ctx(worker)));
    expect(await attempt({ hours: 25 })).toMatchObject({ code: 'INVALID', field: 'args.hours' });
    expect(await attempt({ hours: 0 })).toMatchObject({ code: 'INVALID', field: 'args.hours' });
    expect(await attempt({ wage: -5 })).toMatchObject({ code: 'INVALID', field: 'args.wage' });
    expect(await attempt({ wage: 2600, wageUnit: 'hour' })).toMatchObject({ code: 'WAGE_TOO_HIGH', field: 'wage' });
    expect(await attempt({ wage: 26_000 })).toMatchObject({ code: 'INVALID', field: 'args.wage' });
    expect(await attempt({ paid: 10_000_000 })).toMatchObject({ code: 'INVALID', field: 'args.paid' });
    expect(await attempt({ date: '2026-12-04' })).toMatchObject({ code: 'FUTURE_DATE', field: 'date' });
    expect(await attempt({ date: '2019-01-01' })).toMatchObject({ code: 'TOO_LONG_AGO', field: 'date' });
    // Tomorrow is fine: in Beijing it may already be today.
    await runMutation(memoryTx(), 'workday.log', dayArgs({ date: '2026-12-02' }), ctx(worker));
  });

  it('an edit is held to the same bounds', async () => {
    const tx = memoryTx();
    const args = dayArgs({ wage: 600 });
    await runMutation(tx, 'workday.log', args, ctx(worker));
    const edit = runMutation(tx, 'workday.edit', { id: args.id, patch: { wageUnit: 'hour' } }, ctx(worker));
    expect(await rejection(edit)).toMatchObject({ code: 'WAGE_TOO_HIGH' });
    const later = runMutation(tx, 'workday.edit', { id: args.id, patch: { hours: 30 } }, ctx(worker));
    expect(await rejection(later)).toMatchObject({ code: 'INVALID' });
  });

  it('a 求助 carries a snapshot of the days, held to the same bounds', async () => {
    const snapshotDay = { date: '2026-11-30', site: '城南工地', wage: 260, wageUnit: 'day' as const, hours: 9 };
    const complaint = (days: object[]) => ({
      id: uuidv7(),
      kind: 'wage_arrears' as const,
      anonymous: true,
      employerName: '王老板',
      description: '欠工钱',
      evidence: [],
      regionCode: '630103',
      worklog: { employerName: '王老板', days },
    });
    const tx = memoryTx();
    const args = complaint([snapshotDay]);
    await runMutation(tx, 'complaint.file', args, ctx(worker));
    expect((await tx.get('complaint', args.id))?.worklog?.days).toHaveLength(1);
    const future = complaint([{ ...snapshotDay, date: '2027-01-01' }]);
    expect((await rejection(runMutation(tx, 'complaint.file', future, ctx(worker)))).code).toBe('FUTURE_DATE');
    expect((await rejection(runMutation(tx, 'complaint.file', complaint([]), ctx(worker)))).code).toBe('INVALID');
  });
});
