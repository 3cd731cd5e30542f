/**
 * 数据 in Chromium at 360 px: a worker checks in at the door by picking a picture of the
 * station's poster code in 扫一扫 (the file chooser), and syncs; the desk syncs, opens 数据
 * from 今日待办, and today's figures on its phone count the visit and the door check-in, as
 * does the whole county from the server (the phone counting in its figures worker); the month's chart draws with its table beside it;
 * 导出月报 downloads an .xlsx whose row for the desk's station holds the visit.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { expectAccessible } from './axe';
import {
  describeBrowser,
  deskStation,
  logInWithPassword,
  logInWorkerWithProfile,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

/** These screens count one county's rows: a small county keeps the first syncs short. */
const FEW_JOBS = { jobs: 60, seekers: 10, stationsPerCounty: 1 };
/** Two phones' first visits (the service worker, the first sync) on a busy machine. */
const SLOW = 300_000;

const WORKER = '13800000005';
const DESK = '13800000002';

/** The number a figure tile shows. */
const shown = async (tile: { locator(selector: string): { innerText(): Promise<string> } }) =>
  Number(await tile.locator('.figure-number').innerText());

describeBrowser('数据 in Chromium', () => {
  const server = serverForTests({ demo: FEW_JOBS });

  it(
    'a door check-in scanned from a picture shows in the desk’s figures and its monthly report',
    async () => {
      const station = await deskStation(server, DESK);

      await withPhone(server, async (desk) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        await desk.goto(`${server.url}/desk/walkins/poster/${station.id}`);
        const code = desk.getByTestId('door-poster').getByTestId('qr-code');
        await code.waitFor();
        await code.evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
        const qr = await code.screenshot();

        await withPhone(server, async (phone) => {
          await logInWorkerWithProfile(phone, server, WORKER);
          await phone.locator('a.tab[href="/services"]').click();
          await phone.getByTestId('hub-scan').click();
          // 从相册选图片: the phone's file chooser, given the poster's code as a PNG.
          const chooser = phone.waitForEvent('filechooser');
          await phone.locator('label.scan-album').click();
          await (await chooser).setFiles({ name: 'door.png', mimeType: 'image/png', buffer: qr });
          await phone.waitForURL((url) => url.pathname === `/checkin/${station.id}`);
          await phone.getByTestId('checkin-reason-job').click();
          await phone.getByTestId('checkin-done').filter({ hasText: '签到成功' }).waitFor();
          await waitForSynced(phone);
          await phone.getByTestId('checkin-pending').waitFor({ state: 'detached' });
        });

        // The desk syncs (the app syncs on opening) and opens 数据 from 今日待办.
        await desk.goto(`${server.url}/me`);
        await desk.getByTestId('desk-figures-link').click();
        const page = desk.getByTestId('figures-page');
        await page.waitFor();
        await desk.getByTestId('figures-freshness').filter({ hasText: '根据本机已同步的数据' }).waitFor();
        const visitors = desk.getByTestId('figures-phone-visitors');
        await expect.poll(() => shown(visitors), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
        expect(await visitors.innerText()).toMatch(/其中扫码签到 [1-9]/);
        // Counted off the main thread, by the figures worker.
        expect(desk.workers().map((worker) => worker.url())).toContainEqual(expect.stringMatching(/figures/));

        // The whole county as the server counts it.
        const county = desk.getByTestId('figures-server-visitors');
        await county.waitFor({ timeout: 30_000 });
        expect(await shown(county)).toBeGreaterThanOrEqual(1);
        await expectAccessible(desk, '数据');

        // The month: the chart draws, with the same numbers as a table beside it.
        await desk.getByTestId('figures-unit-month').click();
        await desk.getByTestId('figures-chart').locator('canvas').waitFor();
        expect(await desk.getByTestId('figures-day-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(28);
        await expectAccessible(desk, '数据 by month');

        // 导出月报: an .xlsx with a row for the station and the county's total.
        const download = desk.waitForEvent('download');
        await desk.getByTestId('figures-export').getByTestId('export-xlsx').click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/^月报-.+-\d{4}-\d{2}\.xlsx$/);
        const book = read(readFileSync((await file.path()) as string));
        const rows = utils.sheet_to_json<Record<string, string | number>>(book.Sheets[book.SheetNames[0]]);
        const row = rows.find((r) => r.驿站 === station.name);
        expect(row, 'the station’s row').toBeDefined();
        expect(Number(row?.来访人次)).toBeGreaterThanOrEqual(1);
        const total = rows.at(-1);
        expect(total?.驿站).toBe('全县合计');
        expect(Number(total?.来访人次)).toBeGreaterThanOrEqual(Number(row?.来访人次));
        expect(Object.keys(total ?? {})).toEqual(
          expect.arrayContaining(['新登记求职者', '脱贫人口', '上岗', '参训人次']),
        );
      });
    },
    SLOW,
  );
});
