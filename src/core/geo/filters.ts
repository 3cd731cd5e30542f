/**
 * What the map and the station list filter on: the services a worker walks in for (all
 * must be offered), "24 小时", "open now". Jobs use the job list's own filters (the match
 * worker applies them); here is only which jobs can be pinned at all.
 */
import { type Job, STATION_SERVICES, type Station, type StationService } from '../records';
import { isOpen } from './hours';

/** Filter chips: every service in the record's order, except those shown on the station page only. */
const PAGE_ONLY_SERVICES: readonly StationService[] = ['wifi', 'printing'];
export const FILTER_SERVICES: readonly StationService[] = STATION_SERVICES.filter(
  (s) => !PAGE_ONLY_SERVICES.includes(s),
);

export interface StationFilter {
  services: readonly StationService[];
  allDay: boolean;
  openNow: boolean;
}

export const NO_STATION_FILTER: StationFilter = { services: [], allDay: false, openNow: false };

export function matchesStation(station: Station, filter: StationFilter, now: number): boolean {
  if (station.deleted) return false;
  if (filter.allDay && !station.hours.allDay) return false;
  if (filter.openNow && !isOpen(station.hours, now)) return false;
  return filter.services.every((s) => station.services.includes(s));
}

/** A job can be pinned when the job list would show it (open) and it has a position. */
export function isPlacedOpenJob(job: Job): job is Job & { lat: number; lon: number } {
  return !job.deleted && job.status === 'open' && job.lat !== undefined && job.lon !== undefined;
}

/** Toggle one value in a filter list, keeping the list's order stable for stable URLs. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
