/**
 * SYNC.md T13 in Chromium: the app's IndexedDB is deleted while the app is open (the
 * tldraw#10136 scenario). The pending count was on screen while records waited; the app
 * notices the deletion at once, blocks with a notice naming what was lost, and a restart
 * downloads everything again instead of running on an empty database unawares.
 */
import { expect, it } from 'vitest';
import {
  type PageWritePath,
  countRows,
  describeBrowser,
  installWritePath,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

describeBrowser('T13 storage loss in Chromium', () => {
  const server = serverForTests();

  it('T13 storage loss: IndexedDB deleted while open → the unsent count was visible, a blocking notice appears at once, restart re-bootstraps', async () => {
    await withPhone(server, async (page, browser) => {
      await logInWithPassword(page, server, '13800000002');
      await waitForSynced(page);
      const jobs = await countRows(page, 'jobs');
      await browser.context.setOffline(true);
      await installWritePath(page);
      await page.evaluate(async () => {
        const { gig } = globalThis as unknown as { gig: PageWritePath };
        for (let i = 0; i < 2; i++) await gig.mutate(gig.db, 'job.post', gig.jobPostArgs({ title: `T13 待发送 ${i}` }));
      });
      await page.getByTestId('sync-pending').filter({ hasText: '2 条待同步' }).waitFor();

      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase('gig-station');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      );
      const notice = page.getByTestId('storage-lost');
      await notice.waitFor({ timeout: 5_000 });
      expect(await page.getByTestId('storage-lost-unsent').textContent()).toContain('2');

      await browser.context.setOffline(false);
      await page.getByTestId('storage-restart').click();
      // The phone's answer to "where are you" was in the lost database too: it is asked again.
      await page.waitForLoadState();
      await page.goto(server.url);
      // The desk's phone had followed its county (城中区) since the login: it is chosen again.
      await page.getByTestId('place-setup').waitFor();
      await page.getByRole('searchbox', { name: '搜地名' }).fill('chengzhong');
      await page.getByTestId('place-results').getByRole('button', { name: '西宁市 城中区', exact: true }).click();
      await page.locator('section[data-place=known]').waitFor();
      await waitForSynced(page);
      expect(await countRows(page, 'jobs')).toBe(jobs);
      expect(await notice.count()).toBe(0);
      await page.locator('a.tab[href="/me"]').click();
      await page.getByTestId('login-link').waitFor();
    });
  });
});
