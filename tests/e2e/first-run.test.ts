/**
 * A new phone at 360 px (issue 11): it is asked where its user is before any county's jobs
 * download, gets the stations meanwhile, follows the county chosen in the picker and holds
 * only that county's jobs, shows the download's progress, and names town + county on every
 * card, also after an offline reload.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { countRows, cspViolations, describeBrowser, serverForTests, waitForSynced, withPhone } from './harness';

/** Every job's region code on the phone, read from IndexedDB. */
function jobRegionCodes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('gig-station');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('jobs').objectStore('jobs').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { regionCode: string }[]).map((j) => j.regionCode));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describeBrowser('a new phone chooses its place (Chromium, 360 px)', () => {
  // Small pages, so the county's jobs arrive in several and the progress line has time to show.
  const server = serverForTests({ pageRows: 25 });

  it('asks first, gets stations, follows 城中区 only, shows progress and town + county, offline too', async () => {
    await withPhone(
      server,
      async (page, browser) => {
        expect(page.viewportSize()).toEqual({ width: 360, height: 740 });
        await page.getByTestId('place-setup').waitFor();
        // The question comes before any county's jobs; stations and reference data arrive meanwhile.
        await expect.poll(() => countRows(page, 'stations')).toBeGreaterThan(0);
        await waitForSynced(page);
        expect(await countRows(page, 'jobs')).toBe(0);

        // Note every progress line the job list shows while pages arrive.
        await page.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { progressSeen: string[] }).progressSeen = seen;
          new MutationObserver(() => {
            const line = document.querySelector('[data-testid=download-progress]')?.textContent;
            if (line && seen.at(-1) !== line) seen.push(line);
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        });

        // Pinyin finds the county, named with its city.
        await page.getByRole('searchbox', { name: '搜地名' }).fill('chengzhong');
        const choice = page.getByTestId('place-results').getByRole('button', { name: '西宁市 城中区', exact: true });
        await choice.click();
        await page.locator('section[data-place=known]').waitFor();
        await waitForSynced(page);

        const [{ n: countyJobs }] = await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM records WHERE kind = 'job' AND NOT deleted AND data->>'regionCode' LIKE '630103%'`,
        );
        const codes = await jobRegionCodes(page);
        expect(codes.length).toBe(countyJobs);
        expect(codes.every((code) => code.startsWith('630103'))).toBe(true);

        const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
        expect(seen.length).toBeGreaterThan(0);
        expect(seen[0]).toMatch(new RegExp(`正在下载本县岗位 \\d+/${countyJobs}`));
        await page.getByTestId('download-progress').waitFor({ state: 'detached' });

        // Cards name the town and the county (one county followed: no city needed).
        await expect.poll(() => page.getByTestId('job-card').count()).toBeGreaterThan(0);
        const places = await page.getByTestId('job-place').allTextContents();
        expect(places.every((p) => /^城中区( \S+)?$/.test(p))).toBe(true);
        expect(places.some((p) => /^城中区 \S+$/.test(p))).toBe(true);

        // The station tab is filled.
        await page.locator('a.tab[href="/stations"]').click();
        await expect.poll(() => page.getByTestId('station-card').count()).toBeGreaterThan(0);

        // 我的 shows the followed county with its city.
        await page.locator('a.tab[href="/me"]').click();
        await expect.poll(() => page.getByTestId('follow-counties').textContent()).toContain('西宁市 城中区');

        // An anonymous 求助 starts in the followed county, town "不清楚/县里": filed there, not in 河东区.
        await page.getByTestId('complaint-link').click();
        await expect.poll(() => page.locator('select[name=county]').inputValue()).toBe('630103');
        expect(await page.locator('select[name=town]').inputValue()).toBe('');

        // Offline, a reload still shows the county's jobs with their places.
        await browser.context.setOffline(true);
        await page.goto(server.url);
        await page.getByTestId('job-list').waitFor();
        expect((await page.getByTestId('job-place').first().textContent()) ?? '').toMatch(/^城中区/);
        expect(await countRows(page, 'jobs')).toBe(countyJobs);
        expect(cspViolations).toEqual([]);
      },
      [],
      { place: 'ask' },
    );
  });
});
