/**
 * 积分 and 对方要我交钱 end to end in Chromium at 360 px. A worker names the demo desk's
 * station as 我的驿站; the desk awards points offline, then redeems some; the worker sees
 * each balance and reason after a sync. Three phones report one job asking for money (one
 * of them without a login); the job then carries a warning and waits in the desk's 今日待办.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  describeBrowser,
  type FileServer,
  logInWithCode,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const WORKER = '13800000005';
const DESK = '13800000002';

async function deskStation(server: FileServer): Promise<{ id: string; name: string }> {
  const [station] = await server.db.query<{ id: string; name: string }>(
    `SELECT s.id::text AS id, s.data->>'name' AS name FROM records s JOIN accounts a ON a.phone = $1
     WHERE s.kind = 'station' AND a.station_ids ? s.id::text`,
    [DESK],
  );
  return station;
}

/** The balance as the server's sum of the person's entries. */
async function serverBalance(server: FileServer, seekerId: string): Promise<number> {
  const [row] = await server.db.query<{ sum: number | null }>(
    `SELECT sum((data->>'delta')::int)::int AS sum FROM records WHERE kind = 'points' AND data->>'seekerId' = $1`,
    [seekerId],
  );
  return row?.sum ?? 0;
}

async function workerSees(page: Page, url: string, balance: string, reason: string): Promise<void> {
  await page.goto(`${url}/me`);
  await waitForSynced(page);
  const mine = page.getByTestId('my-points');
  await mine.getByTestId('points-balance').filter({ hasText: balance }).waitFor({ timeout: 30_000 });
  await mine.getByTestId('points-entry').filter({ hasText: reason }).first().waitFor();
}

