/**
 * `GET /api/figures`: a county's figures for its staff and admins only (a worker, an
 * employer, another county's desk and a device without a login are refused), counted over
 * every row the server holds for the county, and equal to what a phone holding the same rows
 * counts (an admin's phone pulls everything, so it holds exactly the server's rows).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/core/auth';
import { countFigures, type CountyFigures, FIGURES_PATH, periodOf } from '../../src/core/figures';
import { uuidv7 } from '../../src/core/ids';
import type { Kind } from '../../src/core/records';
import { GigDb } from '../../src/db/db';
import { phoneCountyFigures, phoneFigures } from '../../src/features/figures/figures.repo';
import { SyncEngine } from '../../src/sync/engine';
import type { Database } from '../../server/db/database';
import { writeRecords } from '../../server/sync/record-store';
import { china, figureRecords } from '../fixtures/figures';
import { bearer, makeAccount, signIn } from '../support/accounts';
import { DATABASES, openApp, type TestApp } from './databases';

const KINDS: Record<keyof ReturnType<typeof figureRecords>['records'], Kind> = {
  stations: 'station',
  visits: 'visit',
  seekers: 'seeker',
  jobs: 'job',
  applications: 'application',
  complaints: 'complaint',
  courses: 'course',
  enrollments: 'enrollment',
};

describe.each(DATABASES)('a county’s figures from the server, on $name', (database) => {
  let db: Database;
  let app: TestApp;
  const fixture = figureRecords();
  const december = periodOf('month', china('2026-12-15T12:00'));

  beforeEach(async () => {
    ({ db, app } = await openApp(database));
    const writes = Object.entries(fixture.records).flatMap(([list, rows]) =>
      rows.map((record) => ({ kind: KINDS[list as keyof typeof KINDS], record })),
    );
    await db.transaction((tx) => writeRecords(tx, writes));
  });
  afterEach(async () => {
    await db.close();
  });

  const ask = async (query: string, account?: AccountView) =>
    app.request(`${FIGURES_PATH}?${query}`, { headers: account ? await bearer(app, account, uuidv7()) : {} });

  it('answers the county’s staff with every station’s rows, counted by the shared rules', async () => {
    const desk = await makeAccount(db, 'station_staff', { stationIds: [fixture.hall.id], counties: ['630103'] });
    const response = await ask('county=630103&period=month&at=2026-12', desk);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as CountyFigures;
    expect(answer.period).toEqual(december);
    expect(answer.figures).toEqual(countFigures(fixture.records, { county: '630103' }, december));
    expect(answer.figures).toMatchObject({ visitors: 4, newSeekers: 3, placements: 2, attendance: 7 });
    // The other station of the county, whose rows a desk's phone does not hold, has its own row.
    const market = answer.stations.find((row) => row.stationId === fixture.market.id);
    expect(market).toMatchObject({ name: fixture.market.name, figures: { visitors: 1 } });
    expect(answer.stations.map((row) => row.stationId)).not.toContain(fixture.away.id);
    // Counts only: nobody's name or phone is in the answer.
    const text = JSON.stringify(answer);
    for (const seeker of fixture.records.seekers) {
      expect(text).not.toContain(seeker.phone);
      expect(text).not.toContain(seeker.id);
    }

    const field = await makeAccount(db, 'field_staff', { counties: ['630103'] });
    expect((await ask('county=630103&period=week&at=2026-12-01', field)).status).toBe(200);
    const admin = await makeAccount(db, 'admin');
    expect((await ask('county=150525&period=day&at=2026-12-02', admin)).status).toBe(200);
  });

  it('refuses a worker, an employer, another county’s desk and a device without a login', async () => {
    const otherDesk = await makeAccount(db, 'station_staff', { stationIds: [fixture.away.id], counties: ['150525'] });
    const otherField = await makeAccount(db, 'field_staff', { counties: ['150525'] });
    for (const account of [
      await makeAccount(db, 'worker'),
      await makeAccount(db, 'employer'),
      otherDesk,
      otherField,
      undefined,
    ]) {
      const response = await ask('county=630103&period=month&at=2026-12', account);
      expect(response.status, account?.role ?? 'nobody').toBe(403);
      expect(((await response.json()) as { error: string }).error).toBe('FORBIDDEN');
    }
  });

  it('refuses a county or a period that names nothing', async () => {
    const admin = await makeAccount(db, 'admin');
    for (const [query, field] of [
      ['county=6301&period=month&at=2026-12', 'county'],
      ['county=630103&period=year&at=2026', 'period'],
      ['county=630103&period=month&at=2026-13', 'at'],
      ['county=630103&period=day&at=2026-12', 'at'],
    ]) {
      const response = await ask(query, admin);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: 'INVALID', field });
    }
  });

  it('counts what a phone holding the same rows counts', async () => {
    const admin = await makeAccount(db, 'admin');
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) =>
      app.request(String(input), init)) as typeof fetch;
    const phone = new GigDb(`device-${uuidv7()}`);
    await signIn(phone, admin, { fetch: fetchImpl });
    await new SyncEngine(phone, { fetch: fetchImpl }).syncOnce();

    for (const [unit, at] of [
      ['month', '2026-12'],
      ['week', '2026-11-30'],
      ['day', '2026-12-01'],
    ] as const) {
      const server = (await (await ask(`county=630103&period=${unit}&at=${at}`, admin)).json()) as CountyFigures;
      expect(await phoneCountyFigures(phone, '630103', server.period), unit).toEqual(server);
    }
    // A station's figures on the phone are its row of the server's report.
    const server = (await (await ask('county=630103&period=month&at=2026-12', admin)).json()) as CountyFigures;
    const hall = server.stations.find((row) => row.stationId === fixture.hall.id);
    expect((await phoneFigures(phone, { station: fixture.hall.id }, december)).figures).toEqual(hall?.figures);
    phone.close();
  });
});
