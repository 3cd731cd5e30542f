/**
 * 数据's rows on the phone: a station's or a county's that this phone has synced, read by
 * index where Dexie has one (stations, people, jobs and courses by place; visits by time;
 * sign-ups by course) and counted with src/core/figures.ts, the server's own rules.
 * Applications and 求助 have no place index, so they are read a page at a time. The figures
 * worker (workers/figures.worker.ts) runs these off the main thread; the page runs them itself
 * only where no worker can (src/features/figures/figures.repo.ts).
 */
import {
  type CountyFigures,
  countyReport,
  type FigureRecords,
  type Period,
  previousPeriod,
  type Scope,
  scopeFigures,
} from '../core/figures';
import { countyOf } from '../core/regions/codes';
import type { Application, Complaint, Course, Job, Seeker, Station } from '../core/records';
import type { GigDb } from './db';
import { peekSyncState } from './sync-state';

/** Rows read from an unindexed table at a time, with a pause between, so no read blocks the page long. */
const PAGE_ROWS = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Every live row of a table with no index for the scope, a page at a time. */
async function inPages<T extends { id: string; deleted: boolean }>(
  table: { orderBy(index: string): { offset(n: number): { limit(n: number): { toArray(): Promise<T[]> } } } },
  keep: (row: T) => boolean,
): Promise<T[]> {
  const kept: T[] = [];
  for (let offset = 0; ; offset += PAGE_ROWS) {
    const page = await table.orderBy('id').offset(offset).limit(PAGE_ROWS).toArray();
    kept.push(...page.filter((row) => !row.deleted && keep(row)));
    if (page.length < PAGE_ROWS) return kept;
    await nextTask();
  }
}

/** The county a scope lies in: its own, or its station's (undefined for a station not on the phone). */
async function countyOfScope(db: GigDb, scope: Scope): Promise<string | undefined> {
  if ('county' in scope) return scope.county;
  const station = await db.stations.get(scope.station);
  return station && countyOf(station.regionCode);
}

/** The scope's rows on this phone, with the visits from `since` to `until`. */
export async function figureRows(db: GigDb, scope: Scope, since: number, until: number): Promise<FigureRecords> {
  const county = await countyOfScope(db, scope);
  if (county === undefined) {
    return {
      stations: [],
      visits: [],
      seekers: [],
      jobs: [],
      applications: [],
      complaints: [],
      courses: [],
      enrollments: [],
    };
  }
  const byPlace = <T>(table: { where(index: string): { startsWith(prefix: string): { toArray(): Promise<T[]> } } }) =>
    table.where('regionCode').startsWith(county).toArray();
  const [stations, courses] = await Promise.all([byPlace<Station>(db.stations), byPlace<Course>(db.courses)]);
  const stationIds = new Set(stations.map((s) => s.id));
  const inCounty = (regionCode: string) => countyOf(regionCode) === county;
  const [visits, seekers, jobs, enrollments] = await Promise.all([
    db.visits
      .where('at')
      .between(since, until, true, false)
      .filter((v) => stationIds.has(v.stationId))
      .toArray(),
    'station' in scope ? db.seekers.where('stationId').equals(scope.station).toArray() : byPlace<Seeker>(db.seekers),
    byPlace<Job>(db.jobs),
    db.enrollments
      .where('courseId')
      .anyOf(courses.map((c) => c.id))
      .toArray(),
  ]);
  const jobIds = new Set(jobs.map((j) => j.id));
  const applications = await inPages<Application>(
    db.applications,
    (a) => jobIds.has(a.jobId) || (a.stationId !== undefined && stationIds.has(a.stationId)),
  );
  const complaints = await inPages<Complaint>(db.complaints, (c) => inCounty(c.regionCode));
  return { stations, visits, seekers, jobs, applications, complaints, courses, enrollments };
}

/** The scope's figures as this phone knows them: the period, the one before, per day, job heat. */
export async function countFigureRows(db: GigDb, scope: Scope, period: Period) {
  const records = await figureRows(db, scope, previousPeriod(period).start, period.end);
  await nextTask();
  return scopeFigures(records, scope, period);
}

/** The county's figures with the report's station rows, as this phone knows them. */
export async function countCountyRows(db: GigDb, county: string, period: Period): Promise<CountyFigures> {
  const records = await figureRows(db, { county }, previousPeriod(period).start, period.end);
  await nextTask();
  return {
    county,
    ...scopeFigures(records, { county }, period),
    stations: countyReport(records, county, period).stations,
  };
}

/**
 * What figures follow on this phone: its syncs and its own writes. A live query reading this
 * re-runs when either changes, even when the counting itself happens in the worker.
 */
export async function figuresRevision(db: GigDb): Promise<string> {
  const [state, waiting] = await Promise.all([peekSyncState(db), db.outbox.count()]);
  return `${state?.lastSyncAt ?? 0}:${waiting}`;
}

/** When this phone last synced: figures are only as fresh as that. */
export async function lastSyncAt(db: GigDb): Promise<number | null> {
  return (await peekSyncState(db))?.lastSyncAt ?? null;
}
