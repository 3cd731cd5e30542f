/** `boardPrint.log`, the notice-board print log: who may write it, where, and that a create never overwrites. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { uuidv7 } from '../../../src/core/ids';
import { type MutationContext, runMutation } from '../../../src/core/mutators';
import { jobPostArgs, station } from '../../fixtures/records';
import { memoryTx } from '../../support/memory-tx';
import { rejection } from '../../support/mutation-error';

const STATION = station({ id: '0190f3c2-0000-7000-8000-0000000057a0' });
const OTHER_COUNTY_STATION = station({ id: '0190f3c2-0000-7000-8000-0000000057b0', regionCode: '630104001' });
const desk: Actor = {
  role: 'station_staff',
  stationIds: [STATION.id],
  counties: ['630103'],
  userId: '0190f3c2-0000-7000-8000-00000000d35c',
};
/** A desk of a station in the next county (630104). */
const otherDesk: Actor = {
  role: 'station_staff',
  stationIds: [OTHER_COUNTY_STATION.id],
  counties: ['630104'],
  userId: '0190f3c2-0000-7000-8000-00000000d35d',
};
const field: Actor = { role: 'field_staff', stationIds: [], counties: ['630103'], userId: uuidv7() };
const worker: Actor = { role: 'worker', stationIds: [], counties: [], userId: uuidv7() };
const on = (actor: Actor, now = 5_000): MutationContext => ({ now, clock: now, actor, server: true });

/** 总寨村's board, a village of the fixtures' town 总寨镇 (630103100). */
const VILLAGE = '630103100201';

async function withJob() {
  const tx = memoryTx();
  await tx.put('station', STATION);
  await tx.put('station', OTHER_COUNTY_STATION);
  const job = jobPostArgs({ regionCode: VILLAGE });
  await runMutation(tx, 'job.post', job, on(desk, 1_000));
  const print = { id: uuidv7(), stationId: STATION.id, regionCode: VILLAGE, jobIds: [job.id] };
  return { tx, job, print };
}

describe('boardPrint.log', () => {
  it('records the board, the postings, when and by whom', async () => {
    const { tx, print } = await withJob();
    await runMutation(tx, 'boardPrint.log', print, on(desk));
    expect(await tx.get('boardPrint', print.id)).toMatchObject({
      ...print,
      printedAt: 5_000,
      printedBy: desk.userId,
      deleted: false,
    });
  });

  it('refuses roles other than the desk: field staff, workers', async () => {
    const { tx, print } = await withJob();
    expect((await rejection(runMutation(tx, 'boardPrint.log', print, on(field)))).code).toBe('FORBIDDEN');
    expect((await rejection(runMutation(tx, 'boardPrint.log', print, on(worker)))).code).toBe('FORBIDDEN');
    expect(await tx.get('boardPrint', print.id)).toBeUndefined();
  });

  it('refuses another county’s desk, for this station and for a board in this county', async () => {
    const { tx, print } = await withJob();
    expect((await rejection(runMutation(tx, 'boardPrint.log', print, on(otherDesk)))).code).toBe('OUT_OF_SCOPE');
    const theirStation = { ...print, stationId: OTHER_COUNTY_STATION.id };
    expect((await rejection(runMutation(tx, 'boardPrint.log', theirStation, on(otherDesk)))).code).toBe('OUT_OF_SCOPE');
    expect(await tx.get('boardPrint', print.id)).toBeUndefined();
  });

  it('refuses a board outside the station’s county, even from an admin', async () => {
    const { tx, print } = await withJob();
    const admin: Actor = { role: 'admin', stationIds: [], counties: [] };
    const away = { ...print, regionCode: '630104001001' };
    expect((await rejection(runMutation(tx, 'boardPrint.log', away, on(admin)))).code).toBe('OUT_OF_SCOPE');
  });

  it('never overwrites an existing id; the same create sent again changes nothing', async () => {
    const { tx, print, job } = await withJob();
    await runMutation(tx, 'boardPrint.log', print, on(desk));
    await runMutation(tx, 'boardPrint.log', print, on(desk, 9_000));
    expect((await tx.get('boardPrint', print.id))?.printedAt).toBe(5_000);
    const other = jobPostArgs({ regionCode: VILLAGE });
    await runMutation(tx, 'job.post', other, on(desk));
    const overwrite = { ...print, jobIds: [job.id, other.id] };
    expect((await rejection(runMutation(tx, 'boardPrint.log', overwrite, on(desk)))).code).toBe('EXISTS');
    expect((await tx.get('boardPrint', print.id))?.jobIds).toEqual([job.id]);
  });

  it('refuses a posting the server does not know, an unknown station, and an empty or oversized batch', async () => {
    const { tx, print } = await withJob();
    const ghost = await rejection(runMutation(tx, 'boardPrint.log', { ...print, jobIds: [uuidv7()] }, on(desk)));
    expect(ghost.code).toBe('NOT_FOUND');
    const noStation = await rejection(runMutation(tx, 'boardPrint.log', { ...print, stationId: uuidv7() }, on(desk)));
    expect(noStation.code).toBe('NOT_FOUND');
    const empty = await rejection(runMutation(tx, 'boardPrint.log', { ...print, jobIds: [] }, on(desk)));
    expect(empty).toMatchObject({ code: 'INVALID', field: 'args.jobIds' });
    const many = Array.from({ length: 61 }, () => uuidv7());
    expect((await rejection(runMutation(tx, 'boardPrint.log', { ...print, jobIds: many }, on(desk)))).code).toBe(
      'INVALID',
    );
    const county = await rejection(runMutation(tx, 'boardPrint.log', { ...print, regionCode: '630103' }, on(desk)));
    expect(county.code).toBe('INVALID');
  });
});

