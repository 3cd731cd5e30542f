/**
 * 培训 on the server: seats and the waiting list kept on the course, cancelling moves the
 * waiting list up, the desk's register (attendance, completion: skill and points), 我想学
 * requests answered by a course; and every new mutator refused to the wrong role, the wrong
 * county, someone else's record, an existing id and out-of-bounds values.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { uuidv7 } from '../../../src/core/ids';
import { type MutationContext, runMutation } from '../../../src/core/mutators';
import { MutationError } from '../../../src/core/validation';
import { seekerRegisterArgs, station } from '../../fixtures/records';
import { memoryTx } from '../../support/memory-tx';

const HOME = station({ regionCode: '630103100' });
const ELSEWHERE = station({ regionCode: '150525100', name: '大沁他拉镇零工驿站' });
const ELSEWHERE_PLACE = { regionCode: ELSEWHERE.regionCode, stationId: ELSEWHERE.id };
const desk: Actor = { role: 'station_staff', stationIds: [HOME.id], counties: ['630103'], userId: uuidv7() };
const otherDesk: Actor = { role: 'station_staff', stationIds: [ELSEWHERE.id], counties: ['150525'], userId: uuidv7() };
const field: Actor = { role: 'field_staff', stationIds: [], counties: ['630103'], userId: uuidv7() };
const workerA: Actor = { role: 'worker', stationIds: [], counties: [], userId: uuidv7() };
const workerB: Actor = { role: 'worker', stationIds: [], counties: [], userId: uuidv7() };
const on = (actor: Actor, now = 1_000): MutationContext => ({ now, clock: now, actor, server: true });

async function refusal(promise: Promise<unknown>): Promise<MutationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MutationError);
  return error as MutationError;
}

/** A county with its station and desk, one course at the station, and people who signed themselves up. */
async function county(capacity = 1, people = 2) {
  const tx = memoryTx();
  for (const s of [HOME, ELSEWHERE]) await tx.put('station', s);
  const course = {
    id: uuidv7(),
    title: '电工上岗证培训',
    stationId: HOME.id,
    regionCode: '630103100',
    startDate: '2026-12-10',
    days: 3,
    capacity,
    points: 20,
    skill: '电工',
  };
  await runMutation(tx, 'course.save', course, on(desk));
  const workers = [workerA, workerB, { ...workerB, userId: uuidv7() }].slice(0, people);
  const signUps: { id: string; seekerId: string; actor: Actor }[] = [];
  for (const actor of workers) {
    const seeker = seekerRegisterArgs({ registeredBy: 'self', skills: ['瓦工'] });
    await runMutation(tx, 'seeker.register', seeker, on(actor));
    const signUp = { id: uuidv7(), courseId: course.id, seekerId: seeker.id };
    await runMutation(tx, 'enrollment.enroll', signUp, on(actor));
    signUps.push({ id: signUp.id, seekerId: seeker.id, actor });
  }
  const enrollment = async (id: string) => (await tx.get('enrollment', id))!;
  return { tx, course, signUps, enrollment, seats: async () => (await tx.get('course', course.id))! };
}

