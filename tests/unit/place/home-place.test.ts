/**
 * homePlace(): where every form starts (issue 11). Staff start at their station's place,
 * then their counties; everyone else at the place they chose; nobody at "the first county
 * in the list" (天津 河东区 for a 总寨镇 desk, before).
 */
import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../../src/core/auth';
import { uuidv7 } from '../../../src/core/ids';
import { GigDb } from '../../../src/db/db';
import { writeSession } from '../../../src/db/session';
import { updateSyncState } from '../../../src/db/sync-state';
import { homePlace } from '../../../src/ui/place';
import { station } from '../../fixtures/records';

const freshDb = () => new GigDb(`test-${uuidv7()}`);

async function logIn(db: GigDb, account: Partial<AccountView> & Pick<AccountView, 'role'>): Promise<void> {
  await writeSession(db, {
    account: { id: uuidv7(), phone: '13800000002', stationIds: [], counties: [], ...account },
    accessToken: 'a',
    accessExpiresAt: Date.now() + 60_000,
    refreshToken: 'r',
  });
}

const follow = (db: GigDb, counties: string[], home?: string) =>
  updateSyncState(db, (s) => {
    s.counties = counties;
    s.home = home;
  });

describe('homePlace()', () => {
  it('starts a desk at its station’s town, whatever the phone follows', async () => {
    const db = freshDb();
    const desk = station({ regionCode: '630103100' });
    await db.stations.put(desk);
    await follow(db, ['120102'], '120102');
    await logIn(db, { role: 'station_staff', stationIds: [desk.id], counties: ['630103'] });
    expect(await homePlace(db)).toBe('630103100');
  });

  it('starts a desk whose station is not on the phone yet at its county', async () => {
    const db = freshDb();
    await logIn(db, { role: 'station_staff', stationIds: [uuidv7()], counties: ['630103'] });
    expect(await homePlace(db)).toBe('630103');
  });

  it('starts field staff at the place they chose when it is in their counties, else their first county', async () => {
    const db = freshDb();
    await logIn(db, { role: 'field_staff', counties: ['150525', '630103'] });
    await follow(db, ['630103'], '630103100');
    expect(await homePlace(db)).toBe('630103100');
    await follow(db, ['120102'], '120102');
    expect(await homePlace(db)).toBe('150525');
  });

  it('starts a worker, an employer and a phone without a login at the place they chose', async () => {
    for (const role of ['worker', 'employer', undefined] as const) {
      const db = freshDb();
      if (role) await logIn(db, { role });
      await follow(db, ['150525', '630103'], '630103100');
      expect(await homePlace(db)).toBe('630103100');
      // Only counties followed (a state from before the picker): the first of them.
      await follow(db, ['150525', '630103']);
      expect(await homePlace(db)).toBe('150525');
    }
  });

  it('gives no place rather than an arbitrary county when nothing is known', async () => {
    expect(await homePlace(freshDb())).toBe('');
  });
});
