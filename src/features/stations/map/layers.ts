/** GeoJSON for the map's overlay sources, built from IndexedDB records. */
import type { Feature, FeatureCollection } from 'geojson';
import { circleRing, type LatLon, reachMeters, SERVICE_CIRCLE_MINUTES, type TravelMode } from '../../../core/geo';
import type { Job, Station } from '../../../core/records';
import { t } from '../strings';

type Collection = FeatureCollection;

const point = (at: LatLon, properties: Record<string, string | number> = {}): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
  properties,
});

export function stationFeatures(stations: readonly Station[]): Collection {
  return {
    type: 'FeatureCollection',
    features: stations.map((s) => point(s, { id: s.id, name: s.name, kind: s.kind })),
  };
}

export function jobFeatures(jobs: readonly Job[]): Collection {
  return {
    type: 'FeatureCollection',
    features: jobs.flatMap((j) =>
      j.lat === undefined || j.lon === undefined ? [] : [point({ lat: j.lat, lon: j.lon }, { id: j.id })],
    ),
  };
}

export function positionFeatures(at: LatLon | null): Collection {
  return { type: 'FeatureCollection', features: at ? [point(at)] : [] };
}

const RINGS: { mode: TravelMode; color: string; label: 'map.ringWalk' | 'map.ringEbike' }[] = [
  { mode: 'walk', color: '#1b7f4b', label: 'map.ringWalk' },
  { mode: 'ebike', color: '#1f5fbf', label: 'map.ringEbike' },
];

/** The "15-minute circle" on foot and by 电动车, around `center`. */
export function ringFeatures(center: LatLon | null): Collection {
  if (!center) return { type: 'FeatureCollection', features: [] };
  return {
    type: 'FeatureCollection',
    features: RINGS.map((ring) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [circleRing(center, reachMeters(SERVICE_CIRCLE_MINUTES, ring.mode))] },
      properties: { color: ring.color, label: t(ring.label, { n: SERVICE_CIRCLE_MINUTES }) },
    })),
  };
}

/** [[west, south], [east, north]] around some points, or null for none. */
export function boundsOf(points: readonly LatLon[]): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
