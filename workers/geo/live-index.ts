/**
 * Keeps spatial indexes of stations and open jobs in step with IndexedDB: Dexie's live
 * queries re-run when a sync or another tab writes, and each result replaces the index.
 */
import { isPlacedOpenJob, type LatLon, matchesStation, type StationFilter } from '../../src/core/geo';
import type { Job, Station } from '../../src/core/records';
import type { GigDb } from '../../src/db/db';
import { observe, type Subscription } from '../../src/db/live';
import { PointIndex } from './point-index';

type PlacedJob = Job & LatLon;

export interface NearStation {
  id: string;
  meters: number;
}

export interface NearJob {
  id: string;
  meters: number;
}

/** A promise and its resolver (Promise.withResolvers is too new for the phones we target). */
function latch() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve: () => resolve() };
}

export class LiveGeoIndex {
  private stations = new PointIndex<Station>([]);
  private jobs = new PointIndex<PlacedJob>([]);
  private revision = 0;
  private readonly listeners = new Set<(revision: number) => void>();
  private readonly subscriptions: Subscription[];
  readonly ready: Promise<void>;

  constructor(db: GigDb) {
    const stationsLoaded = latch();
    const jobsLoaded = latch();
    this.ready = Promise.all([stationsLoaded.promise, jobsLoaded.promise]).then(() => {});
    const fail = (error: unknown) => console.error('[geo worker]', error);
    this.subscriptions = [
      observe(
        () => db.stations.filter((s) => !s.deleted).toArray(),
        (rows) => {
          this.stations = new PointIndex(rows);
          this.changed();
          stationsLoaded.resolve();
        },
        fail,
      ),
      observe(
        () => db.jobs.where('status').equals('open').filter(isPlacedOpenJob).toArray(),
        (rows) => {
          this.jobs = new PointIndex(rows as PlacedJob[]);
          this.changed();
          jobsLoaded.resolve();
        },
        fail,
      ),
    ];
  }

  /** Called with the new revision after every rebuild, so callers can re-ask. */
  onChange(listener: (revision: number) => void): void {
    this.listeners.add(listener);
  }

  nearestStations(at: LatLon, filter: StationFilter, now: number, limit: number, maxMeters = Infinity): NearStation[] {
    return this.stations
      .nearest(at, limit, maxMeters, (s) => matchesStation(s, filter, now))
      .map((n) => ({ id: n.item.id, meters: n.meters }));
  }

  /** Open jobs within `meters`; the caller narrows them by the job list's filters. */
  jobsWithin(at: LatLon, meters: number): NearJob[] {
    return this.jobs.within(at, meters).map((n) => ({ id: n.item.id, meters: n.meters }));
  }

  close(): void {
    for (const s of this.subscriptions) s.unsubscribe();
  }

  private changed(): void {
    this.revision += 1;
    for (const listener of this.listeners) listener(this.revision);
  }
}
