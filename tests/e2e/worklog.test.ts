/**
 * 维权 and 记工 end to end in Chromium at 360 px: a worker with no signal logs three days of
 * work (the third with "和上次一样"), reads what is still owed, and files a 求助 with those
 * days attached; back online it all syncs, and the desk reads the 求助 with the summary. The
 * worker's log itself never reaches the desk (tests/server/attack.test.ts holds that).
 */
import { expect, it } from 'vitest';
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

const WORKER = '13800000005';
const DESK = '13800000002';

/** A day on this machine's calendar (the browser's too), `back` days ago, YYYY-MM-DD. */
function dayBefore(back: number): string {
  const d = new Date();
  d.setDate(d.getDate() - back);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describeBrowser('维权 and 记工 in Chromium', () => {
  const server = serverForTests();

  it('a worker offline logs three days, sees what is owed, files a 求助 with them; the desk reads the summary', async () => {
    const station = await deskStation(server, DESK);
    await withPhone(server, async (page, browser) => {
      await logInWorkerWithProfile(page, server, WORKER);

      // 维权: the hotlines as tap-to-call buttons, the checklist ticked and remembered.
      await page.locator('a.tab[href="/services"]').click();
      await page.getByTestId('hub-rights').click();
      await page.getByTestId('rights').waitFor();
      expect(await page.getByTestId('hotline-union').locator('a').getAttribute('href')).toBe('tel:12351');
      expect(await page.getByTestId('hotline-legal-aid').locator('a').getAttribute('href')).toBe('tel:12348');
      await page
        .getByTestId('hotline-inspection')
        .filter({ hasText: '城中区劳动保障监察' })
        .filter({ hasText: '拨打 0971-8241236' })
        .waitFor();
      await page.getByRole('checkbox', { name: /劳动合同/ }).check();
      await page.getByRole('checkbox', { name: /转账记录/ }).check();
      await page.getByTestId('evidence-count').filter({ hasText: '已有 2 / 7 项' }).waitFor();
      await expectAccessible(page, '维权');
      await page.reload();
      await page.getByTestId('evidence-count').filter({ hasText: '已有 2 / 7 项' }).waitFor();

      await browser.context.setOffline(true);
      await page.getByTestId('rights-worklog').click();
      await page.getByTestId('worklog').waitFor();
      await expectAccessible(page, '记工 (empty)');

      const logDay = async (date: string, paid?: string) => {
        await page.getByTestId('worklog-add').click();
        await page.getByTestId('workday-form').waitFor();
        await page.fill('input[name=date]', date);
        await page.fill('input[name=site]', '城南新区工地');
        await page.fill('input[name=employerName]', '王老板');
        await page.fill('input[name=wage]', '300');
        await page.fill('input[name=hours]', '9');
        if (paid) await page.fill('input[name=paid]', paid);
        await page.getByTestId('workday-submit').click();
        await page.getByTestId('worklog').waitFor();
      };
      await logDay(dayBefore(2));
      await page.getByTestId('worklog-add').click();
      await expectAccessible(page, '记工 form');
      await page.goBack();
      await logDay(dayBefore(1), '100');

      // The third day: same site, boss, wage and hours as the last one, today.
      await page.getByTestId('worklog-same').click();
      await expect.poll(() => page.inputValue('input[name=employerName]')).toBe('王老板');
      expect(await page.inputValue('input[name=wage]')).toBe('300');
      expect(await page.inputValue('input[name=date]')).toBe(dayBefore(0));
      await page.getByTestId('workday-submit').click();

      await expect.poll(() => page.getByTestId('workday').count()).toBe(3);
      expect(await page.getByTestId('workday').filter({ hasText: '仅保存在本机' }).count()).toBe(3);
      const summary = page.getByTestId('worklog-summary');
      expect(await summary.textContent()).toContain('3 天');
      expect(await summary.textContent()).toContain('27 小时');
      expect(await page.getByTestId('worklog-owed').textContent()).toBe('800 元');
      await expectAccessible(page, '记工 summary');

      // 求助 with the days attached: the boss and the amount fill in, and the summary shows.
      await page.getByTestId('worklog-ask').click();
      await page.getByTestId('complaint-form').waitFor();
      await expect.poll(() => page.inputValue('input[name=employerName]')).toBe('王老板');
      expect(await page.inputValue('input[name=amount]')).toBe('800');
      expect(await page.getByTestId('worklog-lines').locator('li').count()).toBe(3);
      await page.selectOption('select[name=county]', '630103');
      await page.fill('textarea[name=description]', '干了三天，老板只给了一百块。');
      await page.selectOption('select[name=stationId]', station.id);
      await page.getByTestId('complaint-submit').click();
      await page.getByTestId('complaint').waitFor();
      expect(await page.getByTestId('worklog-owed').textContent()).toBe('800 元');
      const complaintId = page.url().split('/complaints/')[1];

      await browser.context.setOffline(false);
      const onServer = async () => {
        const [row] = await server.db.query<{ days: number }>(
          `SELECT jsonb_array_length(data->'worklog'->'days') AS days FROM records WHERE id = $1`,
          [complaintId],
        );
        return row?.days;
      };
      await expect.poll(onServer, { timeout: 30_000 }).toBe(3);
      const [{ count }] = await server.db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM records WHERE kind = 'workday' AND NOT deleted`,
      );
      expect(count).toBe(3);
      const [{ evidence }] = await server.db.query<{ evidence: { item: string; have: boolean }[] }>(
        `SELECT data->'evidence' AS evidence FROM records WHERE id = $1`,
        [complaintId],
      );
      expect(evidence.filter((e) => e.have).map((e) => e.item)).toEqual(['劳动合同', '考勤或记工', '转账记录']);

      await withPhone(server, async (deskPage) => {
        await logInWithPassword(deskPage, server, DESK);
        await waitForSynced(deskPage);
        await deskPage.goto(`${server.url}/complaints`);
        await deskPage.getByTestId('complaint-card').filter({ hasText: '王老板' }).click();
        await deskPage.getByTestId('worklog-summary').waitFor();
        expect(await deskPage.getByTestId('worklog-owed').textContent()).toBe('800 元');
        expect(await deskPage.getByTestId('worklog-lines').locator('li').count()).toBe(3);
        expect(await deskPage.getByTestId('complaint-evidence').textContent()).toContain('考勤或记工');
      });
    });
    // A long walk through two phones on a shared machine: more than the project's two minutes.
  }, 480_000);
});
