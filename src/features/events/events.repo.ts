/** Sessions, their jobs and this phone's reminders, read from the phone's database. */
import { countyOf } from '../../core/regions/codes';
import type { Event, Job } from '../../core/records';
import type { GigDb } from '../../db/db';
import { isDue, type Reminder } from '../../db/reminder-row';
import { peekSyncState } from '../../db/sync-state';
import type { Where } from './calendar';

export async function allEvents(db: GigDb): Promise<Event[]> {
  return db.events.orderBy('startsAt').toArray();
}

export const eventById = (db: GigDb, id: string): Promise<Event | undefined> => db.events.get(id);

/** Which counties the calendar shows, and which comes first. */
export async function followedPlaces(db: GigDb): Promise<Where> {
  const state = await peekSyncState(db);
  return { counties: state?.counties ?? [], home: state?.home };
}

/** The attached jobs in the session's order; a job the phone does not hold is `job: undefined`. */
export async function attachedJobs(db: GigDb, event: Event): Promise<{ id: string; job?: Job }[]> {
  const ids = event.jobIds ?? [];
  const jobs = await db.jobs.bulkGet(ids);
  return ids.map((id, i) => ({ id, job: jobs[i]?.deleted ? undefined : jobs[i] }));
}

/** Open jobs a desk may attach: those of its counties, newest first. */
export async function attachableJobs(db: GigDb, counties: readonly string[]): Promise<Job[]> {
  const jobs = await db.jobs
    .where('regionCode')
    .startsWithAnyOf([...counties])
    .toArray();
  return jobs
    .filter((job) => !job.deleted && job.status === 'open' && counties.includes(countyOf(job.regionCode)))
    .sort((a, b) => b.postedAt - a.postedAt);
}

export const reminderFor = (db: GigDb, eventId: string): Promise<Reminder | undefined> => db.reminders.get(eventId);

export const allReminders = (db: GigDb): Promise<Reminder[]> => db.reminders.orderBy('dueAt').toArray();

export async function setReminder(db: GigDb, reminder: Reminder): Promise<void> {
  await db.reminders.put(reminder);
}

export async function dropReminder(db: GigDb, eventId: string): Promise<void> {
  await db.reminders.delete(eventId);
}

/** The user has seen it in the app: no banner for it any more. */
export async function markSeen(db: GigDb, eventId: string, now: number): Promise<void> {
  await db.reminders.update(eventId, { seenAt: now });
}

/** Due reminders the user has not seen in the app: the banner's. */
export const unseenDue = (reminders: readonly Reminder[], now: number): Reminder[] =>
  reminders.filter((r) => isDue(r, now) && r.seenAt === undefined);

/** Reminders the service worker still has to show (none shown yet, session not over). */
export const waitingToNotify = (reminders: readonly Reminder[], now: number): boolean =>
  reminders.some((r) => r.notifiedAt === undefined && now < r.endsAt);

/** Ended sessions' reminders are dropped when the list is read: they are no use any more. */
export async function dropEnded(db: GigDb, now: number): Promise<void> {
  await db.reminders.filter((r) => r.endsAt <= now).delete();
}
