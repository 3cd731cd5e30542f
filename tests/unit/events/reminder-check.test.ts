/**
 * The service worker's reminder check (src/pwa/reminder-check.ts) over the app's real
 * database on fake-indexeddb: it shows each due reminder once, with the session's page to
 * open; nothing without permission; and it never creates the app's database itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { DB_NAME, GigDb } from '../../../src/db/db';
import type { Reminder } from '../../../src/db/reminder-row';
import { showDueReminders } from '../../../src/pwa/reminder-check';

const NOW = 1_800_000_000_000;
const MINUTE = 60_000;

/** What the worker asked the browser to show: the browser's side of showNotification. */
function notificationTray() {
  const shown: { title: string; options?: NotificationOptions }[] = [];
  const registration = {
    showNotification: async (title: string, options?: NotificationOptions) => void shown.push({ title, options }),
  } as ServiceWorkerRegistration;
  return { shown, registration };
}

function reminder(overrides: Partial<Reminder>): Reminder {
  return {
    eventId: uuidv7(),
    dueAt: NOW - MINUTE,
    startsAt: NOW + 9 * MINUTE,
    endsAt: NOW + 180 * MINUTE,
    title: '总寨镇直播带岗',
    body: '直播带岗 · 今天 10:00',
    ...overrides,
  };
}

const permission = (value: NotificationPermission) =>
  Object.assign(globalThis, { Notification: { permission: value } });

describe('reminders shown by the service worker', () => {
  afterEach(async () => {
    await new GigDb(DB_NAME).delete();
  });

  it('never creates the app’s database where the app has not made it', async () => {
    permission('granted');
    const { shown, registration } = notificationTray();
    expect(await showDueReminders(registration, NOW)).toBe(0);
    const existed = await new Promise<boolean>((resolve) => {
      const open = indexedDB.open(DB_NAME);
      open.onupgradeneeded = () => resolve(false);
      open.onsuccess = () => {
        open.result.close();
        resolve(true);
      };
    });
    expect(existed).toBe(false);
    expect(shown).toEqual([]);
  });

  describe('with reminders on the phone', () => {
    let db: GigDb;
    const due = reminder({});
    beforeEach(async () => {
      db = new GigDb(DB_NAME);
      await db.reminders.bulkPut([
        due,
        reminder({ title: '还没到时间', dueAt: NOW + MINUTE }),
        reminder({ title: '已经结束', dueAt: NOW - 300 * MINUTE, endsAt: NOW - MINUTE }),
        reminder({ title: '已经通知过', notifiedAt: NOW - 2 * MINUTE }),
      ]);
      db.close();
    });

    it('shows each due reminder once, when it is due, opening its session, and records that it did', async () => {
      permission('granted');
      const { shown, registration } = notificationTray();
      expect(await showDueReminders(registration, NOW)).toBe(1);
      expect(shown).toEqual([
        {
          title: due.title,
          options: expect.objectContaining({
            body: due.body,
            tag: `event-${due.eventId}`,
            data: { url: `/events/${due.eventId}` },
          }),
        },
      ]);
      // Woken again (a page's minute timer, a visibility change): nothing new yet, nothing twice.
      expect(await showDueReminders(registration, NOW + 1000)).toBe(0);
      expect(await showDueReminders(registration, NOW + MINUTE)).toBe(1);
      expect(shown.map((s) => s.title)).toEqual([due.title, '还没到时间']);
      db = new GigDb(DB_NAME);
      expect((await db.reminders.get(due.eventId))?.notifiedAt).toBe(NOW);
    });

    it('shows nothing while notifications are not allowed, and leaves the reminder due', async () => {
      permission('denied');
      const { shown, registration } = notificationTray();
      expect(await showDueReminders(registration, NOW)).toBe(0);
      expect(shown).toEqual([]);
      db = new GigDb(DB_NAME);
      expect((await db.reminders.get(due.eventId))?.notifiedAt).toBeUndefined();
    });
  });
});
