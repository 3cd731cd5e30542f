/**
 * A stranger's walk through the demo (walkfix-scope): field staff register villagers offline
 * and hand them to their town's station, whose desk then lists them; a worker's named 求助
 * reaches their 我的驿站, whose desk sees who asked and can call them back.
 */
import { expect, it } from 'vitest';
import { countyOf } from '../../src/core/regions/codes';
import { expectAccessible } from './axe';
import {
  chooseOccupation,
  describeBrowser,
  type FileServer,
  logInWithCode,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const DESK = '13800000002';
const FIELD = '13800000003';
const WORKER = '13800000005';

/** The demo desk's station: the field worker's county is its county. */
async function deskStation(server: FileServer): Promise<{ id: string; name: string; regionCode: string }> {
  const [station] = await server.db.query<{ id: string; name: string; regionCode: string }>(
    `SELECT s.id, s.data->>'name' AS name, s.data->>'regionCode' AS "regionCode"
       FROM records s JOIN accounts a ON a.phone = $1 WHERE s.kind = 'station' AND a.station_ids ? s.id::text`,
    [DESK],
  );
  return station;
}

describeBrowser('from the field and the worker to the desk, in Chromium', () => {
  const server = serverForTests({ demo: { jobs: 200, seekers: 5, stationsPerCounty: 2 } });

  it('field staff register two villagers offline, handed to their town’s station by default; that desk lists them', async () => {
    const station = await deskStation(server);
    await withPhone(server, async (page, browser) => {
      await logInWithPassword(page, server, FIELD);
      await waitForSynced(page);
      await browser.context.setOffline(true);
      for (const name of ['马大姐', '韩师傅']) {
        await page.goto(`${server.url}/seekers/new`);
        await page.fill('input[name=name]', name);
        // Only their own county is offered: no 河东区 for a 城南新区 field worker.
        const counties = await page
          .locator('select[name=county] option')
          .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
        expect(counties).toEqual([countyOf(station.regionCode)]);
        await page.selectOption('select[name=town]', station.regionCode.slice(0, 9));
        await chooseOccupation(page, 'cleaner');
        // 交给哪个驿站 follows the person's town: the station there.
        await expect.poll(() => page.locator('select[name=stationId]').inputValue()).toBe(station.id);
        await expectAccessible(page, '登记求职者（交给驿站）');
        await page.getByTestId('seeker-submit').click();
        await page.getByTestId('seeker-saved').waitFor();
      }
      await browser.context.setOffline(false);
      await page.reload();
      await waitForSynced(page);

      await logInWithPassword(page, server, DESK);
      await waitForSynced(page);
      await page.goto(`${server.url}/desk/seekers`);
      const list = page.getByTestId('station-seekers');
      await list.getByText('马大姐').waitFor();
      await list.getByText('韩师傅').waitFor();
    });
  });

  it('a worker’s named 求助 goes to 我的驿站 by default; its desk sees the name and can call', async () => {
    const station = await deskStation(server);
    let complaintUrl = '';
    await withPhone(server, async (page) => {
      await logInWithCode(page, server, WORKER);
      await page.goto(`${server.url}/profile`);
      await page.fill('input[name=name]', '马师傅');
      await page.selectOption('select[name=county]', countyOf(station.regionCode));
      await page.selectOption('select[name=stationId]', station.id);
      await page.getByTestId('seeker-submit').click();
      await page.getByTestId('job-list').waitFor();
      await waitForSynced(page);

      await page.goto(`${server.url}/complaints/new`);
      await page.selectOption('select[name=county]', countyOf(station.regionCode));
      await expect.poll(() => page.locator('select[name=stationId]').inputValue()).toBe(station.id);
      // The chosen county's stations come first (after 不指定).
      const county = countyOf(station.regionCode);
      const here = await server.db.query<{ id: string }>(
        `SELECT id FROM records WHERE kind = 'station' AND data->>'regionCode' LIKE $1`,
        [`${county}%`],
      );
      const offered = await page
        .locator('select[name=stationId] option')
        .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
      expect(offered.length).toBeGreaterThan(here.length + 1);
      expect(new Set(offered.slice(1, here.length + 1))).toEqual(new Set(here.map((s) => s.id)));
      await page.fill('input[name=employerName]', '某建筑队');
      await page.fill('input[name=amount]', '4500');
      await page.fill('textarea[name=description]', '干了两个月没发工资');
      await page.getByTestId('complaint-submit').click();
      await page.getByTestId('complaint').waitFor();
      complaintUrl = page.url();
      await waitForSynced(page);
    });
    await withPhone(server, async (page) => {
      await logInWithPassword(page, server, DESK);
      await waitForSynced(page);
      await page.goto(complaintUrl);
      await page.getByTestId('complaint-filer').getByText('马师傅').waitFor();
      const call = page.getByTestId('complaint-call');
      expect(await call.getAttribute('href')).toMatch(/^tel:1\d{10}$/);
      // Display words, not the form's questions.
      expect(await page.getByTestId('complaint').textContent()).not.toContain('可不填');
      await expectAccessible(page, '求助（窗口）');
    });
  });
});
