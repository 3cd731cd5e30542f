/** me: the 我的 tab (account, the role's own work first, what waits to be sent and what was refused, followed places, language). */
import { lazy } from 'solid-js';
import type { GigDb } from '../../db/db';

// The page resolves once its parts have loaded too, so it appears whole and nothing moves after.
export const MePage = lazy(() => import('./MePage').then((page) => page.partsLoaded.then(() => page)));

/** Writes in words, as 我的 lists them ("登记：张三（总寨镇）"): for a desk showing what a sync file holds. */
export async function describeWrites(
  db: GigDb,
  entries: readonly { name: string; args: unknown }[],
): Promise<string[]> {
  const { describeWrite } = await import('./writes');
  return Promise.all(entries.map((entry) => describeWrite(db, entry)));
}
