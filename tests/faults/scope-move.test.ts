/**
 * SYNC.md T9: 50 jobs move from county X to county Y. Devices following X lose them and
 * devices following Y gain them within one pull; a worker who applied to one of them keeps
 * the application, which travels in their own bucket, not the county's.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { mutate } from '../../src/db/mutate';
import { jobPostArgs, seekerRegisterArgs } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { makeAccount } from '../support/accounts';
import { type Device, openDevice, syncUntilDrained } from './devices';
import { servedPerTest } from './serve';

describe.each(DATABASES)('scope move on $name', (database) => {
  const serving = servedPerTest(database);

  it('T9 scope move: 50 jobs moved from county X to Y → X subscribers lose them and Y subscribers gain them within 1 pull; a worker’s application to a moved job stays visible', async () => {
    const served = serving();
    // The desk works in both counties: moving a job is posting it in the new place.
    const desk = await makeAccount(served.db, 'station_staff', { counties: ['630103', '150525'] });
    const worker = await makeAccount(served.db, 'worker');
    const open = (account: typeof desk, counties: string[]) =>
      openDevice({ baseUrl: served.url, account, server: served.db, counties });
    const poster = await open(desk, ['630103']);
    const jobs = Array.from({ length: 50 }, () => jobPostArgs({ regionCode: '630103100' }));
    for (const job of jobs) await mutate(poster.db, 'job.post', job);
    await syncUntilDrained(poster);

    // Readers are workers: staff would also get the counties they work in, whatever they follow.
    const inX = await open(worker, ['630103']);
    const inY = await open(worker, ['150525']);
    const applicant = await open(worker, ['630103']);
    for (const device of [inX, inY, applicant]) await device.engine.syncOnce();
    const profile = seekerRegisterArgs({ registeredBy: 'self' });
    await mutate(applicant.db, 'seeker.register', profile);
    await syncUntilDrained(applicant);
    const applicationId = uuidv7();
    await mutate(applicant.db, 'application.apply', {
      id: applicationId,
      jobId: jobs[0].id,
      seekerId: profile.id,
      channel: 'self',
    });
    await syncUntilDrained(applicant);

    for (const job of jobs) {
      await mutate(poster.db, 'job.edit', {
        id: job.id,
        baseVersion: 0,
        patch: { regionCode: '150525100', place: '大沁他拉镇' },
      });
    }
    await syncUntilDrained(poster);

    const moved = new Set(jobs.map((j) => j.id));
    const held = async (device: Device) => (await device.db.jobs.toArray()).filter((j) => moved.has(j.id)).length;
    const onePull = async (device: Device) => (await device.engine.syncOnce()).pulledPages;
    expect(await onePull(inX)).toBe(1);
    expect(await held(inX)).toBe(0);
    expect(await onePull(inY)).toBe(1);
    expect(await held(inY)).toBe(50);
    expect((await inY.db.jobs.get(jobs[0].id))?.regionCode).toBe('150525100');
    await applicant.engine.syncOnce();
    expect(await held(applicant)).toBe(0);
    expect((await applicant.db.applications.get(applicationId))?.jobId).toBe(jobs[0].id);
  });
});
