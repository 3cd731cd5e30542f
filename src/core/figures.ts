/**
 * 数据: a station's or a county's figures for a day, a week or a month, counted from records.
 * Pure, so the desk's phone (over the rows it has synced) and the server (over every row of
 * the county) count with the same rules and agree on the same data. Periods are China's
 * calendar (UTC+8, no daylight saving): a day starts at China midnight, a week on Monday.
 * Figures are counts only: no name, phone or id of a person leaves this module.
 */
import { uuidv7Time } from './ids';
import type { Application, Complaint, Course, Enrollment, Job, Seeker, SEEKER_GROUPS, Station, Visit } from './records';
import { countyOf } from './regions/codes';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** China is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * HOUR_MS;

export const PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A span of China's calendar: [start, end) in epoch ms. */
export interface Period {
  unit: PeriodUnit;
  start: number;
  end: number;
}

/** A station's figures, or a county's (every station in it, and records placed in it at no station). */
export type Scope = { station: string } | { county: string };

export type SeekerGroup = (typeof SEEKER_GROUPS)[number];

export interface Figures {
  /** Visits logged at the desk or checked in at the door (来访人次). */
  visitors: number;
  /** Of those, door check-ins by scanning the station's code. */
  checkIns: number;
  /** Profiles made in the period (新登记求职者). */
  newSeekers: number;
  /** Of the new ones, those in at least one key group (其中重点群体). */
  keyGroupSeekers: number;
  /** Of the new ones, per group (one person may be in several). */
  groups: Partial<Record<SeekerGroup, number>>;
  jobsPosted: number;
  jobsVerified: number;
  /** Applications made in the period, by the worker or a desk. */
  applications: number;
  /** Of those, a desk's referrals (推荐). */
  referrals: number;
  /** Applications marked hired in the period (上岗). */
  placements: number;
  complaintsReceived: number;
  complaintsResolved: number;
  /** Courses starting in the period (培训班次). */
  courses: number;
  /** People at a course on at least one day of the period (参训人次). */
  trainees: number;
  /** Person-days at courses in the period. */
  attendance: number;
}

/** The rows figures are counted from; a device passes what it holds, the server the scope's rows. */
export interface FigureRecords {
  stations: readonly Station[];
  visits: readonly Visit[];
  seekers: readonly Seeker[];
  jobs: readonly Job[];
  applications: readonly Application[];
  complaints: readonly Complaint[];
  courses: readonly Course[];
  enrollments: readonly Enrollment[];
}

/* ---------- periods ---------- */

/** The China calendar date of a moment, as a UTC date whose fields are China's. */
const chinaDate = (at: number) => new Date(at + CHINA_OFFSET_MS);
/** The moment China's calendar reaches y-m-d 00:00 (months from 0; overflow rolls over). */
const chinaMidnight = (y: number, m: number, d: number) => Date.UTC(y, m, d) - CHINA_OFFSET_MS;

/** The day, week (Monday first) or month of China's calendar that holds `at`. */
export function periodOf(unit: PeriodUnit, at: number): Period {
  const date = chinaDate(at);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  if (unit === 'month') return { unit, start: chinaMidnight(y, m, 1), end: chinaMidnight(y, m + 1, 1) };
  if (unit === 'day') return { unit, start: chinaMidnight(y, m, d), end: chinaMidnight(y, m, d + 1) };
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return { unit, start: chinaMidnight(y, m, d - sinceMonday), end: chinaMidnight(y, m, d - sinceMonday + 7) };
}

/** The period just before: yesterday, last week, last month. */
export const previousPeriod = (period: Period): Period => periodOf(period.unit, period.start - 1);

/** The start of each China day in the period, for a per-day chart. */
export function daysOf(period: Period): number[] {
  const days: number[] = [];
  // China keeps no daylight saving: every day is 24 hours.
  for (let day = period.start; day < period.end; day += DAY_MS) days.push(day);
  return days;
}

/** The China date of a moment as YYYY-MM-DD. */
export const chinaIsoDate = (at: number): string => chinaDate(at).toISOString().slice(0, 10);

/**
 * The period named by `at`: YYYY-MM for a month, YYYY-MM-DD for a day or the week holding it;
 * undefined when it does not name one.
 */
