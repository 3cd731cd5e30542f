/**
 * 我的驿站's choices, nearest first. Apart from seekers.repo.ts, which the job list loads in the
 * first bundle: distances pull in the geography code, which only the profile form needs.
 */
import { distanceMeters, type LatLon } from '../../core/geo';
import type { Station } from '../../core/records';
import type { GigDb } from '../../db/db';

/** How many leading digits two region codes share: same village 12, same town 9, same county 6. */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Every station, nearest first: by distance when the phone knows where it is (asked only
 * with consent, elsewhere), else those in the person's village, town, county first.
 */
export async function stationsNearest(db: GigDb, regionCode: string, from: LatLon | null): Promise<Station[]> {
  const stations = await db.stations.toArray();
  const rank = (s: Station) => (from ? distanceMeters(from, s) : -sharedPrefix(regionCode, s.regionCode));
  return stations.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh'));
}
