/**
 * A static k-d tree over points with great-circle "nearest" and "within radius" queries
 * (kdbush + geokdbush: ~0.05 ms a query at 100k points vs ~2.5 ms for a scan, MAPS.md §4).
 * Immutable: when the data changes the owner builds a new one (~50 ms for 100k points).
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { distanceMeters, type LatLon } from '../../src/core/geo';

export interface Near<T> {
  item: T;
  meters: number;
}

export class PointIndex<T extends LatLon> {
  private readonly index: KDBush | null;

  constructor(readonly items: readonly T[]) {
    if (items.length === 0) {
      this.index = null;
      return;
    }
    this.index = new KDBush(items.length);
    for (const p of items) this.index.add(p.lon, p.lat);
    this.index.finish();
  }

  /** Closest first; `keep` filters during the search, so `limit` counts matching items only. */
  nearest(at: LatLon, limit = Infinity, maxMeters = Infinity, keep?: (item: T) => boolean): Near<T>[] {
    if (!this.index) return [];
    const ids = around(this.index, at.lon, at.lat, limit, maxMeters / 1000, keep && ((i) => keep(this.items[i])));
    return ids.map((i) => ({ item: this.items[i], meters: distanceMeters(at, this.items[i]) }));
  }

  within(at: LatLon, meters: number, keep?: (item: T) => boolean): Near<T>[] {
    return this.nearest(at, Infinity, meters, keep);
  }
}
