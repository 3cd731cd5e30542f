import { describe, expect, it } from 'vitest';
import {
  type Actor,
  grantsFor,
  mayEditEvent,
  mayAwardPoints,
  mayEditStation,
  mayReadFigures,
  mayScheduleEvents,
  mayVerifyJob,
  mayWorkWithSeekers,
  projectRecord,
  referralStation,
} from '../../../src/core/access';
import { bucketsOf } from '../../../src/core/buckets';
import { serverJob } from '../../fixtures/records';

const facts = {
  jobCounties: ['630103', '150525', '410172'],
  ownSeekerIds: ['s1'],
  allBuckets: ['desk:st:A', 'seekers:cty:630103'],
};
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  role,
  stationIds: [],
  counties: [],
  userId: 'u1',
  ...extra,
});

describe('grants per role (SYNC.md §2.7)', () => {
  it('anonymous and workers get public buckets and the counties they follow; workers also their own and their 记工', () => {
    expect(grantsFor(actor('anonymous', { userId: undefined }), ['630103'], facts)).toEqual([
      'jobs:cty:630103',
      'ref',
      'stations',
    ]);
    expect(grantsFor(actor('worker'), ['630103'], facts)).toEqual([
      'jobs:cty:630103',
      'own:seeker:s1',
      'ref',
      'stations',
      'worklog:u:u1',
    ]);
    // Following nothing yet means every county with jobs, as before login.
    expect(grantsFor(actor('worker'), [], facts)).toContain('jobs:cty:410172');
  });

  it('a desk gets its stations and its counties’ employers, unrouted complaints and 我想学 requests, never seekers county-wide', () => {
    const grants = grantsFor(actor('station_staff', { stationIds: ['A'], counties: ['630103'] }), ['150525'], facts);
    expect(grants).toEqual([
      'asks:cty:630103',
      'complaints:cty:630103',
      'desk:st:A',
      'employers:cty:630103',
      'jobs:cty:150525',
      'jobs:cty:630103',
      'ref',
      'reviews:cty:630103',
      'stations',
    ]);
  });

  it('field staff get their counties’ seekers and the people they registered; employers only their applicants', () => {
    expect(grantsFor(actor('field_staff', { counties: ['630103'] }), ['630103'], facts)).toEqual([
      'employers:cty:630103',
      'jobs:cty:630103',
      'ref',
      'reg:u:u1',
      'reviews:cty:630103',
      'seekers:cty:630103',
      'stations',
    ]);
    expect(grantsFor(actor('employer'), ['630103'], facts)).toContain('emp:u:u1');
    expect(
      grantsFor(actor('employer'), ['630103'], facts).some((b) => b.startsWith('seekers') || b.startsWith('desk')),
    ).toBe(false);
  });
});

describe('column projection', () => {
  it('workers never see who verified a job or the desk’s note; staff do', () => {
    const job = serverJob({
      createdBy: 'desk-user',
      verification: { state: 'verified', method: 'callback', by: 'desk-user', note: '老板电话核实' },
    });
    const seen = projectRecord('job', job, actor('worker'));
    expect(seen.verification).toEqual({ state: 'verified', method: 'callback' });
    expect(seen.createdBy).toBeUndefined();
    expect(projectRecord('job', job, actor('station_staff'))).toEqual(job);
  });
});

describe('buckets of a record', () => {
  it('a staff-registered seeker is in the county, the desk, the registrar and their own bucket', () => {
    const seeker = { id: 's9', regionCode: '630103100', stationId: 'A', registeredBy: 'staff', registeredByUser: 'f1' };
    expect(bucketsOf('seeker', seeker as never)).toEqual([
      'seekers:cty:630103',
      'desk:st:A',
      'reg:u:f1',
      'own:seeker:s9',
    ]);
  });

  it('an anonymous complaint is in no one’s own bucket, only the desk that handles it', () => {
    expect(
      bucketsOf('complaint', { id: 'c', seekerId: 's', anonymous: true, regionCode: '630103100' } as never),
    ).toEqual(['complaints:cty:630103']);
  });

  it('a points entry is in the person’s own bucket and the awarding desk’s, nowhere else', () => {
    expect(bucketsOf('points', { id: 'p', seekerId: 's', stationId: 'A', delta: 5 } as never)).toEqual([
      'own:seeker:s',
      'desk:st:A',
    ]);
  });

  it('who reported a job asking for money reaches no device, staff and admins included', () => {
    const report = { id: 'c', kind: 'fee', jobId: 'j', reporter: 'u:w1', history: [], regionCode: '630103100' };
    for (const role of ['worker', 'station_staff', 'admin'] as const) {
      expect(projectRecord('complaint', report as never, actor(role))).not.toHaveProperty('reporter');
    }
  });
});

