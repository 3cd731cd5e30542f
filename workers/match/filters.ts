/**
 * Hard filters the searcher sets in the filter bar: they drop jobs, they do not rank them.
 * Wages quoted per month or per hour are compared with a day rate; piece-rate jobs pass.
 */
import { type JobStore, PERIODS, UNITS } from './jobs';
import { distanceKm, perDay } from './measure';
import type { SearchOptions } from './types';

const DAY_MS = 86_400_000;

export function passesFilters(store: JobStore, slot: number, options: SearchOptions, now: number): boolean {
  if (options.verifiedOnly && !store.verified[slot]) return false;
  if (options.payPeriods?.length) {
    const period = PERIODS[store.payPeriod[slot]];
    if (!period || !options.payPeriods.includes(period)) return false;
  }
  if (options.minDailyWage) {
    const best = perDay(store.wageMax[slot], UNITS[store.wageUnit[slot]]);
    if (best !== undefined && best < options.minDailyWage) return false;
  }
  if (options.postedWithinDays && store.postedAt[slot] < now - options.postedWithinDays * DAY_MS) return false;
  if (options.maxDistanceKm !== undefined && options.origin) {
    const km = distanceKm(options.origin.lat, options.origin.lon, store.lat[slot], store.lon[slot]);
    if (!(km <= options.maxDistanceKm)) return false;
  }
  return true;
}
