/**
 * search: the search box, the filter bar and the match worker that ranks jobs and seekers.
 * Part of the first bundle (the job list uses it); the worker itself starts on first use.
 */
export { hasFilters, type JobFilters, NO_FILTERS, toSearchOptions } from './filters';
export { matchWorker } from './match-bridge';
export { FilterBar, SearchBox } from './SearchControls';
