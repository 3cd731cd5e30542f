/** Changing where this phone is: the counties whose jobs it follows, and the place its user chose. */
import { MAX_FOLLOWED_COUNTIES } from '../../core/protocol';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import { updateSyncState } from '../../db/sync-state';

/**
 * Follow a place (a county or a town in it): its county joins the followed ones (the oldest
 * drops out past the limit) and becomes the home the forms start from.
 */
export async function followPlace(db: GigDb, code: string): Promise<void> {
  const county = countyOf(code);
  await updateSyncState(db, (state) => {
    state.counties = [...state.counties.filter((c) => c !== county), county].slice(-MAX_FOLLOWED_COUNTIES);
    state.home = code;
    state.askPlace = false;
  });
}

/** Stop following a county; with none left the phone asks again rather than taking every county. */
export async function unfollowCounty(db: GigDb, county: string): Promise<void> {
  await updateSyncState(db, (state) => {
    state.counties = state.counties.filter((c) => c !== county);
    if (state.home && countyOf(state.home) === county) state.home = state.counties.at(-1);
    if (state.counties.length === 0) state.askPlace = true;
  });
}

/** The user's explicit choice to download every county's jobs. */
export async function followEveryCounty(db: GigDb): Promise<void> {
  await updateSyncState(db, (state) => {
    state.counties = [];
    state.home = undefined;
    state.askPlace = false;
  });
}
