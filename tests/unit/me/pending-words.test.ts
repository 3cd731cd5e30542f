/**
 * Unsent and refused writes on 我的 in words: the kind of write and what it is about
 * ("报名：保洁员（总寨镇）"), from the args of a create or the record on the device, never
 * the mutator's name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { GigDb } from '../../../src/db/db';
import { describeWrite, writeName } from '../../../src/features/me/writes';
import { jobPostArgs, seekerRegisterArgs, serverJob } from '../../fixtures/records';

let db: GigDb;

describe('pending writes in words', () => {
  beforeEach(() => {
    db = new GigDb(`pending-words-${uuidv7()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('names a create by what it creates and where', async () => {
    const post = jobPostArgs({ title: '电焊工', regionCode: '630103100' });
    expect(await describeWrite(db, { name: 'job.post', args: post })).toBe('发布岗位：电焊工（总寨镇）');
    const person = seekerRegisterArgs({ name: '马师傅', regionCode: '630103100' });
    expect(await describeWrite(db, { name: 'seeker.register', args: person })).toBe('登记求职者：马师傅（总寨镇）');
  });

  it('names an application and a change of a job by the job on the device', async () => {
    const job = serverJob({ title: '保洁员', regionCode: '630103100' });
    await db.jobs.put(job);
    expect(await describeWrite(db, { name: 'application.apply', args: { id: uuidv7(), jobId: job.id } })).toBe(
      '报名：保洁员（总寨镇）',
    );
    // The desk's referral of a person is 推荐, not the person's own 报名.
    const referral = { id: uuidv7(), jobId: job.id, seekerId: uuidv7(), channel: 'referral' };
    expect(await describeWrite(db, { name: 'application.apply', args: referral })).toBe('推荐：保洁员（总寨镇）');
    expect(await describeWrite(db, { name: 'job.setStatus', args: { id: job.id, status: 'closed' } })).toBe(
      '更改岗位状态：保洁员（总寨镇）',
    );
    expect(
      await describeWrite(db, { name: 'job.edit', args: { id: job.id, baseVersion: 1, patch: { title: '保洁' } } }),
    ).toBe('修改岗位：保洁（总寨镇）');
  });

  it('a county-level place names the county; an unknown subject or mutator falls back to the kind, never a code name', async () => {
    expect(
      await describeWrite(db, { name: 'job.post', args: jobPostArgs({ title: '保安', regionCode: '630103' }) }),
    ).toBe('发布岗位：保安（城中区）');
    expect(await describeWrite(db, { name: 'application.apply', args: { jobId: uuidv7() } })).toBe('报名');
    expect(await describeWrite(db, { name: 'seeker.frobnicate', args: {} })).toBe('一项修改');
    expect(writeName('seeker.register')).toBe('登记求职者');
  });
});