export function parsePeriod(unit: PeriodUnit, at: string): Period | undefined {
  const match = (unit === 'month' ? /^(\d{4})-(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(at);
  if (!match) return undefined;
  const start = chinaMidnight(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1));
  // 2026-02-31 or 2026-13 names no date: it would roll over into another.
  if (chinaIsoDate(start) !== (unit === 'month' ? `${at}-01` : at)) return undefined;
  return periodOf(unit, start);
}

/** How the server and the export name a period: 2026-12, or the first day of a week or the day. */
export const periodName = (period: Period): string =>
  period.unit === 'month' ? chinaIsoDate(period.start).slice(0, 7) : chinaIsoDate(period.start);

/* ---------- scope ---------- */

interface Placed {
  stationId?: string;
  county?: string;
}

/** Where each record counts: its station, and its county (its own region's, else its job's, course's or station's). */
function placer(records: FigureRecords) {
  const stationCounty = new Map(records.stations.map((s) => [s.id, countyOf(s.regionCode)]));
  const jobs = new Map(records.jobs.map((j) => [j.id, j]));
  const courses = new Map(records.courses.map((c) => [c.id, c]));
  const county = (regionCode: string | undefined, stationId: string | undefined) =>
    regionCode ? countyOf(regionCode) : stationId ? stationCounty.get(stationId) : undefined;
  return {
    own: (r: { regionCode: string; stationId?: string }): Placed => ({
      stationId: r.stationId,
      county: countyOf(r.regionCode),
    }),
    visit: (r: Visit): Placed => ({ stationId: r.stationId, county: stationCounty.get(r.stationId) }),
    application: (r: Application): Placed => {
      const job = jobs.get(r.jobId);
      const stationId = r.stationId ?? job?.stationId;
      return { stationId, county: county(job?.regionCode, stationId) };
    },
    enrollment: (r: Enrollment): Placed => {
      const course = courses.get(r.courseId);
      const stationId = r.stationId ?? course?.stationId;
      return { stationId, county: county(course?.regionCode, stationId) };
    },
  };
}

const inScope = (scope: Scope, placed: Placed): boolean =>
  'station' in scope ? placed.stationId === scope.station : placed.county === scope.county;

/** The scope's live records, each kind placed by its own rule. */
function scoped(records: FigureRecords, scope: Scope) {
  const place = placer(records);
  const live = <T extends { deleted: boolean }>(rows: readonly T[], where: (r: T) => Placed) =>
    rows.filter((r) => !r.deleted && inScope(scope, where(r)));
  return {
    visits: live(records.visits, place.visit),
    seekers: live(records.seekers, place.own).filter((s) => !s.mergedInto),
    jobs: live(records.jobs, place.own),
    applications: live(records.applications, place.application),
    complaints: live(records.complaints, place.own),
    courses: live(records.courses, place.own),
    enrollments: live(records.enrollments, place.enrollment),
    coursesById: new Map(records.courses.map((c) => [c.id, c])),
  };
}

/* ---------- counting ---------- */

const within = (period: Period, at: number | undefined) => at !== undefined && at >= period.start && at < period.end;
/** A profile's creation time: its id's (UUIDv7 carries the millisecond it was made on the phone). */
const seekerMadeAt = (s: Seeker) => uuidv7Time(s.id);
const firstAt = (r: { id: string; history: readonly { at: number }[] }) => r.history[0]?.at ?? uuidv7Time(r.id);
const reached = (r: { history: readonly { status: string; at: number }[] }, status: string, period: Period) =>
  r.history.some((event) => event.status === status && within(period, event.at));

/** The moment China reaches a course's day `n` (1 = its start date). */
function courseDay(course: Course, n: number): number {
  const [y, m, d] = course.startDate.split('-').map(Number);
  return chinaMidnight(y, m - 1, d + n - 1);
}

type ScopedRows = ReturnType<typeof scoped>;

/** Count every figure of the scope in the period. */
export const countFigures = (records: FigureRecords, scope: Scope, period: Period): Figures =>
  count(scoped(records, scope), period);

function count(rows: ScopedRows, period: Period): Figures {
  const visits = rows.visits.filter((v) => within(period, v.at));
  const seekers = rows.seekers.filter((s) => within(period, seekerMadeAt(s)));
  const groups: Partial<Record<SeekerGroup, number>> = {};
  for (const seeker of seekers) for (const group of seeker.groups) groups[group] = (groups[group] ?? 0) + 1;
  const applications = rows.applications.filter((a) => within(period, firstAt(a)));
  let trainees = 0;
  let attendance = 0;
  for (const enrollment of rows.enrollments) {
    const course = rows.coursesById.get(enrollment.courseId);
    if (!course) continue;
    const days = (enrollment.attended ?? []).filter((n) => within(period, courseDay(course, n))).length;
    attendance += days;
    if (days > 0) trainees++;
  }
  return {
    visitors: visits.length,
    checkIns: visits.filter((v) => v.checkInDay !== undefined).length,
    newSeekers: seekers.length,
    keyGroupSeekers: seekers.filter((s) => s.groups.length > 0).length,
    groups,
    jobsPosted: rows.jobs.filter((j) => within(period, j.postedAt)).length,
    jobsVerified: rows.jobs.filter((j) => j.verification.state === 'verified' && within(period, j.verification.at))
      .length,
    applications: applications.length,
    referrals: applications.filter((a) => a.channel === 'referral').length,
    placements: rows.applications.filter((a) => reached(a, 'hired', period)).length,
    complaintsReceived: rows.complaints.filter((c) => within(period, firstAt(c))).length,
    complaintsResolved: rows.complaints.filter((c) => reached(c, 'resolved', period)).length,
    courses: rows.courses.filter((c) => within(period, courseDay(c, 1))).length,
    trainees,
    attendance,
  };
}

export interface DayCount {
  /** The China day's start. */
  day: number;
  visitors: number;
  newSeekers: number;
}

/** Visitors and new profiles per China day of the period: the chart's series. */
export const dailyCounts = (records: FigureRecords, scope: Scope, period: Period): DayCount[] =>
  daily(scoped(records, scope), period);

function daily(rows: ScopedRows, period: Period): DayCount[] {
  const counts = daysOf(period).map((day) => ({ day, visitors: 0, newSeekers: 0 }));
  const slot = (at: number) => (within(period, at) ? counts[Math.floor((at - period.start) / DAY_MS)] : undefined);
  for (const visit of rows.visits) {
    const count = slot(visit.at);
    if (count) count.visitors++;
  }
  for (const seeker of rows.seekers) {
    const count = slot(seekerMadeAt(seeker));
    if (count) count.newSeekers++;
  }
  return counts;
}

export interface HeatRow {
  occupationCode: string;
  count: number;
}

export interface JobHeat {
  /** Occupations by open jobs in the scope now. */
  demand: HeatRow[];
  /** Occupations by people in the scope who want them. */
  supply: HeatRow[];
}

/** How many occupations each side of the job heat lists. */
export const HEAT_TOP = 8;

function top(codes: Iterable<string>, n: number): HeatRow[] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .map(([occupationCode, count]) => ({ occupationCode, count }))
    .sort((a, b) => b.count - a.count || a.occupationCode.localeCompare(b.occupationCode))
    .slice(0, n);
}