describe('seats and the waiting list', () => {
  it('the course keeps the counts; the waiting list is numbered in the order sign-ups arrive', async () => {
    const { signUps, enrollment, seats } = await county(1, 3);
    expect(await Promise.all(signUps.map(async (s) => (await enrollment(s.id)).status))).toEqual([
      'enrolled',
      'waitlisted',
      'waitlisted',
    ]);
    expect((await enrollment(signUps[1].id)).position).toBe(1);
    expect((await enrollment(signUps[2].id)).position).toBe(2);
    expect(await seats()).toMatchObject({ enrolled: 1, waitlisted: 2 });
  });

  it('cancelling a seat moves the first on the waiting list up, and the rest one place on', async () => {
    const { tx, signUps, enrollment, seats } = await county(1, 3);
    await runMutation(tx, 'enrollment.cancel', { id: signUps[0].id }, on(signUps[0].actor));
    expect(await enrollment(signUps[0].id)).toMatchObject({ status: 'cancelled' });
    expect(await enrollment(signUps[1].id)).toMatchObject({ status: 'enrolled' });
    expect((await enrollment(signUps[1].id)).position).toBeUndefined();
    expect(await enrollment(signUps[2].id)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await seats()).toMatchObject({ enrolled: 1, waitlisted: 1 });
  });

  it('a phone guesses a full course from its counts, with the sign-ups of nobody else on it', async () => {
    const { tx, course } = await county(1, 1);
    const phone = memoryTx();
    await phone.put('course', (await tx.get('course', course.id))!);
    const seeker = seekerRegisterArgs({ registeredBy: 'self' });
    const offline = { now: 2_000, clock: 2_000, actor: workerB, server: false };
    await runMutation(phone, 'seeker.register', seeker, offline);
    const signUp = { id: uuidv7(), courseId: course.id, seekerId: seeker.id };
    await runMutation(phone, 'enrollment.enroll', signUp, offline);
    expect((await phone.get('enrollment', signUp.id))?.status).toBe('waitlisted');
  });

  it('more seats on the course move the waiting list up; the desk’s save keeps the server’s counts', async () => {
    const { tx, course, signUps, enrollment, seats } = await county(1, 2);
    await runMutation(tx, 'course.save', { ...course, capacity: 2 }, on(desk));
    expect((await enrollment(signUps[1].id)).status).toBe('enrolled');
    expect(await seats()).toMatchObject({ enrolled: 2, waitlisted: 0 });
  });

  it('signing up again after cancelling is a new sign-up, at the end of the waiting list', async () => {
    const { tx, course, signUps, enrollment } = await county(1, 2);
    const [first] = signUps;
    await runMutation(tx, 'enrollment.cancel', { id: first.id }, on(first.actor));
    const again = { id: uuidv7(), courseId: course.id, seekerId: first.seekerId };
    await runMutation(tx, 'enrollment.enroll', again, on(first.actor));
    expect(await enrollment(again.id)).toMatchObject({ status: 'waitlisted', position: 1 });
  });
});

describe('the desk’s register', () => {
  it('attendance is marked day by day; completion adds the skill and a points entry', async () => {
    const { tx, course, signUps, enrollment } = await county(1, 1);
    const [person] = signUps;
    await runMutation(tx, 'enrollment.attend', { id: person.id, day: 2, present: true }, on(desk));
    await runMutation(tx, 'enrollment.attend', { id: person.id, day: 1, present: true }, on(desk));
    await runMutation(tx, 'enrollment.attend', { id: person.id, day: 2, present: false }, on(desk));
    expect((await enrollment(person.id)).attended).toEqual([1]);
    const pointsId = uuidv7();
    await runMutation(tx, 'enrollment.complete', { id: person.id, pointsId }, on(desk, 5_000));
    expect((await enrollment(person.id)).status).toBe('completed');
    const profile = await tx.get('seeker', person.seekerId);
    expect(profile?.skills).toEqual(['瓦工', '电工']);
    expect(profile?.fieldClock?.skills).toBe(5_000);
    expect(await tx.get('points', pointsId)).toMatchObject({ seekerId: person.seekerId, delta: course.points });
    // Sent again (a retry from the desk's phone): nothing doubles.
    await runMutation(tx, 'enrollment.complete', { id: person.id, pointsId: uuidv7() }, on(desk));
    expect(await tx.findAll('points', { seekerId: person.seekerId })).toHaveLength(1);
  });

  it('only people with a seat are marked; days beyond the course are refused', async () => {
    const { tx, signUps } = await county(1, 2);
    const waiting = signUps[1].id;
    const attend = { id: waiting, day: 1, present: true };
    expect((await refusal(runMutation(tx, 'enrollment.attend', attend, on(desk)))).code).toBe('NOT_ENROLLED');
    const pointsId = uuidv7();
    const complete = runMutation(tx, 'enrollment.complete', { id: waiting, pointsId }, on(desk));
    expect((await refusal(complete)).code).toBe('NOT_ENROLLED');
    const beyond = runMutation(tx, 'enrollment.attend', { id: signUps[0].id, day: 4, present: true }, on(desk));
    expect(await refusal(beyond)).toMatchObject({ code: 'INVALID', field: 'day' });
    const zero = runMutation(tx, 'enrollment.attend', { id: signUps[0].id, day: 0, present: true }, on(desk));
    expect(await refusal(zero)).toMatchObject({ code: 'INVALID' });
  });
});

