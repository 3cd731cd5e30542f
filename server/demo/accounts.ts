/**
 * Demo accounts, one per role, so every port of the app can be tried on a fresh install
 * (README lists them). Staff log in with the demo password; the demo worker logs in with a
 * code, which development writes to the server log.
 */
import type { Role } from '../../src/core/access';
import type { Station } from '../../src/core/records';
import { countyOf } from '../../src/core/regions/codes';
import { createAccount } from '../auth/accounts';
import type { Queryable } from '../db/database';

export const DEMO_PASSWORD = 'gig-demo-2026';

export interface DemoAccount {
  phone: string;
  name: string;
  role: Exclude<Role, 'anonymous'>;
}

/** The first station of the first demo county (西宁市城南新区总寨镇) is the demo desk. */
export async function seedDemoAccounts(q: Queryable, stations: readonly Station[]): Promise<DemoAccount[]> {
  const desk = stations[0];
  const county = countyOf(desk.regionCode);
  const accounts = [
    { phone: '13800000001', name: '管理员', role: 'admin', stationIds: [], counties: [], password: DEMO_PASSWORD },
    {
      phone: '13800000002',
      name: '驿站窗口',
      role: 'station_staff',
      stationIds: [desk.id],
      counties: [county],
      password: DEMO_PASSWORD,
    },
    {
      phone: '13800000003',
      name: '下乡专员',
      role: 'field_staff',
      stationIds: [],
      counties: [county],
      password: DEMO_PASSWORD,
    },
    { phone: '13800000004', name: '鑫家政', role: 'employer', stationIds: [], counties: [], password: DEMO_PASSWORD },
    { phone: '13800000005', name: '马师傅', role: 'worker', stationIds: [], counties: [] },
  ] as const;
  for (const account of accounts)
    await createAccount(q, { ...account, stationIds: [...account.stationIds], counties: [...account.counties] });
  return accounts.map(({ phone, name, role }) => ({ phone, name, role }));
}
