/** "用我的位置": the county of the station nearest to where the phone is. */
import { distanceMeters } from '../../core/geo';
import type { Station } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import type { Position } from '../../ui/geolocation';

export interface NearestCounty {
  county: string;
  station: Station;
  meters: number;
}

export function nearestCounty(here: Position, stations: readonly Station[]): NearestCounty | undefined {
  let best: NearestCounty | undefined;
  for (const station of stations) {
    if (station.deleted) continue;
    const meters = distanceMeters(here, { lat: station.lat, lon: station.lon });
    if (!best || meters < best.meters) best = { county: countyOf(station.regionCode), station, meters };
  }
  return best;
}
