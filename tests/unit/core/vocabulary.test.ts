/** The words written once in src/core: bucket names, region codes, record keys, pay wording. */
import { describe, expect, it } from 'vitest';
import { bucketName, bucketPattern, bucketsOf, kindsInBucket, parseBucket } from '../../../src/core/buckets';
import { type RecordKey, recordKey, splitRecordKey } from '../../../src/core/records';
import { countyOf, townOf } from '../../../src/core/regions/codes';
import { PAY_WORDS, wageText } from '../../../src/core/words';
import { formatReason } from '../../../workers/match/format';
import { seekerRegisterArgs, serverJob } from '../../fixtures/records';

describe('bucket names', () => {
  it('are built and parsed by one pair of functions, for every family', () => {
    const scoped = ['jobs', 'employers', 'seekers', 'complaints', 'reviews', 'desk', 'reg', 'own', 'emp'] as const;
    for (const family of scoped) {
      expect(parseBucket(bucketName(family, '630103'))).toEqual({ family, scope: '630103' });
    }
    expect(parseBucket('stations')).toEqual({ family: 'stations' });
    expect(parseBucket('ref')).toEqual({ family: 'ref' });
  });

  it('keep the names on the wire', () => {
    expect(bucketName('jobs', '630103')).toBe('jobs:cty:630103');
    expect(bucketName('desk', 'abc')).toBe('desk:st:abc');
    expect(bucketName('own', 'abc')).toBe('own:seeker:abc');
    expect(bucketName('emp', 'abc')).toBe('emp:u:abc');
    expect(bucketPattern('jobs')).toBe('jobs:cty:%');
  });

  it('refuse names no family makes', () => {
    for (const name of ['jobs', 'jobs:cty:', 'jobs:u:630103', 'desk:cty:1', 'toString:x:1', 'refs', '']) {
      expect(parseBucket(name), name).toBeUndefined();
      expect(kindsInBucket(name), name).toEqual([]);
    }
  });

  it('name the kinds a record of each bucket can be', () => {
    const job = serverJob({ regionCode: '150525100' });
    expect(bucketsOf('job', job)).toEqual(['jobs:cty:150525']);
    for (const bucket of bucketsOf('job', job)) expect(kindsInBucket(bucket)).toContain('job');
    const seeker = { ...seekerRegisterArgs(), registeredByUser: 'u1', stationId: 's1', version: 1, updatedAt: 1 };
    const buckets = bucketsOf('seeker', { ...seeker, deleted: false } as never);
    expect(buckets).toHaveLength(4);
    for (const bucket of buckets) expect(kindsInBucket(bucket)).toContain('seeker');
  });
});

describe('region codes', () => {
  it("find a place's county and township by prefix", () => {
    expect(countyOf('630103100201')).toBe('630103');
    expect(countyOf('630103')).toBe('630103');
    expect(townOf('630103100201')).toBe('630103100');
    expect(townOf('630103100')).toBe('630103100');
    expect(townOf('630103')).toBeUndefined();
  });
});

describe('record keys', () => {
  it('split back into kind and id', () => {
    const key: RecordKey = recordKey('job', '0190f3c2-0000-7000-8000-000000000001');
    expect(key).toBe('job:0190f3c2-0000-7000-8000-000000000001');
    expect(splitRecordKey(key)).toEqual(['job', '0190f3c2-0000-7000-8000-000000000001']);
  });
});

describe('pay wording', () => {
  it("is the same in the match worker's reasons as on the job card", () => {
    expect(wageText(150, 180, 'day', 'zh')).toBe('150-180 元/天');
    expect(wageText(150, 150, 'hour', 'en')).toBe('¥150/hour');
    expect(formatReason({ kind: 'wage', min: 150, max: 180, unit: 'day' }, 'zh')).toBe('150-180 元/天');
    for (const lang of ['zh', 'en'] as const) {
      expect(formatReason({ kind: 'payPeriod', value: 'weekly' }, lang)).toBe(PAY_WORDS[lang]['pay.weekly']);
      expect(formatReason({ kind: 'perk', value: 'transport' }, lang)).toBe(PAY_WORDS[lang]['benefit.transport']);
    }
  });
});