describe('the tools each account is offered', () => {
  it('加分 and 兑换: the desk of the person’s station, never the person, nor another desk or field staff', () => {
    const person = { stationId: 'A', regionCode: '630103100', registeredBy: 'self', registeredByUser: 'w1' } as never;
    const noStation = { regionCode: '630103100', registeredBy: 'self', registeredByUser: 'w1' } as never;
    expect(mayAwardPoints(actor('station_staff', { stationIds: ['A'], counties: ['630103'] }), person)).toBe(true);
    expect(mayAwardPoints(actor('station_staff', { stationIds: ['A'], counties: ['630103'] }), noStation)).toBe(false);
    expect(mayAwardPoints(actor('station_staff', { stationIds: ['B'], counties: ['630103'] }), person)).toBe(false);
    expect(mayAwardPoints(actor('field_staff', { counties: ['630103'] }), person)).toBe(false);
    expect(mayAwardPoints(actor('worker', { userId: 'w1' }), person)).toBe(false);
    expect(mayAwardPoints(actor('admin'), person)).toBe(true);
  });

  const desk = actor('station_staff', { stationIds: ['A'], counties: ['630103'] });
  const field = actor('field_staff', { counties: ['630103'] });
  const here = { id: 'A', regionCode: '630103100' };
  const elsewhere = { id: 'B', regionCode: '120102001' };

  it('匹配求职者 and 登记求职者: staff only, never a worker or an employer', () => {
    expect([desk, field, actor('admin')].map(mayWorkWithSeekers)).toEqual([true, true, true]);
    expect([actor('worker'), actor('employer'), actor('anonymous')].map(mayWorkWithSeekers)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('verifying a job and correcting a station: the desk of that place, not field staff, not elsewhere', () => {
    expect(mayVerifyJob(desk, { regionCode: '630103100', stationId: 'A' })).toBe(true);
    expect(mayVerifyJob(desk, { regionCode: '120102001' })).toBe(false);
    expect(mayVerifyJob(field, { regionCode: '630103100' })).toBe(false);
    expect(mayVerifyJob(actor('worker'), { regionCode: '630103100' })).toBe(false);
    expect(mayEditStation(desk, here)).toBe(true);
    expect(mayEditStation(desk, elsewhere)).toBe(false);
    expect(mayEditStation(desk, { id: 'C', regionCode: '630103100' })).toBe(false);
    expect(mayEditStation(actor('admin'), elsewhere)).toBe(true);
    expect(mayEditStation(actor('worker'), here)).toBe(false);
  });

  it('scheduling a 招聘会 or 直播: desks and admins; changing one: the desk where it is', () => {
    expect([desk, actor('admin'), field, actor('worker'), actor('employer')].map(mayScheduleEvents)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(mayEditEvent(desk, { regionCode: '630103100', stationId: 'A' })).toBe(true);
    expect(mayEditEvent(desk, { regionCode: '630103100', stationId: 'B' })).toBe(false);
    expect(mayEditEvent(desk, { regionCode: '120102001' })).toBe(false);
    expect(mayEditEvent(field, { regionCode: '630103100' })).toBe(false);
  });

  it('数据 of a county: its desks and field staff, and admins; never a worker, an employer or another county', () => {
    expect([desk, field, actor('admin')].map((who) => mayReadFigures(who, '630103'))).toEqual([true, true, true]);
    expect(mayReadFigures(desk, '150525')).toBe(false);
    expect(mayReadFigures(field, '150525')).toBe(false);
    expect(
      [actor('worker', { counties: ['630103'] }), actor('employer'), actor('anonymous')].map((who) =>
        mayReadFigures(who, '630103'),
      ),
    ).toEqual([false, false, false]);
  });

  it('推荐 is followed up by the referring desk’s station; field staff’s by the job’s, else the person’s own', () => {
    const desk = actor('station_staff', { stationIds: ['A'], counties: ['630103'] });
    const field = actor('field_staff', { counties: ['630103'] });
    expect(referralStation(desk, { stationId: 'B' }, { stationId: 'C' })).toBe('A');
    expect(referralStation(field, { stationId: 'B' }, { stationId: 'C' })).toBe('B');
    expect(referralStation(field, {}, { stationId: 'C' })).toBe('C');
    expect(referralStation(field, {}, {})).toBeUndefined();
  });
});
