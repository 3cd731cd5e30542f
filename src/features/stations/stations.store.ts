/**
 * The 驿站 tab's choices, kept for the session so coming back from a station page finds
 * the same filters and view. Job filters are the job list's own (search/filters.ts).
 */
import { createSignal } from 'solid-js';
import { NO_STATION_FILTER, type StationFilter } from '../../core/geo';
import { hasFilters, type JobFilters, NO_FILTERS } from '../search';

export type View = 'map' | 'list';

export const [view, setView] = createSignal<View>('map');
export const [stationFilter, setStationFilter] = createSignal<StationFilter>(NO_STATION_FILTER);
export const [jobFilters, setJobFilters] = createSignal<JobFilters>(NO_FILTERS);
export const [showJobs, setShowJobs] = createSignal(true);

export function activeFilterCount(): number {
  const s = stationFilter();
  return (
    s.services.length + Number(s.allDay) + Number(s.openNow) + Number(hasFilters(jobFilters())) + Number(!showJobs())
  );
}

export function clearFilters(): void {
  setStationFilter(NO_STATION_FILTER);
  setJobFilters(NO_FILTERS);
  setShowJobs(true);
}
