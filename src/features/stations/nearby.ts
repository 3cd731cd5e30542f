/**
 * Distance questions, answered by the geo worker's spatial index (never a scan on the
 * main thread): stations nearest first, and what lies inside the 15-minute e-bike ring.
 */
import { type Accessor, createMemo, createResource } from 'solid-js';
import { reachMeters, SERVICE_CIRCLE_MINUTES } from '../../core/geo';
import type { Job, Station } from '../../core/records';
import { position } from '../../ui/geolocation';
import { geoRevision, geoWorker } from './geo-bridge';
import { stationFilter } from './stations.store';

const RING_METERS = reachMeters(SERVICE_CIRCLE_MINUTES, 'ebike');

export function createNearby(stations: Accessor<Station[]>, jobs: Accessor<Job[]>, now: Accessor<number>) {
  // Re-asked when the position, the filters, the clock or the worker's index change.
  const question = () => {
    const at = position();
    return at && { at, filter: stationFilter(), now: now(), revision: geoRevision() };
  };
  const [nearest] = createResource(question, ({ at, filter, now }) =>
    geoWorker().nearestStations(at, filter, now, 500),
  );
  const [inRing] = createResource(question, async ({ at, filter, now }) => {
    const [s, j] = await Promise.all([
      geoWorker().nearestStations(at, filter, now, Infinity, RING_METERS),
      geoWorker().jobsWithin(at, RING_METERS),
    ]);
    return { stations: s.length, jobIds: j.map((n) => n.id) };
  });

  /** The shown stations, nearest first once located; otherwise in stored order. */
  const ordered = createMemo<Station[]>(() => {
    const near = nearest.latest;
    if (!position() || !near) return stations();
    const rank = new Map(near.map((n, i) => [n.id, i]));
    return [...stations()].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  });

  /** Stations and shown jobs inside the ring; the worker finds them, the job filters narrow them. */
  const ringCounts = createMemo(() => {
    const found = inRing.latest;
    if (!position() || !found) return null;
    const shown = new Set(jobs().map((j) => j.id));
    return { stations: found.stations, jobs: found.jobIds.filter((id) => shown.has(id)).length };
  });

  return { ordered, ringCounts };
}
