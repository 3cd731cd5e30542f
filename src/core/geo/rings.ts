/**
 * Ring polygons for "reachable in 15 minutes". Drawn as polygons in metres: a MapLibre
 * circle layer's radius is in pixels and would not scale with zoom.
 */
import { destination, type LatLon } from './distance';

/** A closed GeoJSON ring ([lon, lat] pairs) approximating a circle of `meters` around `center`. */
export function circleRing(center: LatLon, meters: number, steps = 64): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const p = destination(center, meters, (360 * i) / steps);
    ring.push([p.lon, p.lat]);
  }
  ring.push(ring[0]);
  return ring;
}
