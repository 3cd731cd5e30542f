/**
 * A worker's whole path in Chromium: log in with an SMS code, fill in the profile, apply to a
 * job with no signal, and see the desk's answer after the next sync. The desk works on its
 * own phone (a second browser): it sees the applicant's number and marks the call.
 */
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  describeBrowser,
  logInWithCode,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
  chooseOccupation,
} from './harness';

const WORKER = '13800000005';
const DESK = '13800000002';

describeBrowser('a worker in Chromium', () => {
  const server = serverForTests();

  it('logs in with a code, fills the profile, applies offline; the desk sees the number, marks the call; the worker sees it after sync', async () => {
    await withPhone(server, async (page, browser) => {
      await waitForSynced(page);
      await page.locator('a.tab[href="/me"]').click();
      await page.getByTestId('login-link').waitFor();
      await logInWithCode(page, server, WORKER);
      await page.getByTestId('account-who').filter({ hasText: '求职者' }).waitFor();

      await page.goto(`${server.url}/profile`);
      await page.fill('input[name=name]', '马师傅');
      // A phone following every place has no home to start from: the worker says where.
      await page.selectOption('select[name=county]', '630103');
      await chooseOccupation(page, 'security_guard');
      await page.getByTestId('seeker-submit').click();
      await page.getByTestId('job-list').waitFor();
      await waitForSynced(page);

      // A job at the demo desk's station, so that desk follows the application up.
      const [job] = await server.db.query<{ id: string }>(
        `SELECT j.id FROM records j JOIN accounts a ON a.phone = $1
         WHERE j.kind = 'job' AND j.data->>'status' = 'open' AND a.station_ids ? (j.data->>'stationId') LIMIT 1`,
        [DESK],
      );
      await page.goto(`${server.url}/jobs/${job.id}`);
      await page.getByTestId('job-detail').waitFor();
      await expectAccessible(page, 'the job page of a logged-in worker');
      await browser.context.setOffline(true);
      await page.getByTestId('apply-button').click();
      await page.getByTestId('applied').filter({ hasText: '等驿站或老板联系' }).waitFor();
      expect(await page.getByTestId('sync-pending').textContent()).toContain('1 条待同步');

      await browser.context.setOffline(false);
      await waitForSynced(page);
      const [application] = await server.db.query<{ id: string; owner: string }>(
        `SELECT a.id, s.data->>'registeredByUser' AS owner FROM records a
         JOIN records s ON s.kind = 'seeker' AND s.id::text = a.data->>'seekerId' WHERE a.kind = 'application'`,
      );
      const [worker] = await server.db.query<{ id: string }>('SELECT id FROM accounts WHERE phone = $1', [WORKER]);
      expect(application.owner).toBe(worker.id);

      // The desk, on its own phone, sees who applied with the number they gave, and calls.
      await withPhone(server, async (deskPage) => {
        await logInWithPassword(deskPage, server, DESK);
        await waitForSynced(deskPage);
        await deskPage.goto(`${server.url}/jobs/${job.id}`);
        const applicant = deskPage.getByTestId('applicant').filter({ hasText: '马师傅' });
        await applicant.waitFor();
        expect(await applicant.locator('a[href^="tel:"]').getAttribute('href')).toBe(`tel:${WORKER}`);
        await applicant.getByRole('button', { name: '联系过了' }).click();
        const status = async () =>
          (
            await server.db.query<{ status: string }>(`SELECT data->>'status' AS status FROM records WHERE id = $1`, [
              application.id,
            ])
          )[0].status;
        await expect.poll(status, { timeout: 30_000 }).toBe('contacted');
      });
      await page.reload();
      await page.getByTestId('applied').filter({ hasText: '已联系' }).waitFor({ timeout: 30_000 });
    });
  });
});
