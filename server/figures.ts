/**
 * `GET /api/figures?county=630103&period=month&at=2026-12`: a county's figures counted over
 * every row the server holds for it (stations whose records no desk phone has included), with
 * the same src/core/figures.ts the phones count with. Staff of the county and admins only
 * (`mayReadFigures`); the answer is counts, no person in it.
 */
import type { Hono } from 'hono';
import { mayReadFigures } from '../src/core/access';
import {
  type CountyFigures,
  countyReport,
  FIGURES_PATH,
  type FigureRecords,
  PERIOD_UNITS,
  type Period,
  type PeriodUnit,
  parsePeriod,
  previousPeriod,
  scopeFigures,
} from '../src/core/figures';
import type { Kind, RecordByKind } from '../src/core/records';
import type { Queryable } from './db/database';
import { HttpError } from './http/body';
import { actorOf } from './http/actor';

/**
 * The county's rows of every kind figures count: the stations, people, jobs, 求助 and courses
 * placed in it; the visits at its stations in the period and the one before; the applications
 * and sign-ups at its stations or to its jobs and courses. Deleted rows stay out.
 */
export async function countyRecords(
  db: Queryable,
  county: string,
  since: number,
  until: number,
): Promise<FigureRecords> {
  const rows = await db.query<{ kind: Kind; data: RecordByKind[Kind] }>(
    `WITH place AS (
       SELECT kind, id::text AS id FROM records
       WHERE kind IN ('station', 'job', 'course') AND NOT deleted AND data->>'regionCode' LIKE $1
     )
     SELECT kind, data FROM records r
     WHERE NOT deleted AND (
       (kind IN ('station', 'seeker', 'job', 'complaint', 'course') AND data->>'regionCode' LIKE $1)
       OR (kind = 'visit' AND data->>'stationId' IN (SELECT id FROM place WHERE kind = 'station')
           AND (data->>'at')::bigint >= $2 AND (data->>'at')::bigint < $3)
       OR (kind = 'application' AND (data->>'stationId' IN (SELECT id FROM place WHERE kind = 'station')
           OR data->>'jobId' IN (SELECT id FROM place WHERE kind = 'job')))
       OR (kind = 'enrollment' AND (data->>'stationId' IN (SELECT id FROM place WHERE kind = 'station')
           OR data->>'courseId' IN (SELECT id FROM place WHERE kind = 'course')))
     )`,
    [`${county}%`, since, until],
  );
  const of = <K extends Kind>(kind: K) =>
    rows.filter((row) => row.kind === kind).map((row) => row.data as RecordByKind[K]);
  return {
    stations: of('station'),
    visits: of('visit'),
    seekers: of('seeker'),
    jobs: of('job'),
    applications: of('application'),
    complaints: of('complaint'),
    courses: of('course'),
    enrollments: of('enrollment'),
  };
}

/** The county's figures for the period, the period before, per day, job heat and the report's rows. */
export async function countyFigures(db: Queryable, county: string, period: Period): Promise<CountyFigures> {
  const records = await countyRecords(db, county, previousPeriod(period).start, period.end);
  return {
    county,
    ...scopeFigures(records, { county }, period),
    stations: countyReport(records, county, period).stations,
  };
}

function readQuery(query: (name: string) => string | undefined): { county: string; period: Period } {
  const county = query('county') ?? '';
  if (!/^\d{6}$/.test(county)) throw new HttpError(400, 'INVALID', 'county: a 6-digit county code', 'county');
  const unit = (query('period') ?? 'month') as PeriodUnit;
  if (!PERIOD_UNITS.includes(unit)) throw new HttpError(400, 'INVALID', 'period: day, week or month', 'period');
  const period = parsePeriod(unit, query('at') ?? '');
  if (!period) throw new HttpError(400, 'INVALID', 'at: YYYY-MM for a month, YYYY-MM-DD for a day or week', 'at');
  return { county, period };
}

export function mountFigures(
  app: Hono,
  { db, key, now }: { db: Queryable; key: () => Promise<string>; now: () => number },
) {
  app.get(FIGURES_PATH, async (c) => {
    const actor = await actorOf(c, { db, key, now: now() });
    const { county, period } = readQuery((name) => c.req.query(name));
    if (!mayReadFigures(actor, county)) {
      throw new HttpError(403, 'FORBIDDEN', 'figures are for the staff of this county and admins');
    }
    return c.json(await countyFigures(db, county, period));
  });
}