describeBrowser('积分 and 对方要我交钱 in Chromium', () => {
  const server = serverForTests();

  it('the worker chooses the desk’s station; the desk awards 20 offline and redeems 10; the worker sees 20, then 10', async () => {
    const station = await deskStation(server);
    await withPhone(server, async (page) => {
      await logInWithCode(page, server, WORKER);
      await page.goto(`${server.url}/profile`);
      await page.fill('input[name=name]', '马师傅');
      await page.selectOption('select[name=county]', '630103');
      await page.selectOption('select[name=stationId]', station.id);
      await page.getByTestId('station-consent').filter({ hasText: '工作人员就能看到你的资料' }).waitFor();
      await expectAccessible(page, '我的求职意向 with 我的驿站');
      await page.getByTestId('seeker-submit').click();
      await page.getByTestId('job-list').waitFor();
      await waitForSynced(page);
      const [seeker] = await server.db.query<{ id: string; station: string }>(
        `SELECT id::text AS id, data->>'stationId' AS station FROM records WHERE kind = 'seeker' AND data->>'phone' = $1 AND data->>'registeredBy' = 'self'`,
        [WORKER],
      );
      expect(seeker.station).toBe(station.id);
      // 我的 shows the profile (its summary, with place and trade names, is a chunk loaded for workers only).
      await page.goto(`${server.url}/me`);
      await page.getByTestId('my-profile').filter({ hasText: '马师傅' }).waitFor();

      await withPhone(server, async (desk, deskBrowser) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        await deskBrowser.context.setOffline(true);
        await desk.goto(`${server.url}/seekers/${seeker.id}`);
        const panel = desk.getByTestId('seeker-points');
        await panel.getByTestId('points-add').click();
        await desk.selectOption('select[name=choice]', 'attendance');
        await desk.fill('input[name=delta]', '20');
        await desk.fill('input[name=reason]', '参加春风招聘会');
        await desk.getByTestId('points-add-submit').click();
        await panel.getByTestId('points-balance').filter({ hasText: '现有 20 分' }).waitFor();
        await panel.getByTestId('points-pending').waitFor();
        await expectAccessible(desk, 'a person’s page with 积分');
        expect(await serverBalance(server, seeker.id)).toBe(0);
        await deskBrowser.context.setOffline(false);
        await expect.poll(() => serverBalance(server, seeker.id), { timeout: 30_000 }).toBe(20);

        await workerSees(page, server.url, '现有 20 分', '参加春风招聘会');
        await expect(page.getByTestId('my-points').textContent()).resolves.toContain('来驿站参加活动');
        await expectAccessible(page, '我的 with 我的积分');

        // Spending more than the balance is refused on the desk's phone before anything is sent.
        await panel.getByTestId('points-redeem').click();
        await desk.selectOption('select[name=choice]', 'training');
        await desk.getByTestId('points-redeem-submit').click();
        await desk.locator('.field-error').filter({ hasText: '积分不够' }).waitFor();
        await desk.selectOption('select[name=choice]', 'gloves');
        expect(await desk.inputValue('input[name=delta]')).toBe('10');
        await desk.getByTestId('points-redeem-submit').click();
        await panel.getByTestId('points-balance').filter({ hasText: '现有 10 分' }).waitFor();
        await expect.poll(() => serverBalance(server, seeker.id), { timeout: 30_000 }).toBe(10);
      });

      await workerSees(page, server.url, '现有 10 分', '劳保手套一双');
      await page.goto(`${server.url}/services`);
      await page.getByTestId('hub-points').click();
      await page.getByTestId('points-goods').filter({ hasText: '爱心餐' }).waitFor();
      await expectAccessible(page, '积分');
    });
  }, 600_000);

  it('three phones report one job asking for money: its page warns and the desk sees it in 今日待办', async () => {
    const station = await deskStation(server);
    const [job] = await server.db.query<{ id: string; title: string }>(
      `SELECT id::text AS id, data->>'title' AS title FROM records WHERE kind = 'job' AND NOT deleted
       AND data->>'regionCode' LIKE '630103%' AND data->>'status' = 'open'
       AND (data->>'stationId' IS NULL OR data->>'stationId' = $1) LIMIT 1`,
      [station.id],
    );
    const feeState = async () =>
      (
        await server.db.query<{ reports: number | null; review: boolean | null }>(
          `SELECT (data->>'feeReports')::int AS reports, (data->>'feeReview')::boolean AS review FROM records WHERE id = $1`,
          [job.id],
        )
      )[0];
    const report = async (phone: string | undefined, expected: number) =>
      withPhone(server, async (page, browser) => {
        if (phone) await logInWithCode(page, server, phone);
        await waitForSynced(page);
        await page.goto(`${server.url}/jobs/${job.id}`);
        await page.getByTestId('job-detail').waitFor();
        await browser.context.setOffline(true);
        await page.getByTestId('fee-report').click();
        await page.getByTestId('fee-reported').filter({ hasText: '仅保存在本机' }).waitFor();
        await expectAccessible(page, 'a job’s page, reported');
        await browser.context.setOffline(false);
        await expect.poll(async () => (await feeState())?.reports, { timeout: 30_000 }).toBe(expected);
        // The phone remembers: no second report from it.
        await page.reload();
        await page.getByTestId('fee-reported').waitFor();
        expect(await page.getByTestId('fee-report').count()).toBe(0);
      });
    await report(undefined, 1);
    await report('13900000301', 2);
    expect((await feeState())?.review).toBeFalsy();
    await report('13900000302', 3);
    expect((await feeState())?.review).toBe(true);

    await withPhone(server, async (desk) => {
      await logInWithPassword(desk, server, DESK);
      await waitForSynced(desk);
      await desk.goto(`${server.url}/me`);
      await desk.getByTestId('tally-fees').filter({ hasText: '1' }).waitFor({ timeout: 30_000 });
      await desk.getByTestId('fee-item').filter({ hasText: job.title }).waitFor();
      await expectAccessible(desk, '今日待办 with a job reported for fees');
      await desk.getByTestId('fee-item').filter({ hasText: job.title }).click();
      await desk.getByTestId('verify-fee-reports').filter({ hasText: '3 人反映' }).waitFor();
      await desk.goto(`${server.url}/jobs/${job.id}`);
      await desk.getByTestId('fee-warning').filter({ hasText: '已有 3 人反映' }).waitFor();
      await expectAccessible(desk, 'a job’s page with the fee warning');
    });
  }, 600_000);
});
