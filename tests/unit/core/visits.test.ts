/**
 * Walk-ins: the desk's one-tap log (`visit.log`) and a worker's check-in at the door by its
 * code (`visit.checkIn`): who may, where, and one check-in per person, station and China day,
 * enforced by the mutator itself on the phone and on the server alike.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { bucketName, bucketsOf } from '../../../src/core/buckets';
import { uuidv7 } from '../../../src/core/ids';
import { CHECK_IN_MAX_AGE_DAYS, type MutationContext, runMutation } from '../../../src/core/mutators';
import type { Visit } from '../../../src/core/records';
import { seekerRegisterArgs, station } from '../../fixtures/records';
import { memoryTx } from '../../support/memory-tx';
import { rejection } from '../../support/mutation-error';

const DAY_MS = 86_400_000;
/** 09:00 in China on 1 May 2026. */
const MORNING = Date.UTC(2026, 4, 1, 1, 0);

const hall = station({ regionCode: '630103100' });
const elsewhere = station({ regionCode: '150525100', name: '大沁他拉镇零工驿站' });
const desk: Actor = { role: 'station_staff', stationIds: [hall.id], counties: ['630103'], userId: uuidv7() };
const otherDesk: Actor = { role: 'station_staff', stationIds: [elsewhere.id], counties: ['150525'], userId: uuidv7() };
const worker: Actor = { role: 'worker', stationIds: [], counties: [], userId: uuidv7() };
const stranger: Actor = { role: 'worker', stationIds: [], counties: [], userId: uuidv7() };

const on = (actor: Actor, clock = MORNING, now = clock): MutationContext => ({ now, clock, actor, server: true });
const onPhone = (actor: Actor, clock = MORNING): MutationContext => ({ now: clock, clock, actor, server: false });