describe('我想学 requests', () => {
  it('a worker asks for their town; the desk answers a group with a course and the requests say so', async () => {
    const tx = memoryTx();
    const seeker = seekerRegisterArgs({ registeredBy: 'self' });
    await runMutation(tx, 'seeker.register', seeker, on(workerA));
    const ask = { id: uuidv7(), seekerId: seeker.id, skill: '育婴员', regionCode: '630103100' };
    await runMutation(tx, 'courseRequest.ask', ask, on(workerA));
    expect(await tx.get('courseRequest', ask.id)).toMatchObject({ status: 'open', skill: '育婴员' });
    const courseId = uuidv7();
    const course = { id: courseId, title: '育婴员培训', regionCode: '630103100', startDate: '2026-12-20' };
    const save = { ...course, days: 5, capacity: 20, points: 10, skill: '育婴员', answers: [ask.id] };
    await runMutation(tx, 'course.save', save, on(desk, 3_000));
    expect(await tx.get('courseRequest', ask.id)).toMatchObject({ status: 'answered', courseId, answeredAt: 3_000 });
  });

  it('asks name a town or a village, not just a county', async () => {
    const tx = memoryTx();
    const seeker = seekerRegisterArgs({ registeredBy: 'self' });
    await runMutation(tx, 'seeker.register', seeker, on(workerA));
    const ask = { id: uuidv7(), seekerId: seeker.id, skill: '育婴员', regionCode: '630103' };
    expect(await refusal(runMutation(tx, 'courseRequest.ask', ask, on(workerA)))).toMatchObject({
      code: 'INVALID',
      field: 'args.regionCode',
    });
  });
});

