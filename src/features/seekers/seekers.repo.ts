/** Seeker profiles on this device: the user's own ("我的求职意向") and those staff registered. */
import type { Seeker } from '../../core/records';
import type { GigDb } from '../../db/db';

const MY_PROFILE = 'me.seekerId';

export async function myProfile(db: GigDb): Promise<Seeker | undefined> {
  const id = (await db.meta.get(MY_PROFILE))?.value as string | undefined;
  return id ? db.seekers.get(id) : undefined;
}

export async function rememberMyProfile(db: GigDb, id: string): Promise<void> {
  await db.meta.put({ key: MY_PROFILE, value: id });
}

export function seekersByIds(db: GigDb, ids: string[]): Promise<(Seeker | undefined)[]> {
  return db.seekers.bulkGet(ids);
}

export function seekerCount(db: GigDb): Promise<number> {
  return db.seekers.count();
}
