/**
 * 求助 end to end in Chromium: a worker reports unpaid wages with no signal, naming the demo
 * desk's station; the desk (its own phone) accepts it with a note; the worker sees the step
 * and the note after the next sync. Nobody else's device ever receives it (access tests).
 */
import { expect, it } from 'vitest';
import {
  describeBrowser,
  deskStation,
  logInWithPassword,
  logInWorkerWithProfile,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const WORKER = '13800000005';
const DESK = '13800000002';

describeBrowser('asking the station for help in Chromium', () => {
  const server = serverForTests();

  it('a worker files a wage complaint offline; the desk accepts it with a note; the worker sees both', async () => {
    const station = await deskStation(server, DESK);
    await withPhone(server, async (page, browser) => {
      await logInWorkerWithProfile(page, server, WORKER);

      await page.locator('a.tab[href="/me"]').click();
      await page.getByTestId('complaint-link').click();
      await browser.context.setOffline(true);
      await page.fill('input[name=employerName]', '某建筑队');
      await page.fill('input[name=amount]', '3000');
      // A phone following every place has no home to start from: the worker says where.
      await page.selectOption('select[name=county]', '630103');
      await page.fill('textarea[name=description]', '在工地干了两个月，老板一直没发工资。');
      await page.selectOption('select[name=stationId]', station.id);
      await page.getByRole('button', { name: '考勤或记工' }).click();
      await page.getByTestId('complaint-submit').click();
      await page.getByTestId('complaint').filter({ hasText: '已提交' }).waitFor();
      const complaintId = page.url().split('/complaints/')[1];
      await browser.context.setOffline(false);
      const status = async () =>
        (
          await server.db.query<{ status: string }>(`SELECT data->>'status' AS status FROM records WHERE id = $1`, [
            complaintId,
          ])
        )[0]?.status;
      await expect.poll(status, { timeout: 30_000 }).toBe('submitted');

      await withPhone(server, async (deskPage) => {
        await logInWithPassword(deskPage, server, DESK);
        await waitForSynced(deskPage);
        await deskPage.goto(`${server.url}/complaints`);
        await deskPage.getByTestId('complaint-card').filter({ hasText: '某建筑队' }).click();
        await deskPage.fill('textarea[name=note]', '已联系老板，约周五结清');
        await deskPage.getByRole('button', { name: '受理' }).click();
        await expect.poll(status, { timeout: 30_000 }).toBe('accepted');
      });

      await page.reload();
      const history = page.getByTestId('complaint-history');
      await history.filter({ hasText: '已联系老板，约周五结清' }).waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('complaint').locator('h2').textContent()).toContain('已受理');
    });
  });
});
