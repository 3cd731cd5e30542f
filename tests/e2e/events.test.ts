/**
 * 招聘会·直播 end to end in Chromium at 360 px: a worker's phone, offline, opens a 直播带岗
 * and sets 提醒我; once due, the service worker shows it as a notification. Where
 * notifications are refused, the reminder shows in the app instead (a banner on opening,
 * the list on the calendar and on 我的). The desk schedules a session presenting one of its
 * county's jobs; a worker's phone gets it at the next sync, the job linked.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { describeBrowser, logInWithCode, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

const WORKER = '13800000005';
/** Two phones and a full sync each: the shared test machine needs more than the default. */
const SLOW = 360_000;
const step = (what: string) => process.env.E2E_STEPS && console.log(`[events] ${what}`);
const DESK = '13800000002';

/** Move this phone's reminder to a minute ago, as if its time had come (the worker reads `dueAt`). */
function makeRemindersDue(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gig-station');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reminders', 'readwrite');
          const store = tx.objectStore('reminders');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const reminder of all.result) store.put({ ...reminder, dueAt: Date.now() - 60_000 });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The notifications the app's service worker is showing: their titles. */
const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return ((await registration?.getNotifications()) ?? []).map((n) => n.title);
  });

/** From 服务 to the calendar, then a 直播带岗 session's page; returns its title. */
async function openLiveStream(page: Page): Promise<string> {
  await page.locator('a.tab[href="/services"]').click();
  await page.getByTestId('hub-events').click();
  await page.getByTestId('events-calendar').waitFor();
  const card = page.getByTestId('event-card').filter({ hasText: '直播带岗' }).first();
  const title = (await card.locator('h3').textContent()) ?? '';
  await card.click();
  await page.getByTestId('event').waitFor();
  return title;
}

describeBrowser('job fairs and live streams in Chromium', () => {
  const server = serverForTests();

  it(
    'a worker offline sets 提醒我 on a live stream; when it is due the service worker shows it',
    async () => {
      await withPhone(server, async (page, browser) => {
        await browser.context.grantPermissions(['notifications'], { origin: server.url });
        await logInWithCode(page, server, WORKER);
        await waitForSynced(page);
        step('worker logged in and synced');
        await browser.context.setOffline(true);
        const title = await openLiveStream(page);
        step(`opened ${title}`);
        // The demo stream names its room and presents its station's jobs, from the phone's own table.
        await page.getByTestId('event-stream').filter({ hasText: '抖音' }).waitFor();
        await page.getByTestId('event-jobs').getByTestId('job-card').first().waitFor();
        await expectAccessible(page, 'event page');
        await page.getByTestId('remind-me').click();
        await page.getByTestId('reminder-set').filter({ hasText: '到时手机会弹出通知' }).waitFor();
        // Nothing is due yet: the session is days away.
        expect(await shownNotifications(page)).toEqual([]);

        step('reminder set');
        await makeRemindersDue(page);
        await page.reload(); // opening the app asks the service worker to check
        await expect.poll(() => shownNotifications(page), { timeout: 15_000 }).toEqual([title]);
        // Shown once: another check (the page coming back into view) does not repeat it.
        await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
        await page.waitForTimeout(1000);
        expect(await shownNotifications(page)).toEqual([title]);
      });
    },
    SLOW,
  );

  it(
    'with notifications refused, the due reminder shows as a banner and in the lists',
    async () => {
      await withPhone(
        server,
        async (page, browser) => {
          await waitForSynced(page);
          await browser.context.setOffline(true);
          const title = await openLiveStream(page);
          await page.getByTestId('remind-me').click();
          await page.getByTestId('reminder-set').filter({ hasText: '手机没有允许通知' }).waitFor();

          await makeRemindersDue(page);
          await page.goto(`${server.url}/`);
          const banner = page.getByTestId('reminder-banner');
          await banner.filter({ hasText: title }).waitFor();
          expect(await shownNotifications(page)).toEqual([]);
          await page.locator('a.tab[href="/me"]').click();
          await page.getByTestId('reminder-list').getByTestId('reminder-due').waitFor();
          await banner.getByRole('button', { name: '知道了' }).click();
          await banner.waitFor({ state: 'detached' });

          await page.goto(`${server.url}/events`);
          const due = page.getByTestId('reminder-list').getByTestId('reminder').filter({ hasText: title });
          await due.getByTestId('reminder-due').waitFor();
          await expectAccessible(page, 'events calendar');
        },
        ['--deny-permission-prompts'],
      );
    },
    SLOW,
  );

  it(
    'the desk schedules a live stream with one of its jobs; a worker sees it after sync, the job linked',
    async () => {
      const title = `城中区直播带岗 ${Date.now() % 10_000}`;
      const stored = async () =>
        (
          await server.db.query<{ id: string; job_ids: string[] }>(
            `SELECT id, data->'jobIds' AS job_ids FROM records WHERE kind = 'event' AND data->>'title' = $1`,
            [title],
          )
        )[0];
      await withPhone(server, async (desk) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        step('desk logged in and synced');
        await desk.goto(`${server.url}/events`);
        await desk.getByTestId('event-new').click();
        await desk.getByTestId('event-form').waitFor();
        await desk.selectOption('select[name=kind]', 'live_stream');
        await desk.fill('input[name=title]', title);
        await desk.selectOption('select[name=platform]', 'kuaishou');
        await desk.fill('input[name=room]', '城中区就业服务');
        await desk.locator('fieldset.choice').filter({ hasText: '带哪些岗位' }).locator('button').first().click();
        await expectAccessible(desk, 'event form');
        step('form filled');
        await desk.getByTestId('event-submit').click();
        await desk.getByTestId('event-saved').waitFor();
        const attached = desk.getByTestId('event-jobs').getByTestId('job-card');
        await attached.waitFor();
        expect(await attached.count()).toBe(1);
        // The desk's phone stays on until its write reached the server.
        await expect.poll(stored, { timeout: 60_000 }).toBeTruthy();
      });
      const { id, job_ids: jobIds } = (await stored())!;
      expect(jobIds).toHaveLength(1);

      step('event on the server');
      await withPhone(server, async (page) => {
        await waitForSynced(page);
        step('worker synced');
        await page.goto(`${server.url}/events`);
        await page.getByTestId('event-card').filter({ hasText: title }).click();
        await page.getByTestId('event-stream').filter({ hasText: '快手' }).waitFor();
        expect(page.url()).toContain(`/events/${id}`);
        const job = page.getByTestId('event-jobs').getByTestId('job-card');
        await job.waitFor();
        expect(await job.getAttribute('data-job-id')).toBe(jobIds[0]);
        expect(await page.getByTestId('event-job-missing').count()).toBe(0);
      });
    },
    SLOW,
  );
});
