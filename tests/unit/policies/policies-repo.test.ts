/** Which policies a phone lists: where they apply, whether still in force, newest first, and their topics. */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { Policy } from '../../../src/core/records';
import { GigDb } from '../../../src/db/db';
import { appliesTo, currentPolicies, topicsOf } from '../../../src/features/policies/policies.repo';

const policy = (overrides: Partial<Policy> = {}): Policy => ({
  id: uuidv7(),
  version: 1,
  updatedAt: 1,
  deleted: false,
  title: '补贴',
  body: '到驿站登记',
  regionCodes: [],
  tags: [],
  publishedOn: '2026-11-01',
  ...overrides,
});

describe('appliesTo', () => {
  const city = ['630103'];
  it('matches the county, a town in it, its city and its province, and everywhere', () => {
    for (const codes of [[], ['630103'], ['630103100'], ['630100'], ['630000'], ['150525', '630103']]) {
      expect(appliesTo({ regionCodes: codes }, city), String(codes)).toBe(true);
    }
  });

  it('leaves out other counties, cities and provinces', () => {
    for (const codes of [['630104'], ['630104100'], ['630200'], ['150000'], ['120102']]) {
      expect(appliesTo({ regionCodes: codes }, city), String(codes)).toBe(false);
    }
  });

  it('shows every policy to a phone that follows every place', () => {
    expect(appliesTo({ regionCodes: ['120102'] }, [])).toBe(true);
  });
});

describe('currentPolicies', () => {
  it('lists those in force where the user is, newest first', async () => {
    const db = new GigDb(`policies-${uuidv7()}`);
    const older = policy({ title: '旧的', publishedOn: '2026-10-01', regionCodes: ['630000'] });
    const newer = policy({ title: '新的', publishedOn: '2026-11-20', regionCodes: ['630103'] });
    const expired = policy({ title: '过期', validUntil: '2026-11-30' });
    const lastDay = policy({ title: '今天最后一天', publishedOn: '2026-09-01', validUntil: '2026-12-01' });
    const elsewhere = policy({ title: '外县', regionCodes: ['150525'] });
    const removed = policy({ title: '已撤下', deleted: true });
    await db.policies.bulkPut([older, newer, expired, lastDay, elsewhere, removed]);
    const titles = (await currentPolicies(db, ['630103'], '2026-12-01')).map((p) => p.title);
    expect(titles).toEqual(['新的', '旧的', '今天最后一天']);
    db.close();
  });
});

describe('topicsOf', () => {
  it('puts the usual topics first in their order, then any others', () => {
    expect(topicsOf([{ tags: ['维权', '其他'] }, { tags: ['补贴', '维权'] }])).toEqual(['补贴', '维权', '其他']);
  });
});
