/**
 * events: 招聘会·直播 — the calendar, a session's page with its jobs and 提醒我, the desk's
 * form, and the reminders (a list for 我的, the banner and service-worker checks in the shell).
 * Every part loads on demand.
 */
import { lazy } from 'solid-js';

export const EventsCalendar = lazy(() => import('./EventsCalendar'));
export const EventPage = lazy(() => import('./EventPage'));
export const EventForm = lazy(() => import('./EventForm'));
/** 我的提醒: the reminders set on this phone, due ones marked (我的 shows it). */
export const ReminderList = lazy(() => import('./ReminderList'));
/** In the shell: asks the service worker to show due reminders, and shows them as a banner. */
export const ReminderWatch = lazy(() => import('./ReminderWatch'));
