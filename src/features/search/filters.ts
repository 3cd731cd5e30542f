/** What the worker can narrow a search by, as the filter bar holds it. */
import type { SearchOptions } from '../../../workers/match/types';
import type { PayPeriod } from '../../core/records';
import type { Position } from '../../ui/geolocation';

export interface JobFilters {
  payPeriods: PayPeriod[];
  verifiedOnly: boolean;
  /** Needs the user's position; 0 = any distance. */
  maxDistanceKm: number;
  /** Lowest acceptable pay, per day (monthly and hourly wages are converted); 0 = any. */
  minDailyWage: number;
  /** 0 = any age. */
  postedWithinDays: number;
}

export const NO_FILTERS: JobFilters = {
  payPeriods: [],
  verifiedOnly: false,
  maxDistanceKm: 0,
  minDailyWage: 0,
  postedWithinDays: 0,
};

export function hasFilters(f: JobFilters): boolean {
  return (
    f.payPeriods.length > 0 || f.verifiedOnly || f.maxDistanceKm > 0 || f.minDailyWage > 0 || f.postedWithinDays > 0
  );
}

export const DISTANCE_CHOICES = [0, 5, 10, 30, 50] as const;
export const POSTED_CHOICES = [0, 3, 7, 30] as const;
export const DAILY_WAGE_CHOICES = [0, 100, 150, 200, 300] as const;

/** The filter bar as the match worker's search options (0 means "any"). */
export function toSearchOptions(filters: JobFilters, here: Position | null, k: number): SearchOptions {
  return {
    k,
    origin: here ?? undefined,
    maxDistanceKm: filters.maxDistanceKm || undefined,
    verifiedOnly: filters.verifiedOnly,
    payPeriods: filters.payPeriods,
    minDailyWage: filters.minDailyWage || undefined,
    postedWithinDays: filters.postedWithinDays || undefined,
  };
}