describe('visits', () => {
  let tx: ReturnType<typeof memoryTx>;
  const own = seekerRegisterArgs({ registeredBy: 'self' });
  const checkIn = (overrides: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    stationId: hall.id,
    seekerId: own.id,
    services: ['job_desk'],
    ...overrides,
  });
  const visits = async () => (await tx.findAll('visit', { stationId: hall.id })) as Visit[];

  beforeEach(async () => {
    tx = memoryTx();
    await tx.put('station', hall);
    await tx.put('station', elsewhere);
    await runMutation(tx, 'seeker.register', own, on(worker));
  });

  it('a worker checks in as themself: the visit names the station, the time and the China day', async () => {
    const args = checkIn();
    await runMutation(tx, 'visit.checkIn', args, on(worker));
    expect(await tx.get('visit', args.id)).toMatchObject({
      stationId: hall.id,
      seekerId: own.id,
      services: ['job_desk'],
      at: MORNING,
      checkInDay: Math.floor((MORNING + 8 * 3_600_000) / DAY_MS),
    });
    const stored = (await tx.get('visit', args.id))!;
    // Their own check-in comes back to their phone; the desk's log of walk-ins does not.
    const deskBucket = bucketName('desk', hall.id);
    expect(bucketsOf('visit', stored)).toEqual([deskBucket, bucketName('own', own.id)]);
    expect(bucketsOf('visit', { ...stored, checkInDay: undefined })).toEqual([deskBucket]);
  });

  it('counts one check-in per person, station and China day, however often or wherever it is sent', async () => {
    const first = checkIn();
    await runMutation(tx, 'visit.checkIn', first, on(worker));
    // The same mutation replayed, a second scan that morning, one from a second phone that evening.
    await runMutation(tx, 'visit.checkIn', first, on(worker, MORNING + 60_000));
    await runMutation(tx, 'visit.checkIn', checkIn({ services: ['rest'] }), on(worker, MORNING + 3_600_000));
    await runMutation(tx, 'visit.checkIn', checkIn(), onPhone(worker, MORNING + 13 * 3_600_000));
    expect((await visits()).map((v) => v.id)).toEqual([first.id]);
    // 16:00 UTC is midnight in China: the next day counts again, and so does another station.
    await runMutation(tx, 'visit.checkIn', checkIn(), on(worker, Date.UTC(2026, 4, 1, 16, 0)));
    await runMutation(tx, 'visit.checkIn', checkIn({ stationId: elsewhere.id }), on(worker));
    expect(await visits()).toHaveLength(2);
    expect(await tx.findAll('visit', { stationId: elsewhere.id })).toHaveLength(1);
  });

  it('refuses another person’s profile, staff and employers, and nobody', async () => {
    const forged = checkIn();
    expect((await rejection(runMutation(tx, 'visit.checkIn', forged, on(stranger)))).code).toBe('FORBIDDEN');
    for (const role of ['station_staff', 'employer', 'anonymous'] as const) {
      const actor = role === 'station_staff' ? desk : { ...stranger, role };
      const error = await rejection(runMutation(tx, 'visit.checkIn', checkIn(), on(actor)));
      expect(error.code, role).toBe('FORBIDDEN');
    }
    expect(await visits()).toHaveLength(0);
  });

  it('refuses a station that does not exist, a day beyond the limit, and another record’s id', async () => {
    const nowhere = checkIn({ stationId: uuidv7() });
    expect((await rejection(runMutation(tx, 'visit.checkIn', nowhere, on(worker)))).code).toBe('NOT_FOUND');
    const late = on(worker, MORNING - (CHECK_IN_MAX_AGE_DAYS + 1) * DAY_MS, MORNING);
    expect((await rejection(runMutation(tx, 'visit.checkIn', checkIn(), late))).code).toBe('INVALID');
    // A back-dated day within the limit is a phone that was offline: it counts, on its own day.
    await runMutation(tx, 'visit.checkIn', checkIn(), on(worker, MORNING - 3 * DAY_MS, MORNING));

    const walkIn = { id: uuidv7(), stationId: hall.id, at: MORNING, services: ['policy'] };
    await runMutation(tx, 'visit.log', walkIn, on(desk));
    const overwrite = await rejection(runMutation(tx, 'visit.checkIn', checkIn({ id: walkIn.id }), on(worker)));
    expect(overwrite.code).toBe('EXISTS');
    const kept = await tx.get('visit', walkIn.id);
    expect(kept?.services).toEqual(['policy']);
    expect(kept?.seekerId).toBeUndefined();
  });

  it('the desk logs walk-ins at its own station only, for its own people, and cannot forge a check-in day', async () => {
    const walkIn = { id: uuidv7(), stationId: hall.id, at: MORNING, services: ['training', 'rest'] };
    await runMutation(tx, 'visit.log', walkIn, on(desk));
    await runMutation(tx, 'visit.log', walkIn, on(desk)); // the same create again changes nothing
    const theirs = { ...walkIn, id: uuidv7(), stationId: elsewhere.id };
    expect((await rejection(runMutation(tx, 'visit.log', theirs, on(desk)))).code).toBe('OUT_OF_SCOPE');
    const notTheirs = { ...walkIn, id: uuidv7(), seekerId: own.id };
    expect((await rejection(runMutation(tx, 'visit.log', notTheirs, on(otherDesk)))).code).toBe('OUT_OF_SCOPE');
    // A check-in day is the server's to set: one sent with a walk-in is dropped, so it cannot take a person's day.
    const forged = { ...walkIn, id: uuidv7(), checkInDay: 1 };
    await runMutation(tx, 'visit.log', forged, on(desk));
    expect((await tx.get('visit', forged.id))?.checkInDay).toBeUndefined();
    expect((await rejection(runMutation(tx, 'visit.log', { ...walkIn, note: '改写' }, on(desk)))).code).toBe('EXISTS');
    expect((await rejection(runMutation(tx, 'visit.log', { ...walkIn, id: uuidv7() }, on(worker)))).code).toBe(
      'FORBIDDEN',
    );
  });
});
