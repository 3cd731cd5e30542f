/**
 * The service worker's side of 提醒我: show each due reminder once as a notification.
 * Plain IndexedDB, not Dexie, to keep the worker small; the app's schema owns the table
 * (src/db/db.ts, version 6), so a database that does not exist yet or predates it is left alone.
 */
import { DB_NAME, isDue, REMINDERS, type Reminder } from '../db/reminder-row';

function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The app's database as it is, or null where the app has not made it (never creates one). */
function openAppDatabase(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      // A newer app version upgrading the schema must not wait for this worker.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** When the event's page is opened from the notification. */
const eventPath = (eventId: string) => `/events/${eventId}`;

/** Show the reminders that are due and not shown yet; returns how many were shown. */
export async function showDueReminders(registration: ServiceWorkerRegistration, now = Date.now()): Promise<number> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return 0;
  const db = await openAppDatabase();
  if (!db) return 0;
  try {
    if (!db.objectStoreNames.contains(REMINDERS)) return 0;
    const store = () => db.transaction(REMINDERS, 'readwrite').objectStore(REMINDERS);
    const candidates = await answer<Reminder[]>(store().index('dueAt').getAll(IDBKeyRange.upperBound(now)));
    const due = candidates.filter((reminder) => isDue(reminder, now) && reminder.notifiedAt === undefined);
    for (const reminder of due) {
      // The tag makes a second check (two wake-ups at once) replace the notification, not repeat it.
      await registration.showNotification(reminder.title, {
        body: reminder.body,
        tag: `event-${reminder.eventId}`,
        icon: '/icons/icon-192.png',
        data: { url: eventPath(reminder.eventId) },
      });
      await answer(store().put({ ...reminder, notifiedAt: now }));
    }
    return due.length;
  } finally {
    db.close();
  }
}