describe('who may do what with courses (attacks)', () => {
  it('the wrong role: workers, employers and field staff keep no register and make no course', async () => {
    const { tx, course, signUps } = await county(1, 1);
    const employer: Actor = { role: 'employer', stationIds: [], counties: [], userId: uuidv7() };
    for (const actor of [workerA, employer, field]) {
      const attend = runMutation(tx, 'enrollment.attend', { id: signUps[0].id, day: 1, present: true }, on(actor));
      expect((await refusal(attend)).code).toBe('FORBIDDEN');
      const complete = runMutation(tx, 'enrollment.complete', { id: signUps[0].id, pointsId: uuidv7() }, on(actor));
      expect((await refusal(complete)).code).toBe('FORBIDDEN');
      const save = runMutation(tx, 'course.save', { ...course, id: uuidv7() }, on(actor));
      expect((await refusal(save)).code).toBe('FORBIDDEN');
    }
  });

  it('another county’s desk: no register, no cancelling, no answering its requests, no takeover of a course', async () => {
    const { tx, course, signUps } = await county(1, 1);
    const [person] = signUps;
    const attempts = [
      runMutation(tx, 'enrollment.attend', { id: person.id, day: 1, present: true }, on(otherDesk)),
      runMutation(tx, 'enrollment.complete', { id: person.id, pointsId: uuidv7() }, on(otherDesk)),
      runMutation(tx, 'enrollment.cancel', { id: person.id }, on(otherDesk)),
      runMutation(tx, 'course.save', { ...course, ...ELSEWHERE_PLACE }, on(otherDesk)),
    ];
    for (const attempt of attempts) expect((await refusal(attempt)).code).toBe('OUT_OF_SCOPE');
    const seeker = seekerRegisterArgs({ registeredBy: 'self' });
    await runMutation(tx, 'seeker.register', seeker, on(workerB));
    const ask = { id: uuidv7(), seekerId: seeker.id, skill: '电焊工', regionCode: '630103100' };
    await runMutation(tx, 'courseRequest.ask', ask, on(workerB));
    const answer = { ...course, id: uuidv7(), ...ELSEWHERE_PLACE, answers: [ask.id] };
    expect((await refusal(runMutation(tx, 'course.save', answer, on(otherDesk)))).code).toBe('OUT_OF_SCOPE');
    expect((await tx.get('courseRequest', ask.id))?.status).toBe('open');
    expect((await tx.get('enrollment', person.id))?.status).toBe('enrolled');
  });

  it('someone else’s record: a worker cancels, signs up and asks only for their own profile', async () => {
    const { tx, course, signUps } = await county(2, 2);
    const [a, b] = signUps;
    expect((await refusal(runMutation(tx, 'enrollment.cancel', { id: b.id }, on(a.actor)))).code).toBe('FORBIDDEN');
    const forB = { id: uuidv7(), courseId: course.id, seekerId: b.seekerId };
    expect((await refusal(runMutation(tx, 'enrollment.enroll', forB, on(a.actor)))).code).toBe('FORBIDDEN');
    const ask = { id: uuidv7(), seekerId: b.seekerId, skill: '电焊工', regionCode: '630103100' };
    expect((await refusal(runMutation(tx, 'courseRequest.ask', ask, on(a.actor)))).code).toBe('FORBIDDEN');
    expect((await tx.get('enrollment', b.id))?.status).toBe('enrolled');
  });

  it('an existing id is never overwritten: not a request, a sign-up, nor a points entry', async () => {
    const { tx, signUps, course } = await county(2, 2);
    const [a, b] = signUps;
    const ask = { id: uuidv7(), seekerId: a.seekerId, skill: '育婴员', regionCode: '630103100' };
    await runMutation(tx, 'courseRequest.ask', ask, on(a.actor));
    const overwrite = { ...ask, seekerId: b.seekerId, skill: '攻击' };
    expect((await refusal(runMutation(tx, 'courseRequest.ask', overwrite, on(b.actor)))).code).toBe('EXISTS');
    const takeSignUp = { id: a.id, courseId: course.id, seekerId: b.seekerId };
    expect((await refusal(runMutation(tx, 'enrollment.enroll', takeSignUp, on(b.actor)))).code).toBe('EXISTS');
    const award = { id: uuidv7(), seekerId: b.seekerId, delta: 5, kind: 'referral', reason: '帮忙', at: 1 };
    await runMutation(tx, 'points.award', award, on({ role: 'admin', stationIds: [], counties: [] }));
    const complete = runMutation(tx, 'enrollment.complete', { id: a.id, pointsId: award.id }, on(desk));
    expect((await refusal(complete)).code).toBe('EXISTS');
    expect(await tx.get('points', award.id)).toMatchObject({ seekerId: b.seekerId, delta: 5 });
    expect((await tx.get('enrollment', a.id))?.status).toBe('enrolled');
  });

  it('out-of-bounds values are refused before anything is written', async () => {
    const { tx, signUps, course } = await county(1, 1);
    const cases: [string, unknown][] = [
      ['enrollment.attend', { id: signUps[0].id, day: 366, present: true }],
      ['enrollment.attend', { id: signUps[0].id, day: 1.5, present: true }],
      ['courseRequest.ask', { id: uuidv7(), seekerId: signUps[0].seekerId, skill: '', regionCode: '630103100' }],
      [
        'courseRequest.ask',
        { id: uuidv7(), seekerId: signUps[0].seekerId, skill: '电'.repeat(21), regionCode: '630103100' },
      ],
      ['course.save', { ...course, capacity: -1 }],
      ['course.save', { ...course, answers: ['not-an-id'] }],
    ];
    for (const [name, args] of cases) {
      expect((await refusal(runMutation(tx, name, args, on(desk)))).code, name).toBe('INVALID');
    }
    // The seat counts are the server's: a save cannot set them.
    await runMutation(tx, 'course.save', { ...course, enrolled: 0, waitlisted: 0 }, on(desk));
    expect(await tx.get('course', course.id)).toMatchObject({ enrolled: 1, waitlisted: 0 });
  });
});
