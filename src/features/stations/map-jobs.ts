/**
 * The jobs the map pins: open jobs with a position (the job list's rule), narrowed by the
 * job list's own filters, which the match worker applies exactly as it does in 找活.
 */
import { type Accessor, createMemo, createResource } from 'solid-js';
import { isPlacedOpenJob } from '../../core/geo';
import type { Job } from '../../core/records';
import { position } from '../../ui/geolocation';
import { hasFilters, matchWorker, toSearchOptions } from '../search';
import { jobFilters, showJobs } from './stations.store';

export function createMapJobs(jobs: Accessor<Job[]>): Accessor<Job[]> {
  const [passing] = createResource(
    () => showJobs() && hasFilters(jobFilters()) && { filters: jobFilters(), here: position() },
    async ({ filters, here }) => {
      const { hits } = await (await matchWorker()).search('', toSearchOptions(filters, here, Number.MAX_SAFE_INTEGER));
      return new Set(hits.map((h) => h.id));
    },
  );
  return createMemo(() => {
    const placed = jobs().filter(isPlacedOpenJob);
    const ids = hasFilters(jobFilters()) ? passing.latest : null;
    return ids ? placed.filter((j) => ids.has(j.id)) : placed;
  });
}
