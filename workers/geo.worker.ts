/**
 * The geo worker: nearest-station and within-radius queries over a spatial index it keeps
 * in step with the app's IndexedDB, off the main thread. Created only by
 * src/features/stations/geo-bridge.ts; everything else imports its API as a type.
 */
import '../src/core/legacy';
import { expose } from 'comlink';
import type { LatLon, StationFilter } from '../src/core/geo';
import { GigDb } from '../src/db/db';
import { LiveGeoIndex } from './geo/live-index';

const index = new LiveGeoIndex(new GigDb());

const api = {
  /** Resolves once stations and jobs have been indexed at least once. */
  ready: () => index.ready,
  onChange(listener: (revision: number) => void): void {
    index.onChange(listener);
  },
  async nearestStations(at: LatLon, filter: StationFilter, now: number, limit = 50, maxMeters?: number) {
    await index.ready;
    return index.nearestStations(at, filter, now, limit, maxMeters);
  },
  async jobsWithin(at: LatLon, meters: number) {
    await index.ready;
    return index.jobsWithin(at, meters);
  },
};

export type GeoWorkerApi = typeof api;
expose(api);
