/**
 * A light projection for the SVG point map used where WebGL is missing: equirectangular,
 * x scaled by cos(mid-latitude), fitted to a box. Good enough at county scale, no library.
 */
import type { LatLon } from './distance';

export interface Fit {
  project(point: LatLon): { x: number; y: number };
}

export function fitPoints(points: readonly LatLon[], width: number, height: number, padding = 16): Fit {
  if (points.length === 0) return { project: () => ({ x: width / 2, y: height / 2 }) };
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  // A single point (or a tight cluster) still gets a ~1 km frame instead of a division by zero.
  const spanX = Math.max((maxLon - minLon) * k, 0.01);
  const spanY = Math.max(maxLat - minLat, 0.01);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const cx = (minLon + maxLon) / 2;
  const cy = (minLat + maxLat) / 2;
  return {
    project: (p) => ({ x: width / 2 + (p.lon - cx) * k * scale, y: height / 2 - (p.lat - cy) * scale }),
  };
}
