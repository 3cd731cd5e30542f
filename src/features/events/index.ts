/**
 * events: 招聘会·直播 — the calendar, a session's page with its jobs and 提醒我, the desk's
 * form, and the reminders (a list for 我的, the banner and service-worker checks in the shell).
 * Every part loads on demand.
 */
import { lazy } from 'solid-js';
import type { GigDb } from '../../db/db';

export const EventsCalendar = lazy(() => import('./EventsCalendar'));
export const EventPage = lazy(() => import('./EventPage'));
export const EventForm = lazy(() => import('./EventForm'));
/** 我的提醒: the reminders set on this phone, due ones marked (我的 shows it). */
export const ReminderList = lazy(() => import('./ReminderList'));
/** Whether this phone holds any 提醒我 (a count on its own table, cheap enough for the shell). */
export const holdsReminders = (db: GigDb): Promise<boolean> => db.reminders.count().then((n) => n > 0);
/**
 * In the shell while the phone holds reminders: asks the service worker to show due ones, and
 * shows them as a banner.
 * Loaded by hand rather than lazy(): the shell shows it once loaded, with no Suspense
 * boundary, so it never holds up the page and the first bundle carries no Suspense.
 */
export const loadReminderWatch = () => import('./ReminderWatch').then((module) => module.default);
