/**
 * 记工: a worker's own record of the days they worked, the proof they lack when wages go
 * unpaid. The bounds every day must keep (the mutators check them, the form shows them) and
 * the summary the 记工 page and a 求助 with a log attached both show.
 */
import { MAX_WAGE, type WorkWageUnit } from './records';
import { MutationError } from './validation';

/** How far back a day may be: wage claims older than this are rare, and a wrong year is likely. */
export const MAX_AGE_DAYS = 5 * 366;

const DAY_MS = 86_400_000;
/** The earliest time zone's lead on UTC: a date that has begun anywhere is not yet "the future". */
const EARLIEST_ZONE_MS = 14 * 3_600_000;

/** One day as the summary needs it: a workday record, or a line of a snapshot attached to a 求助. */
export interface DayLine {
  date: string;
  site: string;
  wage: number;
  wageUnit: WorkWageUnit;
  hours: number;
  paid?: number;
}

/** What one day earns as agreed: the day's wage, or the hourly wage times the hours. */
export function agreedFor(day: DayLine): number {
  return roundYuan(day.wageUnit === 'hour' ? day.wage * day.hours : day.wage);
}

const roundYuan = (yuan: number) => Math.round(yuan * 100) / 100;

export interface WorkSummary {
  /** The first and last day, YYYY-MM-DD; undefined for no days. */
  from?: string;
  to?: string;
  days: number;
  hours: number;
  agreed: number;
  paid: number;
  /** Agreed minus paid, never below nothing (overpaid days do not hide unpaid ones elsewhere). */
  owed: number;
}

export function summarize(days: readonly DayLine[]): WorkSummary {
  const dates = days.map((d) => d.date).sort();
  const agreed = roundYuan(days.reduce((sum, d) => sum + agreedFor(d), 0));
  const paid = roundYuan(days.reduce((sum, d) => sum + (d.paid ?? 0), 0));
  return {
    from: dates[0],
    to: dates[dates.length - 1],
    days: new Set(dates).size,
    hours: Math.round(days.reduce((sum, d) => sum + d.hours, 0) * 10) / 10,
    agreed,
    paid,
    owed: Math.max(0, roundYuan(agreed - paid)),
  };
}

/** Days of one employer (as the worker wrote the name, spaces aside) within a date range, both ends included. */
export function daysFor<D extends DayLine & { employerName: string }>(
  days: readonly D[],
  filter: { employerName?: string; from?: string; to?: string },
): D[] {
  const employer = filter.employerName?.trim();
  return days.filter(
    (d) =>
      (!employer || d.employerName.trim() === employer) &&
      (!filter.from || d.date >= filter.from) &&
      (!filter.to || d.date <= filter.to),
  );
}

/**
 * The bounds a schema cannot say alone: the wage for its unit, and a date not more than a day
 * ahead of now (anywhere on earth) nor years back. Throws for the first field out of bounds.
 */
export function checkDay(day: Pick<DayLine, 'date' | 'wage' | 'wageUnit'>, now: number): void {
  if (day.wage > MAX_WAGE[day.wageUnit]) {
    throw new MutationError('WAGE_TOO_HIGH', `wage: above ${MAX_WAGE[day.wageUnit]} a ${day.wageUnit}`, 'wage');
  }
  const starts = Date.parse(`${day.date}T00:00:00Z`) - EARLIEST_ZONE_MS;
  if (!Number.isFinite(starts)) throw new MutationError('INVALID', 'date: not a date', 'date');
  if (starts > now + DAY_MS) throw new MutationError('FUTURE_DATE', 'date: more than a day ahead', 'date');
  if (starts < now - MAX_AGE_DAYS * DAY_MS) throw new MutationError('TOO_LONG_AGO', 'date: years ago', 'date');
}
