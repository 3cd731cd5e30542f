/**
 * Edits made on top of each other (SYNC.md §2.8; policy.save's in policy-save.test.ts): a desk edits a record offline, then again
 * before the first is sent. Each edit carries `base`, what the phone showed (its own first edit
 * included), so the server refuses only a field someone else changed meanwhile; fields
 * changed by different people merge. The server bumps `version` on every write; memoryTx does
 * not, so `confirm` does it, as the server would between the two arrivals.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { changesOf } from '../../../src/core/edits';
import { type MutationContext, type MutationTx, runMutation } from '../../../src/core/mutators';
import type { Kind, RecordByKind } from '../../../src/core/records';
import { jobPostArgs, seekerRegisterArgs, station } from '../../fixtures/records';
import { memoryTx } from '../../support/memory-tx';
import { rejection } from '../../support/mutation-error';

const STATION = '0190f3c2-0000-7000-8000-0000000057a0';
const desk = (n: number): Actor => ({
  role: 'station_staff',
  stationIds: [STATION],
  counties: ['630103'],
  userId: `0190f3c2-0000-7000-8000-00000000d35${n}`,
});
const deskA = desk(1);
const deskB = desk(2);
let clock = 1_000;
/** The server re-running a mutation; each write later than the one before. */
const server = (actor: Actor): MutationContext => {
  clock += 1_000;
  return { now: clock, clock, actor, server: true };
};

/** The server's write is done: the row's version moves on. Returns the row as a phone now holds it. */
async function confirm<K extends Kind>(tx: MutationTx, kind: K, id: string): Promise<RecordByKind[K]> {
  const row = (await tx.get(kind, id))!;
  const confirmed = { ...row, version: row.version + 1 };
  await tx.put(kind, confirmed);
  return confirmed;
}

describe('job.edit: what the desk saw of the fields it changes', () => {
  async function posted() {
    const tx = memoryTx();
    const args = jobPostArgs({ stationId: STATION });
    await runMutation(tx, 'job.post', args, server(deskA));
    return { tx, id: args.id, loaded: await confirm(tx, 'job', args.id) };
  }

  it('accepts the desk’s second offline wage edit in a row, sent before the first came back', async () => {
    const { tx, id, loaded } = await posted();
    // On the phone: the first edit, then the second made on the copy that shows the first.
    const first = changesOf(loaded, { wageMin: 160 });
    const second = changesOf({ ...loaded, ...first.patch }, { wageMin: 170, headcount: 3 });
    await runMutation(tx, 'job.edit', { id, ...first }, server(deskA));
    await confirm(tx, 'job', id);
    await runMutation(tx, 'job.edit', { id, ...second }, server(deskA));
    expect(await tx.get('job', id)).toMatchObject({ wageMin: 170, headcount: 3 });
  });

  it('refuses a wage someone else changed since, naming it, and merges a field they did not touch', async () => {
    const { tx, id, loaded } = await posted();
    await runMutation(tx, 'job.edit', { id, ...changesOf(loaded, { wageMin: 155 }) }, server(deskB));
    await runMutation(tx, 'job.edit', { id, ...changesOf(loaded, { headcount: 5 }) }, server(deskB));
    await confirm(tx, 'job', id);
    const stale = await rejection(
      runMutation(tx, 'job.edit', { id, ...changesOf(loaded, { wageMin: 160 }) }, server(deskA)),
    );
    expect(stale).toMatchObject({ code: 'STALE', field: 'wageMin' });
    await runMutation(tx, 'job.edit', { id, ...changesOf(loaded, { wageMax: 220 }) }, server(deskA));
    expect(await tx.get('job', id)).toMatchObject({ wageMin: 155, wageMax: 220, headcount: 5 });
  });

  it('gives free text to the last edit to arrive (SYNC.md: LWW by server order)', async () => {
    const { tx, id, loaded } = await posted();
    await runMutation(tx, 'job.edit', { id, ...changesOf(loaded, { title: '招保洁员两名' }) }, server(deskB));
    await confirm(tx, 'job', id);
    await runMutation(tx, 'job.edit', { id, ...changesOf(loaded, { title: '招保洁阿姨' }) }, server(deskA));
    expect((await tx.get('job', id))?.title).toBe('招保洁阿姨');
  });
});

describe('seeker.edit: a change of name someone else made meanwhile goes to the desk', () => {
  const identityReviews = (tx: ReturnType<typeof memoryTx>) =>
    [...tx.rows.values()].filter((r) => (r as { kind?: string }).kind === 'identity_conflict');

  async function registered() {
    const tx = memoryTx();
    await tx.put('station', station({ id: STATION }));
    const args = seekerRegisterArgs({ name: '马师傅', stationId: STATION });
    await runMutation(tx, 'seeker.register', args, server(deskA));
    return { tx, id: args.id, loaded: await confirm(tx, 'seeker', args.id) };
  }

  it('applies the desk’s second offline change of the name in a row, with no review', async () => {
    const { tx, id, loaded } = await registered();
    const first = changesOf(loaded, { name: '马大师傅' });
    const second = changesOf({ ...loaded, ...first.patch }, { name: '马大海' });
    await runMutation(tx, 'seeker.edit', { id, ...first }, server(deskA));
    await confirm(tx, 'seeker', id);
    await runMutation(tx, 'seeker.edit', { id, ...second }, server(deskA));
    expect((await tx.get('seeker', id))?.name).toBe('马大海');
    expect(identityReviews(tx)).toEqual([]);
  });

  it('holds back a name someone else changed since, as a review, and merges the other fields', async () => {
    const { tx, id, loaded } = await registered();
    await runMutation(tx, 'seeker.edit', { id, ...changesOf(loaded, { name: '马二' }) }, server(deskB));
    await confirm(tx, 'seeker', id);
    const late = changesOf(loaded, { name: '马大师傅', village: '总寨村' });
    await runMutation(tx, 'seeker.edit', { id, ...late }, server(deskA));
    expect(await tx.get('seeker', id)).toMatchObject({ name: '马二', village: '总寨村' });
    expect(identityReviews(tx)).toMatchObject([{ detail: 'name: 马二 → 马大师傅', status: 'open' }]);
  });
});

describe('station.save: a field the desk did not change keeps someone else’s change', () => {
  it('saves the services while a colleague’s new phone stays', async () => {
    const tx = memoryTx();
    const { version: _v, updatedAt: _u, deleted: _d, ...fields } = station({ id: STATION, phone: '0971-8000001' });
    await runMutation(tx, 'station.save', fields, server(deskA));
    const seen = { name: fields.name, address: fields.address, phone: fields.phone };
    await runMutation(tx, 'station.save', { ...fields, phone: '0971-8000002', base: seen }, server(deskB));
    await confirm(tx, 'station', STATION);
    await runMutation(tx, 'station.save', { ...fields, services: ['water'], base: seen }, server(deskA));
    expect(await tx.get('station', STATION)).toMatchObject({ phone: '0971-8000002', services: ['water'] });
  });
});
