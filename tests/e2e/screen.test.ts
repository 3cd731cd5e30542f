/**
 * Issue 13 in Chromium: the desk edits its station offline (services, hours, phone), twice
 * in a row; the station page shows each change at once, and after reconnecting the server
 * holds the second (not refused as stale). Then 大屏: it opens on the desk's device, turns to
 * the next panel after the interval, and after going offline and reloading still shows the
 * county's jobs and keeps turning. Big type at 1920×1080, one column at 360 px.
 */
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { describeBrowser, deskStation, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

/** Stations and one county's jobs matter here, not a large market: a short first sync. */
const DEMO = { jobs: 120, seekers: 10, stationsPerCounty: 1 };
const SLOW = 300_000;
const DESK = '13800000002';

describeBrowser('station editing and 大屏 in Chromium', () => {
  const server = serverForTests({ demo: DEMO });

  it(
    'the desk edits its station offline twice; the page shows it at once; the server takes both after reconnecting',
    async () => {
      const before = await deskStation(server, DESK);
      await withPhone(server, async (desk, browser) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        const form = desk.getByTestId('station-form');
        const openForm = async () => {
          await desk.locator('section[data-loaded]').getByTestId('station-form').waitFor();
        };
        await desk.getByTestId('desk-station-edit').click();
        await openForm();
        await expectAccessible(desk, '修改驿站信息');

        await browser.context.setOffline(true);
        // A service the station does not offer yet, by its words.
        const added = form.locator('fieldset button[aria-pressed=false]').first();
        const service = (await added.innerText()).trim();
        await added.click();
        const allDay = form.locator('button[name=allDay]');
        if ((await allDay.getAttribute('aria-pressed')) === 'true') await allDay.click();
        await form.locator('input[name=opens]').fill('07:30');
        // Half the hours: refused next to the field, nothing saved.
        await desk.getByTestId('station-submit').click();
        await form.locator('.field-error').filter({ hasText: '开放时间看不懂' }).waitFor();
        await form.locator('input[name=closes]').fill('19:00');
        await form.locator('input[name=phone]').fill('123');
        await desk.getByTestId('station-submit').click();
        await form.locator('.field-error').filter({ hasText: '电话号码不对' }).waitFor();
        await form.locator('input[name=phone]').fill('0971-8123456');
        await desk.getByTestId('station-submit').click();

        const page = desk.getByTestId('station-page');
        await desk.waitForURL((url) => url.pathname === `/stations/${before.id}`);
        await page.filter({ hasText: '07:30-19:00' }).filter({ hasText: service }).waitFor();
        await desk.getByTestId('station-pending').waitFor();
        expect(await desk.getByTestId('station-call').innerText()).toContain('0971-8123456');
        await expectAccessible(desk, 'station page after an edit');

        // A second edit before the first has reached the server.
        await desk.getByTestId('station-edit').click();
        await openForm();
        expect(await form.locator('input[name=phone]').inputValue()).toBe('0971-8123456');
        await form.locator('input[name=phone]').fill('0971-8123457');
        await desk.getByTestId('station-submit').click();
        await desk.getByTestId('station-call').filter({ hasText: '0971-8123457' }).waitFor();

        await browser.context.setOffline(false);
        await waitForSynced(desk);
        await desk.getByTestId('station-pending').waitFor({ state: 'detached' });
        const after = await deskStation(server, DESK);
        expect(after.phone).toBe('0971-8123457');
        expect(after.hours).toEqual({ allDay: false, daily: '07:30-19:00' });
        expect(after.services.length).toBe(before.services.length + 1);
        const [{ n }] = await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sync_mutation WHERE name = 'station.save' AND NOT ok`,
        );
        expect(n, 'no station edit refused').toBe(0);
      });
    },
    SLOW,
  );

  it(
    '大屏 turns its panels, and after going offline and reloading still shows jobs and turns',
    async () => {
      const station = await deskStation(server, DESK);
      await withPhone(server, async (hall, browser) => {
        await logInWithPassword(hall, server, DESK);
        await waitForSynced(hall);
        await hall.getByTestId('desk-screen-link').click();
        await hall.waitForURL((url) => url.pathname === `/screen/${station.id}`);
        await hall.goto(`${server.url}/screen/${station.id}?every=2`);
        const screen = hall.getByTestId('station-screen');
        const panel = hall.getByTestId('screen-panel');
        await screen.filter({ hasText: station.name }).waitFor();
        await hall.getByTestId('screen-job').first().waitFor();
        await expectAccessible(hall, '大屏');
        expect(await hall.getByTestId('screen-synced').innerText()).toMatch(/上次同步 \d{2}:\d{2}/);

        const turns = async () => {
          const first = await panel.getAttribute('data-panel');
          await expect.poll(() => panel.getAttribute('data-panel'), { timeout: 20_000 }).not.toBe(first);
        };
        await turns();

        // Read from across the hall: at 1920×1080 the body type is 32 px or more.
        await hall.setViewportSize({ width: 1920, height: 1080 });
        const size = await screen.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(32);
        await hall.setViewportSize({ width: 360, height: 740 });
        // And at 360 px nothing runs off the side.
        expect(await screen.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

        await browser.context.setOffline(true);
        await hall.reload();
        await screen.filter({ hasText: station.name }).waitFor();
        await panel.locator('[data-testid=screen-job]').first().waitFor({ timeout: 20_000 });
        expect(await hall.getByTestId('screen-job').first().getByTestId('qr-code').count()).toBe(1);
        await turns();
      });
    },
    SLOW,
  );
});