describe('boardPrint.takeDown', () => {
  async function printed() {
    const { tx, job, print } = await withJob();
    await runMutation(tx, 'boardPrint.log', print, on(desk));
    return { tx, job, print };
  }

  it('marks the job taken down on every print named, once however often it is sent', async () => {
    const { tx, job, print } = await printed();
    const again = { ...print, id: uuidv7() };
    await runMutation(tx, 'boardPrint.log', again, on(desk));
    const args = { ids: [print.id, again.id], jobId: job.id };
    await runMutation(tx, 'boardPrint.takeDown', args, on(desk, 6_000));
    await runMutation(tx, 'boardPrint.takeDown', args, on(desk, 7_000));
    for (const id of args.ids)
      expect(await tx.get('boardPrint', id)).toMatchObject({ takenDown: [job.id], updatedAt: 6_000 });
  });

  it('refuses field staff, workers and another county’s desk, and changes nothing', async () => {
    const { tx, job, print } = await printed();
    const args = { ids: [print.id], jobId: job.id };
    expect((await rejection(runMutation(tx, 'boardPrint.takeDown', args, on(field)))).code).toBe('FORBIDDEN');
    expect((await rejection(runMutation(tx, 'boardPrint.takeDown', args, on(worker)))).code).toBe('FORBIDDEN');
    expect((await rejection(runMutation(tx, 'boardPrint.takeDown', args, on(otherDesk)))).code).toBe('OUT_OF_SCOPE');
    expect((await tx.get('boardPrint', print.id))?.takenDown).toBeUndefined();
  });

  it('refuses a job that print never carried, and a print that does not exist', async () => {
    const { tx, print } = await printed();
    const elsewhere = await rejection(
      runMutation(tx, 'boardPrint.takeDown', { ids: [print.id], jobId: uuidv7() }, on(desk)),
    );
    expect([elsewhere.code, elsewhere.field]).toEqual(['NOT_FOUND', 'jobId']);
    const missing = await rejection(
      runMutation(tx, 'boardPrint.takeDown', { ids: [uuidv7()], jobId: print.jobIds[0] }, on(desk)),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });
});
