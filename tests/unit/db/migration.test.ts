/**
 * The device database's schema upgrades: a phone that has the app's previous schema (its
 * rows, its outbox) opens the new one with nothing lost and the new indexes answering.
 */
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { GigDb } from '../../../src/db/db';
import { seekerRegisterArgs, serverJob } from '../../fixtures/records';

/** The schema as version 3 of the app declared it (src/db/db.ts before version 4). */
function versionThree(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    stations: 'id, regionCode',
    jobs: 'id, regionCode, occupationCode, status, postedAt, stationId',
    employers: 'id, regionCode',
    seekers: 'id, regionCode, phone',
    applications: 'id, jobId, seekerId, [seekerId+jobId], status',
    courses: 'id, regionCode, startDate',
    enrollments: 'id, courseId, seekerId, [courseId+seekerId]',
    policies: 'id, publishedOn',
    events: 'id, startsAt',
    complaints: 'id, seekerId, status',
    visits: 'id, stationId, at',
    points: 'id, seekerId',
    outbox: 'seq, id, *touches',
    quarantine: 'seq, id',
    base: 'key',
    meta: 'key',
  });
  old.version(2).stores({ changes: '++seq' });
  old.version(3).stores({
    outbox: 'seq, id, *touches, [owner+clientSeq]',
    sent: 'seq, [owner+clientSeq], ackedAt',
    reviews: 'id, status, stationId',
  });
  return old;
}

it('version 4 indexes the rows a version 3 phone already holds: people by station and registrar, jobs by author', async () => {
  const name = `test-${uuidv7()}`;
  const station = uuidv7();
  const staff = uuidv7();
  const person = {
    ...seekerRegisterArgs({ stationId: station }),
    registeredByUser: staff,
    version: 1,
    updatedAt: 1,
    deleted: false,
  };
  const job = serverJob({ createdBy: staff });
  const old = versionThree(name);
  await old.table('seekers').put(person);
  await old.table('jobs').put(job);
  await old
    .table('outbox')
    .put({ seq: 1, id: uuidv7(), name: 'job.post', args: {}, at: 1, touches: [], owner: '', clientSeq: 1 });
  old.close();

  const db = new GigDb(name);
  // Later versions add tables of their own on top (5: 我想学 requests, 6: reminders, 7: 记工's workdays).
  expect(db.verno).toBeGreaterThanOrEqual(4);
  expect((await db.seekers.where('stationId').equals(station).toArray()).map((s) => s.id)).toEqual([person.id]);
  expect((await db.seekers.where('registeredByUser').equals(staff).toArray()).map((s) => s.id)).toEqual([person.id]);
  expect((await db.jobs.where('createdBy').equals(staff).toArray()).map((j) => j.id)).toEqual([job.id]);
  expect(await db.outbox.count()).toBe(1);
  db.close();
});

it('version 7 adds 记工 (workdays by owner and date) and leaves what the phone held', async () => {
  const name = `test-${uuidv7()}`;
  const job = serverJob();
  const old = versionThree(name);
  await old.table('jobs').put(job);
  old.close();

  const db = new GigDb(name);
  const owner = uuidv7();
  const day = { id: uuidv7(), version: 0, updatedAt: 1, deleted: false, ownerId: owner, date: '2026-11-30' };
  await db.workdays.put({ ...day, site: '城南工地', employerName: '王老板', wage: 260, wageUnit: 'day', hours: 9 });
  const mine = await db.workdays
    .where('[ownerId+date]')
    .between([owner, '2026-11-01'], [owner, '2026-11-31'])
    .toArray();
  expect(mine.map((d) => d.id)).toEqual([day.id]);
  expect((await db.jobs.get(job.id))?.id).toBe(job.id);
  db.close();
});

it('a version 1 phone upgrades through version 3: its unsent writes belong to nobody and keep their numbers', async () => {
  const name = `test-${uuidv7()}`;
  const old = new Dexie(name);
  old.version(1).stores({ outbox: 'seq, id, *touches', jobs: 'id, regionCode', meta: 'key' });
  const job = serverJob();
  await old.table('jobs').put(job);
  await old.table('outbox').put({ seq: 7, id: uuidv7(), name: 'job.post', args: {}, at: 1, touches: [] });
  old.close();

  const db = new GigDb(name);
  const [entry] = await db.outbox.toArray();
  expect({ owner: entry.owner, clientSeq: entry.clientSeq }).toEqual({ owner: '', clientSeq: 7 });
  expect(await db.outbox.where('[owner+clientSeq]').equals(['', 7]).count()).toBe(1);
  expect((await db.jobs.get(job.id))?.id).toBe(job.id);
  expect(await db.workdays.count()).toBe(0);
  db.close();
});
