/** 记工 on the phone: the logged-in worker's days, the employers they name, and the evidence checklist. */
import type { Workday } from '../../core/records';
import { WORK_WAGE_UNITS, type WorkWageUnit } from '../../core/records';
import type { DayLine } from '../../core/worklog';
import type { GigDb } from '../../db/db';

/** A worker's days, the latest first (the device holds only its own account's log anyway). */
export async function myDays(db: GigDb, ownerId: string): Promise<Workday[]> {
  const days = await db.workdays.where('ownerId').equals(ownerId).toArray();
  return days.sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt);
}

export function dayById(db: GigDb, id: string): Promise<Workday | undefined> {
  return db.workdays.get(id);
}

/** The employers of a log (as written, spaces aside), the most recent first. */
export function employersOf(days: readonly Workday[]): string[] {
  return [...new Set(days.map((d) => d.employerName.trim()))];
}

/** The day's lines a 求助 carries: what the summary needs, nothing of the worker's notes. */
export function linesOf(days: readonly Workday[]): DayLine[] {
  return days.map(({ date, site, wage, wageUnit, hours, paid }) => ({ date, site, wage, wageUnit, hours, paid }));
}

export const isWageUnit = (unit: string): unit is WorkWageUnit => (WORK_WAGE_UNITS as readonly string[]).includes(unit);
