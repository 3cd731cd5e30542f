/** Seeker profiles on this device: the user's own ("我的求职意向") and those staff registered. */
import type { Review, Seeker } from '../../core/records';
import type { GigDb } from '../../db/db';
import { readSession } from '../../db/session';

const MY_PROFILE = 'me.seekerId';

export async function myProfile(db: GigDb): Promise<Seeker | undefined> {
  const id = (await db.meta.get(MY_PROFILE))?.value as string | undefined;
  const remembered = id ? await db.seekers.get(id) : undefined;
  if (remembered) return remembered;
  // Made on another phone, or merged by the desk into the one kept: the account's own profile.
  const account = (await readSession(db))?.account;
  if (account?.role !== 'worker') return undefined;
  return db.seekers.filter((s) => s.registeredBy === 'self' && s.registeredByUser === account.id).first();
}

export async function rememberMyProfile(db: GigDb, id: string): Promise<void> {
  await db.meta.put({ key: MY_PROFILE, value: id });
}

export function seekersByIds(db: GigDb, ids: string[]): Promise<(Seeker | undefined)[]> {
  return db.seekers.bulkGet(ids);
}

/** Open review items with the profiles they are about, oldest first. */
export async function openReviews(db: GigDb): Promise<{ review: Review; seekers: (Seeker | undefined)[] }[]> {
  const reviews = await db.reviews.where('status').equals('open').sortBy('updatedAt');
  return Promise.all(reviews.map(async (review) => ({ review, seekers: await db.seekers.bulkGet(review.seekerIds) })));
}

/** The last merges decided on this device's reviews, newest first, with the profile kept: they can be undone. */
export async function recentMerges(db: GigDb): Promise<{ review: Review; kept: Seeker | undefined }[]> {
  const merged = (await db.reviews.where('status').equals('merged').sortBy('resolvedAt')).reverse().slice(0, 10);
  return Promise.all(
    merged.map(async (review) => ({ review, kept: review.merge && (await db.seekers.get(review.merge.keep)) })),
  );
}

export function openReviewCount(db: GigDb): Promise<number> {
  return db.reviews.where('status').equals('open').count();
}

export function seekerCount(db: GigDb): Promise<number> {
  return db.seekers.count();
}
