import { afterEach, describe, expect, it } from 'vitest';
import { distanceMeters, NO_STATION_FILTER } from '../../../src/core/geo';
import type { Job, Station } from '../../../src/core/records';
import { GigDb } from '../../../src/db/db';
import { LiveGeoIndex } from '../../../workers/geo/live-index';
import { PointIndex } from '../../../workers/geo/point-index';

/** Deterministic pseudo-random points around 总寨镇. */
function points(n: number) {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, lat: 36.5 + rnd() * 0.4, lon: 101.6 + rnd() * 0.4 }));
}

describe('PointIndex', () => {
  const items = points(2000);
  const index = new PointIndex(items);
  const at = { lat: 36.7, lon: 101.8 };

  it('nearest agrees with a brute-force scan', () => {
    const brute = items
      .map((p) => ({ id: p.id, meters: distanceMeters(at, p) }))
      .sort((a, b) => a.meters - b.meters)
      .slice(0, 10);
    expect(index.nearest(at, 10).map((n) => n.item.id)).toEqual(brute.map((b) => b.id));
    expect(index.nearest(at, 10)[0].meters).toBeCloseTo(brute[0].meters, 3);
  });

  it('within radius returns exactly the points inside it', () => {
    const inside = index.within(at, 3000);
    expect(inside.length).toBe(items.filter((p) => distanceMeters(at, p) <= 3000).length);
    expect(inside.every((n) => n.meters <= 3000)).toBe(true);
  });

  it('filters during the search and copes with no points', () => {
    expect(index.nearest(at, 3, Infinity, (p) => p.id.endsWith('7')).every((n) => n.item.id.endsWith('7'))).toBe(true);
    expect(new PointIndex([]).nearest(at, 5)).toEqual([]);
  });
});

describe('LiveGeoIndex over IndexedDB', () => {
  let db: GigDb;
  let live: LiveGeoIndex;
  afterEach(async () => {
    live?.close();
    await db?.delete();
  });

  const station = (id: string, lat: number, lon: number, over: Partial<Station> = {}) =>
    ({
      id,
      version: 1,
      updatedAt: 0,
      deleted: false,
      name: id,
      kind: '零工驿站',
      regionCode: '630103100',
      address: 'x',
      lat,
      lon,
      hours: { allDay: true },
      services: ['water'],
      ...over,
    }) as Station;

  it('answers from the stored stations and follows later writes', async () => {
    db = new GigDb(`geo-test-${Math.random()}`);
    await db.stations.bulkPut([station('near', 36.54, 101.75), station('far', 36.9, 101.9, { services: ['toilet'] })]);
    await db.jobs.put({
      id: 'j1',
      status: 'open',
      deleted: false,
      lat: 36.541,
      lon: 101.751,
      payPeriod: 'daily',
    } as Job);
    live = new LiveGeoIndex(db);
    await live.ready;
    const here = { lat: 36.5357, lon: 101.7466 };
    expect(live.nearestStations(here, NO_STATION_FILTER, 0, 5).map((s) => s.id)).toEqual(['near', 'far']);
    expect(live.nearestStations(here, { ...NO_STATION_FILTER, services: ['toilet'] }, 0, 5).map((s) => s.id)).toEqual([
      'far',
    ]);
    expect(live.jobsWithin(here, 1000).map((j) => j.id)).toEqual(['j1']);

    const rebuilt = new Promise<number>((resolve) => live.onChange(resolve));
    await db.stations.put(station('nearest', 36.5358, 101.7467));
    await rebuilt;
    expect(live.nearestStations(here, NO_STATION_FILTER, 0, 1)[0].id).toBe('nearest');
  });
});
