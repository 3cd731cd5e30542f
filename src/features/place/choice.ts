/** Whether the user has said where they are (read by the first bundle's job list: keep it small). */
import { isStaff } from '../../core/roles';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import { actorOf, readSession } from '../../db/session';
import { peekSyncState } from '../../db/sync-state';

export interface PlaceChoice {
  /** The user has not said where they are: the job list asks, and no county's jobs are pulled. */
  asking: boolean;
  counties: string[];
  /** The counties whose jobs come first on the job list, the user's home county first. */
  nearFirst: string[];
}

export async function placeChoice(db: GigDb): Promise<PlaceChoice> {
  const [state, session] = await Promise.all([peekSyncState(db), readSession(db)]);
  const actor = actorOf(session);
  // Staff always get the counties they work in: their place is known without asking.
  const staffCounties = isStaff(actor) && actor.role !== 'admin' ? actor.counties : [];
  // No state yet is a phone that never synced: it is asked too.
  const counties = state?.counties ?? [];
  const asking =
    (state === undefined || state.askPlace === true) && counties.length === 0 && staffCounties.length === 0;
  const home = state?.home ? countyOf(state.home) : undefined;
  const followed = counties.length > 0 ? counties : staffCounties;
  return {
    asking,
    counties,
    nearFirst: [...followed].sort((a, b) => Number(b === home) - Number(a === home)),
  };
}
