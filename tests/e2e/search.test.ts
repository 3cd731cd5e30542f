/**
 * Search in a real browser with no network: the match worker ranks jobs for colloquial
 * words and pinyin, shows why, applies filters, and finds a job saved a moment ago.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { occupationByCode } from '../../src/core/occupations';
import {
  chooseOccupation,
  describeBrowser,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

async function search(page: Page, text: string) {
  await page.getByTestId('search-box').fill(text);
  const results = page.getByTestId('search-results');
  await results.waitFor();
  // The list re-renders on each keystroke's answer; wait until the last answer is shown.
  await page.waitForTimeout(300);
  return results;
}

async function firstTitles(page: Page, n: number): Promise<string[]> {
  return (await page.getByTestId('search-results').locator('.job-title').allTextContents()).slice(0, n);
}

describeBrowser('search, offline, in Chromium', () => {
  const server = serverForTests({ demo: { jobs: 1500, seekers: 10, stationsPerCounty: 2 } });

  it('ranks jobs for colloquial words and pinyin offline, each with its reasons', async () => {
    await withPhone(server, async (page, browser) => {
      await waitForSynced(page);
      await browser.context.setOffline(true);
      await page.reload();
      await page.getByTestId('job-list').waitFor();

      const dishwasher = occupationByCode('dishwasher')!.name;
      await search(page, '洗盘子');
      const titles = await firstTitles(page, 5);
      expect(titles.length).toBeGreaterThan(0);
      const reasons = await page.getByTestId('because').first().textContent();
      expect(reasons).toContain(dishwasher);

      await search(page, 'baojie');
      const cleaning = await page.getByTestId('because').allTextContents();
      expect(cleaning.length).toBeGreaterThan(0);
      expect(cleaning.every((r) => /保洁/.test(r))).toBe(true);
      // The engine says how it read the query, how many jobs answer, and when it only guesses.
      expect(await page.getByTestId('search-reading').textContent()).toBe('按拼音 baojie 理解为“保洁”');
      expect(await page.getByTestId('search-count').textContent()).toMatch(/^找到 \d+ 个活$/);
      await search(page, '滇红');
      expect(await page.getByTestId('search-reading').textContent()).toBe('没找到“滇红”。你是不是要找“电工”？');
      expect(await page.getByTestId('search-count').count()).toBe(0);
    });
  });

  it('applies the pay-period filter and finds a job posted a moment ago', async () => {
    await withPhone(server, async (page, browser) => {
      await waitForSynced(page);
      await search(page, '保安');
      await page.getByTestId('filters').getByRole('button', { name: '月结' }).click();
      await page.waitForTimeout(300);
      const cards = page.getByTestId('search-results').getByTestId('job-card');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const text of await cards.allTextContents()) expect(text).toContain('月结');

      await logInWithPassword(page, server, '13800000002');
      await browser.context.setOffline(true);
      await page.locator('a.tab[href="/post"]').click();
      await chooseOccupation(page, 'shepherd');
      await page.fill('input[name=title]', '哈达图放羊工');
      await page.fill('input[name=employerName]', '哈达图牧业');
      await page.fill('input[name=wageMin]', '180');
      await page.getByTestId('job-submit').click();
      await page.getByTestId('job-detail').waitFor();
      await page.locator('a.tab[href="/"]').click();
      await search(page, '哈达图');
      expect(await firstTitles(page, 1)).toEqual(['哈达图放羊工']);
    });
  });

  it('recommends jobs for the phone owner’s profile and matches registered seekers to a job', async () => {
    await withPhone(server, async (page) => {
      await waitForSynced(page);
      await page.getByTestId('make-profile').click();
      await page.fill('input[name=name]', '王建国');
      // A phone following every place has no home to start from: the worker says where.
      await page.selectOption('select[name=county]', '630103');
      await chooseOccupation(page, 'security_guard');
      await page.getByTestId('seeker-submit').click();
      const recommended = page.getByTestId('recommendations');
      await recommended.waitFor();
      const reasons = await recommended.getByTestId('because').allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons[0]).toContain('保安');

      await logInWithPassword(page, server, '13800000003');
      await page.goto(`${server.url}/seekers/new`);
      await page.fill('input[name=name]', '李秀英');
      await chooseOccupation(page, 'cleaner');
      await page.fill('input[name=phone]', '13912345678');
      await page.getByTestId('seeker-submit').click();
      // Registering someone ends on their page (src/features/desk).
      await page.getByTestId('seeker-saved').waitFor();
      await page.goto(server.url);
      await search(page, '保洁');
      await page.getByTestId('search-results').getByTestId('job-card').first().click();
      await page.getByTestId('match-seekers').click();
      const matches = page.getByTestId('seeker-matches');
      await matches.getByText('李秀英').waitFor();
      expect(await matches.locator('.card').first().textContent()).toContain('李秀英');
    });
  });
});
