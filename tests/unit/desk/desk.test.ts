/**
 * The desk's and field staff's lists (src/features/desk): what each account's queries
 * return from the device database (fake-indexeddb), how search and filters narrow them,
 * and a field trip grouped by village.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/access';
import { uuidv7, uuidv7Time } from '../../../src/core/ids';
import type { Application, Complaint, Job, Seeker } from '../../../src/core/records';
import { GigDb } from '../../../src/db/db';
import {
  deskToday,
  ourJobs,
  ourSeekers,
  registeredSince,
  setTripStart,
  startOfDay,
  tripStart,
} from '../../../src/features/desk/desk.repo';
import {
  ALL_JOBS,
  ALL_SEEKERS,
  byVillage,
  filterJobs,
  filterSeekers,
  townChoices,
} from '../../../src/features/desk/lists';
import { seekerRegisterArgs, serverJob, station } from '../../fixtures/records';

const freshDb = () => new GigDb(`test-${uuidv7()}`);
const HERE = uuidv7();
const THERE = uuidv7();
const COUNTY = '630103';
const DAY = 86_400_000;

const desk: Actor = { userId: uuidv7(), role: 'station_staff', stationIds: [HERE], counties: [COUNTY] };
const field: Actor = { userId: uuidv7(), role: 'field_staff', stationIds: [], counties: [COUNTY] };

function seeker(overrides: Partial<Seeker> = {}): Seeker {
  return { ...seekerRegisterArgs(), version: 1, updatedAt: 1, deleted: false, ...overrides };
}

function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: uuidv7(),
    version: 1,
    updatedAt: 1,
    deleted: false,
    kind: 'wage_arrears',
    anonymous: true,
    employerName: '某建筑队',
    description: '两个月没发工资',
    evidence: [],
    regionCode: '630103100',
    status: 'submitted',
    history: [{ status: 'submitted', at: 1 }],
    ...overrides,
  };
}

function application(jobId: string, overrides: Partial<Application> = {}): Application {
  return {
    id: uuidv7(),
    version: 1,
    updatedAt: 1,
    deleted: false,
    jobId,
    seekerId: uuidv7(),
    channel: 'self',
    status: 'pending',
    history: [{ status: 'pending', at: 1 }],
    ...overrides,
  };
}

describe('a desk’s and field staff’s records on the device', () => {
  it('a desk sees its station’s people and those it registered; field staff their counties’ and theirs', async () => {
    const db = freshDb();
    const atHere = seeker({ stationId: HERE });
    const atThere = seeker({ stationId: THERE });
    const byDesk = seeker({ stationId: THERE, registeredByUser: desk.userId });
    const elsewhere = seeker({ regionCode: '150525100', registeredByUser: field.userId });
    const otherCounty = seeker({ regionCode: '120102001' });
    await db.seekers.bulkPut([atHere, atThere, byDesk, elsewhere, otherCounty]);
    const ids = (list: Seeker[]) => list.map((s) => s.id).sort();
    expect(ids(await ourSeekers(db, desk))).toEqual([atHere.id, byDesk.id].sort());
    expect(ids(await ourSeekers(db, field))).toEqual([atHere.id, atThere.id, byDesk.id, elsewhere.id].sort());
    expect(await ourSeekers(db, { role: 'worker', stationIds: [], counties: [] })).toEqual([]);
    expect(await ourSeekers(db, { role: 'admin', stationIds: [], counties: [] })).toHaveLength(5);
  });

  it('今日待办: open unverified jobs at its stations or at none in its counties (flagged first, then oldest), pending applications routed here, 求助 not yet accepted for it', async () => {
    const db = freshDb();
    const old = serverJob({ stationId: HERE, postedAt: 1000 });
    const recent = serverJob({ stationId: HERE, postedAt: 5000 });
    const flagged = serverJob({ stationId: HERE, postedAt: 9000, flags: ['gender'] });
    const verified = serverJob({ stationId: HERE, verification: { state: 'verified', method: 'callback' } });
    const filled = serverJob({ stationId: HERE, status: 'filled' });
    const otherStation = serverJob({ stationId: THERE });
    const noStation = serverJob({ postedAt: 7000 });
    const otherCounty = serverJob({ regionCode: '150525100', place: '大沁他拉镇' });
    await db.jobs.bulkPut([old, recent, flagged, verified, filled, otherStation, noStation, otherCounty]);
    await db.stations.bulkPut([station({ id: HERE }), station({ id: THERE })]);
    const routed = application(old.id, { stationId: HERE });
    await db.applications.bulkPut([
      routed,
      application(old.id, { stationId: THERE }),
      application(old.id, { stationId: HERE, status: 'contacted' }),
    ]);
    const forStation = complaint({ stationId: HERE });
    const forCounty = complaint();
    await db.complaints.bulkPut([
      forStation,
      forCounty,
      complaint({ stationId: THERE }),
      complaint({ regionCode: '150525100' }),
      complaint({ status: 'accepted' }),
    ]);
    const today = await deskToday(db, desk);
    expect(today.toVerify.map((j) => j.id)).toEqual([flagged.id, old.id, recent.id, noStation.id]);
    expect(today.applications.map((a) => [a.application.id, a.job?.id])).toEqual([[routed.id, old.id]]);
    expect(today.complaints.map((c) => c.id).sort()).toEqual([forStation.id, forCounty.id].sort());
    expect((await ourJobs(db, field)).length).toBe(7);
  });

  it('a trip holds what this account registered since its start: people by their id’s time, jobs by posting', async () => {
    const db = freshDb();
    const start = startOfDay(Date.now());
    const today = seeker({ id: uuidv7(start + 1000), registeredByUser: field.userId });
    const yesterday = seeker({ id: uuidv7(start - DAY), registeredByUser: field.userId });
    const someoneElses = seeker({ id: uuidv7(start + 1000), registeredByUser: uuidv7() });
    const posted = serverJob({ createdBy: field.userId, postedAt: start + 5000 });
    const postedBefore = serverJob({ createdBy: field.userId, postedAt: start - 5000 });
    await db.seekers.bulkPut([today, yesterday, someoneElses]);
    await db.jobs.bulkPut([posted, postedBefore]);
    const trip = await registeredSince(db, field.userId!, await tripStart(db));
    expect(trip.seekers.map((s) => s.id)).toEqual([today.id]);
    expect(trip.jobs.map((j) => j.id)).toEqual([posted.id]);
    await setTripStart(db, start - 2 * DAY);
    expect((await registeredSince(db, field.userId!, await tripStart(db))).seekers).toHaveLength(2);
    expect(uuidv7Time(uuidv7(1_700_000_000_123))).toBe(1_700_000_000_123);
  });
});

describe('search and filters', () => {
  it('finds jobs by any word of title, employer, place or occupation, and by status, town and verification', () => {
    const jobs: Job[] = [
      serverJob({ title: '招保洁员', employerName: '鑫家政', regionCode: '630103100', postedAt: 1 }),
      serverJob({ title: '招电工', employerName: '兴建筑', regionCode: '630103100201', postedAt: 3, status: 'filled' }),
      serverJob({
        title: '招厨师',
        employerName: '福餐饮',
        regionCode: '630103001',
        postedAt: 2,
        verification: { state: 'verified' },
      }),
    ];
    const titles = (list: Job[]) => list.map((j) => j.title);
    expect(titles(filterJobs(jobs, ALL_JOBS))).toEqual(['招电工', '招厨师', '招保洁员']);
    expect(titles(filterJobs(jobs, { ...ALL_JOBS, text: '家政 保洁' }))).toEqual(['招保洁员']);
    expect(titles(filterJobs(jobs, { ...ALL_JOBS, status: 'filled' }))).toEqual(['招电工']);
    expect(titles(filterJobs(jobs, { ...ALL_JOBS, town: '630103100' }))).toEqual(['招电工', '招保洁员']);
    expect(titles(filterJobs(jobs, { ...ALL_JOBS, verified: 'unverified' }))).toEqual(['招电工', '招保洁员']);
    expect(titles(filterJobs(jobs, { ...ALL_JOBS, occupation: 'cleaner', text: '厨' }))).toEqual(['招厨师']);
    expect(townChoices(jobs).map((c) => c.label)).toEqual(expect.arrayContaining(['总寨镇', '人民街街道']));
  });

  it('finds people by name, phone digits or village, and by occupation wished and town', () => {
    const people = [
      seeker({
        name: '马建华',
        phone: '13900000042',
        village: '王斌堡村',
        wishes: { occupations: ['cleaner'], payPeriods: [] },
      }),
      seeker({ name: '李秀英', phone: '13900000077', regionCode: '630103001' }),
    ];
    const names = (list: Seeker[]) => list.map((s) => s.name);
    expect(names(filterSeekers(people, { ...ALL_SEEKERS, text: '马建华' }))).toEqual(['马建华']);
    expect(names(filterSeekers(people, { ...ALL_SEEKERS, text: '0077' }))).toEqual(['李秀英']);
    expect(names(filterSeekers(people, { ...ALL_SEEKERS, text: '王斌堡' }))).toEqual(['马建华']);
    expect(names(filterSeekers(people, { ...ALL_SEEKERS, occupation: 'cleaner' }))).toEqual(['马建华']);
    expect(names(filterSeekers(people, { ...ALL_SEEKERS, town: '630103001' }))).toEqual(['李秀英']);
    expect(filterSeekers(people, { ...ALL_SEEKERS, text: '张' })).toEqual([]);
  });

  it('groups a trip by village in the order it was walked; a job in a village code joins the people typed there', () => {
    const a = seeker({ id: uuidv7(1000), village: '王斌堡村', regionCode: '630103100' });
    const b = seeker({ id: uuidv7(3000), village: ' 王斌堡村 ', regionCode: '630103100' });
    const c = seeker({ id: uuidv7(2000), regionCode: '630103100' });
    const job = serverJob({ regionCode: '630103100200', postedAt: 4000 });
    const groups = byVillage([a, b, c], [job], (s) => uuidv7Time(s.id));
    expect(groups.map((g) => [g.village, g.town, g.seekers.length, g.jobs.length])).toEqual([
      ['王斌堡村', '总寨镇', 2, 1],
      ['总寨镇', '', 1, 0],
    ]);
  });
});
