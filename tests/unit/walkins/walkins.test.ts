/**
 * 来访登记 on the device (src/features/walkins): what a visit's services say it was for, the
 * count per reason, and the station's visits of today by China's calendar day, newest first,
 * with the names the phone holds.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { Visit } from '../../../src/core/records';
import { GigDb } from '../../../src/db/db';
import { countByReason, REASONS, reasonOf, servicesFor } from '../../../src/features/walkins/reasons';
import { checkInToday, findPeople, visitsToday } from '../../../src/features/walkins/walkins.repo';
import { seekerRegisterArgs, station } from '../../fixtures/records';

const hall = station({ regionCode: '630103100' });
/** 23:30 on 1 May 2026 in China (15:30 UTC): half an hour before the day turns. */
const LATE = Date.UTC(2026, 4, 1, 15, 30);

const visit = (at: number, overrides: Partial<Visit> = {}): Visit => ({
  id: uuidv7(at),
  version: 1,
  updatedAt: at,
  deleted: false,
  stationId: hall.id,
  at,
  services: [],
  ...overrides,
});

describe('reasons', () => {
  it('each reason comes back from the services it logs; anything else is 其他', () => {
    for (const reason of REASONS) expect(reasonOf({ services: servicesFor(reason) })).toBe(reason);
    expect(reasonOf({ services: ['water', 'charging'] })).toBe('other');
    expect(reasonOf({ services: ['wifi', 'legal_aid'] })).toBe('rights');
    expect(countByReason([{ services: ['policy'] }, { services: [] }, { services: ['policy', 'rest'] }])).toEqual({
      job: 0,
      policy: 2,
      training: 0,
      rest: 0,
      rights: 0,
      other: 1,
    });
  });
});

describe('today at the station', () => {
  it('lists China’s today newest first with names, leaving out yesterday, tomorrow, other stations and deletions', async () => {
    const db = new GigDb(`test-${uuidv7()}`);
    const person = {
      ...seekerRegisterArgs({ name: '白玉兰', phone: '13900000123' }),
      version: 1,
      updatedAt: 1,
      deleted: false,
    };
    await db.seekers.put(person);
    const morning = visit(Date.UTC(2026, 4, 0, 16, 1), { seekerId: person.id, services: ['job_desk'] });
    const evening = visit(LATE - 60_000, { checkInDay: 20574, seekerId: person.id });
    await db.visits.bulkPut([
      morning,
      evening,
      visit(Date.UTC(2026, 4, 0, 15, 59)), // 23:59 the day before
      visit(Date.UTC(2026, 4, 1, 16, 0)), // midnight: tomorrow
      visit(LATE, { stationId: uuidv7() }),
      visit(LATE, { deleted: true }),
    ]);
    const today = await visitsToday(db, hall.id, LATE);
    expect(today.map((row) => row.visit.id)).toEqual([evening.id, morning.id]);
    expect(today.map((row) => row.name)).toEqual(['白玉兰', '白玉兰']);

    expect((await checkInToday(db, hall.id, person.id, LATE))?.id).toBe(evening.id);
    expect(await checkInToday(db, hall.id, person.id, LATE + 3_600_000)).toBeUndefined();
    expect((await findPeople(db, '0123')).map((s) => s.id)).toEqual([person.id]);
    expect((await findPeople(db, '玉兰')).map((s) => s.id)).toEqual([person.id]);
    expect(await findPeople(db, '  ')).toEqual([]);
    db.close();
  });
});
