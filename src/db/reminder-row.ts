/**
 * A 提醒我 as the phone keeps it: a device-only row (never synced), read by the app and by
 * the service worker, which opens the database without Dexie. Kept free of imports so the
 * worker carries only these few lines.
 */
export const DB_NAME = 'gig-station';
export const REMINDERS = 'reminders';

export interface Reminder {
  eventId: string;
  /** When to remind: a while before the session starts (features/events › remindAt). */
  dueAt: number;
  startsAt: number;
  /** After this the reminder is no use: it is not shown any more. */
  endsAt: number;
  /** The notification's words, in the language of the moment it was set: the worker has no catalog. */
  title: string;
  body: string;
  /** When the service worker showed it as a notification. */
  notifiedAt?: number;
  /** When the user saw it in the app (opened the session, or closed the banner). */
  seenAt?: number;
}

/** Time to remind, and the session not over yet. */
export const isDue = (reminder: Reminder, now: number): boolean => reminder.dueAt <= now && now < reminder.endsAt;
