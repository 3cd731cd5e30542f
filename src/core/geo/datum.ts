/**
 * Datums at the input and output edges (MAPS.md §5). The app stores WGS-84 only.
 * 高德/腾讯 coordinates are GCJ-02 and 百度's are BD-09, offset 0.3–1.4 km from GPS;
 * anything typed or pasted from those apps is converted here before it is stored, and
 * hand-offs to those apps convert back to their datum.
 */
import gcoord from 'gcoord';
import type { LatLon } from './distance';

export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Datum = (typeof DATUMS)[number];

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function convert(point: LatLon, from: Datum, to: Datum): LatLon {
  if (from === to) return point;
  const [lon, lat] = gcoord.transform([point.lon, point.lat], CRS[from], CRS[to]);
  return { lat: round6(lat), lon: round6(lon) };
}

export const toWgs84 = (point: LatLon, from: Datum) => convert(point, from, 'wgs84');

/**
 * Reads two numbers out of what people paste: "120.1949,30.2798" (高德's lon,lat),
 * "30.2798, 120.1949" (lat,lon), a share URL with `position=` or `location=`. Inside
 * China latitude (3–54) and longitude (73–136) ranges never overlap, so the order is
 * decided by value, not by guessing the source app.
 */
export function parseCoordinates(text: string): LatLon | null {
  const numbers = text.match(/-?\d{1,3}\.\d+/g)?.map(Number) ?? [];
  if (numbers.length < 2) return null;
  const [a, b] = numbers;
  const isLat = (n: number) => n >= 3 && n <= 54;
  const isLon = (n: number) => n >= 73 && n <= 136;
  if (isLon(a) && isLat(b)) return { lat: b, lon: a };
  if (isLat(a) && isLon(b)) return { lat: a, lon: b };
  return null;
}