/** 岗位热度: the occupations most asked for by open jobs, and most wanted by people, in the scope. */
export const jobHeat = (records: FigureRecords, scope: Scope, n = HEAT_TOP): JobHeat => heat(scoped(records, scope), n);

function heat(rows: ScopedRows, n: number): JobHeat {
  return {
    demand: top(
      rows.jobs.filter((j) => j.status === 'open').map((j) => j.occupationCode),
      n,
    ),
    supply: top(
      rows.seekers.flatMap((s) => [...new Set(s.wishes.occupations)]),
      n,
    ),
  };
}

export interface StationFigures {
  stationId: string;
  name: string;
  figures: Figures;
}

/** The monthly county report's rows: each station of the county, then the county as a whole. */
export function countyReport(
  records: FigureRecords,
  county: string,
  period: Period,
): { stations: StationFigures[]; total: Figures } {
  const stations = records.stations
    .filter((s) => !s.deleted && countyOf(s.regionCode) === county)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return {
    stations: stations.map((s) => ({
      stationId: s.id,
      name: s.name,
      figures: countFigures(records, { station: s.id }, period),
    })),
    total: countFigures(records, { county }, period),
  };
}

/** Everything the figures page shows of a scope: the period beside the one before, per day, job heat. */
export interface ScopeFigures {
  period: Period;
  figures: Figures;
  previous: Figures;
  days: DayCount[];
  heat: JobHeat;
}

export function scopeFigures(records: FigureRecords, scope: Scope, period: Period): ScopeFigures {
  const rows = scoped(records, scope);
  return {
    period,
    figures: count(rows, period),
    previous: count(rows, previousPeriod(period)),
    days: daily(rows, period),
    heat: heat(rows, HEAT_TOP),
  };
}

/** Where the server answers a county's figures: `?county=630103&period=month&at=2026-12`. */
export const FIGURES_PATH = '/api/figures';

/** The server's answer to `GET /api/figures`: a county's figures and its report's station rows. */
export interface CountyFigures extends ScopeFigures {
  county: string;
  stations: StationFigures[];
}
