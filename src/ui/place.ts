/**
 * Where a new record starts in every form (job post, seeker registration, 求助): the user's
 * own place, never the first county of a list. Staff: their station's place (the first of
 * their stations on the phone), else the place they chose if it is one of their counties,
 * else their first county. Everyone else: the place they chose (features/place), else the
 * first county they follow. '' when nothing is known: the form then asks.
 */
import { isStaff } from '../core/roles';
import { countyOf } from '../core/regions/codes';
import type { GigDb } from '../db/db';
import { actorOf, readSession } from '../db/session';
import { peekSyncState } from '../db/sync-state';

export async function homePlace(db: GigDb): Promise<string> {
  const actor = actorOf(await readSession(db));
  const state = await peekSyncState(db);
  const chosen = state?.home ?? state?.counties[0] ?? '';
  if (!isStaff(actor) || actor.role === 'admin') return chosen;
  for (const id of actor.stationIds) {
    const station = await db.stations.get(id);
    if (station) return station.regionCode;
  }
  if (chosen && actor.counties.includes(countyOf(chosen))) return chosen;
  return actor.counties[0] ?? chosen;
}
