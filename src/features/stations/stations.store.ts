/**
 * The 驿站 tab's choices, kept for the session so coming back from a station page finds
 * the same filters and view. Job filters are the job list's own (search/filters.ts).
 * The view is remembered on the phone too: the list comes first and costs nothing; the map
 * (MapLibre, seconds of CPU on a cheap phone) loads only for a person who asked for it once.
 */
import { createSignal } from 'solid-js';
import { NO_STATION_FILTER, type StationFilter } from '../../core/geo';
import { hasFilters, type JobFilters, NO_FILTERS } from '../search';

export type View = 'map' | 'list';

const MAP_CHOSEN = 'gig-station.stations-map';

const [view, setViewSignal] = createSignal<View>(localStorage.getItem(MAP_CHOSEN) === '1' ? 'map' : 'list');
export { view };

export function setView(next: View): void {
  setViewSignal(next);
  if (next === 'map') localStorage.setItem(MAP_CHOSEN, '1');
  else localStorage.removeItem(MAP_CHOSEN);
}
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
