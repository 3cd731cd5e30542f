/** Whether the user has said where they are (read by the first bundle's job list: keep it small). */
import type { GigDb } from '../../db/db';
import { peekSyncState } from '../../db/sync-state';

export interface PlaceChoice {
  /** The user has not said where they are: the job list asks, and no county's jobs are pulled. */
  asking: boolean;
  counties: string[];
  /** The followed counties, the one the user chose last (their home) first. */
  nearFirst: string[];
}

export async function placeChoice(db: GigDb): Promise<PlaceChoice> {
  const state = await peekSyncState(db);
  // No state yet is a phone that never synced: it is asked too.
  if (!state) return { asking: true, counties: [], nearFirst: [] };
  const home = state.home?.slice(0, 6);
  return {
    asking: state.askPlace === true && state.counties.length === 0,
    counties: state.counties,
    nearFirst: [...state.counties].sort((a, b) => Number(b === home) - Number(a === home)),
  };
}
