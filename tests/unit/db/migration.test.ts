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
  expect(db.verno).toBe(6);
  // Version 5 added the 我想学 requests' table, empty, beside the rows kept.
  expect(await db.courseRequests.where('regionCode').startsWith('630103').count()).toBe(0);
  expect((await db.seekers.where('stationId').equals(station).toArray()).map((s) => s.id)).toEqual([person.id]);
  expect((await db.seekers.where('registeredByUser').equals(staff).toArray()).map((s) => s.id)).toEqual([person.id]);
  expect((await db.jobs.where('createdBy').equals(staff).toArray()).map((j) => j.id)).toEqual([job.id]);
  expect(await db.outbox.count()).toBe(1);
  db.close();
});
