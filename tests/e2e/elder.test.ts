/**
 * 长辈模式 in Chromium at 360 px: switched on in 我的 and remembered across a reload; on every
 * main screen the words are at least 20 px and every button, link and input at least 60 × 60
 * (a failure lists the ones that are not). The occupation picker finds 电工 by pinyin and by
 * one character, and says so when a choice goes past the limit.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { describeBrowser, logInWithCode, serverForTests, waitForSynced, withPhone } from './harness';

const WORKER = '13800000005';

/** The body's computed font size, in px. */
const bodyFontSize = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));

/** Every visible button, link and input smaller than 60 × 60, named so a failure says which. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') return [];
      if (box.width >= 60 && box.height >= 60) return [];
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '')
        .trim()
        .slice(0, 16);
      return [`${el.tagName.toLowerCase()} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`];
    }),
  );

// Seven screens, each measured and checked by axe: longer than the default two minutes.
describeBrowser('长辈模式 in Chromium', () => {
  const server = serverForTests();

  it('is switched on in 我的, remembered, and makes every main screen big', async () => {
    await withPhone(server, async (page) => {
      page.setDefaultTimeout(30_000);
      await logInWithCode(page, server, WORKER);
      await waitForSynced(page);
      await page.locator('a.tab[href="/me"]').click();
      const toggle = page.getByTestId('elder-toggle');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      // Without it the measures below find small words and targets (so they can fail).
      expect(await bodyFontSize(page)).toBeLessThan(20);
      expect(await smallTargets(page)).not.toEqual([]);
      await toggle.click();
      await page.reload();
      await page.getByTestId('elder-toggle').waitFor();
      expect(await page.getByTestId('elder-toggle').getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);

      // 找活 offers the search box and the nearest jobs, without the filter bar.
      await page.locator('a.tab[href="/"]').click();
      await page.getByTestId('job-list').waitFor();
      expect(await page.getByTestId('filters').count()).toBe(0);
      // Job cards show the occupation's picture.
      await page.getByTestId('job-card').first().locator('svg.occupation-icon').waitFor();
      const screens: [string, () => Promise<unknown>][] = [
        ['找活', async () => {}],
        ['a job page', () => page.getByTestId('job-card').first().locator('a').click()],
        ['驿站', () => page.locator('a.tab[href="/stations"]').click()],
        ['服务', () => page.locator('a.tab[href="/services"]').click()],
        ['我的', () => page.locator('a.tab[href="/me"]').click()],
        ['the profile form', () => page.goto(`${server.url}/profile`)],
        ['求助 form', () => page.goto(`${server.url}/complaints/new`)],
      ];
      const problems: string[] = [];
      for (const [screen, open] of screens) {
        await open();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500); // lazy parts (lists, pictures) settle
        const size = await bodyFontSize(page);
        if (size < 20) problems.push(`${screen}: body text ${size}px`);
        for (const target of await smallTargets(page)) problems.push(`${screen}: ${target}`);
        await expectAccessible(page, `${screen} in 长辈模式`);
      }
      expect(problems).toEqual([]);
    });
  }, 400_000);

  it('the occupation picker finds 电工 by pinyin and by one character, and says when the limit is reached', async () => {
    await withPhone(server, async (page) => {
      page.setDefaultTimeout(30_000);
      await page.goto(`${server.url}/profile`);
      const picker = page.getByTestId('occupation-picker');
      await picker.getByTestId('picker-categories').waitFor();
      await expectAccessible(page, 'the occupation picker');

      const search = picker.getByTestId('picker-search');
      for (const typed of ['diangong', '电']) {
        await search.fill(typed);
        const first = picker.getByTestId('picker-results').locator('button').first();
        await first.waitFor();
        expect(await first.textContent(), typed).toContain('电工');
      }
      await picker.getByTestId('picker-results').locator('[data-code=electrician]').click();
      await expectAccessible(page, 'the occupation picker’s search results');

      // Two more by category make three, the limit; a fourth is answered, not ignored.
      await search.fill('');
      await picker.getByRole('button', { name: '家政服务', exact: true }).click();
      await picker.locator('[data-code=cleaner]').click();
      await picker.locator('[data-code=nanny]').click();
      expect(await picker.getByTestId('picker-full').count()).toBe(0);
      await picker.locator('[data-code=caregiver]').click();
      await picker.getByTestId('picker-full').waitFor();
      expect(await picker.getByTestId('picker-full').textContent()).toContain('最多选 3 个');
      expect(await picker.locator('[data-code=caregiver]').getAttribute('aria-pressed')).toBe('false');
      expect(await picker.getByTestId('picker-chosen').textContent()).toMatch(/电工.*保洁员.*保姆/);

      // Removing one makes room again.
      await picker.getByRole('button', { name: '去掉保姆' }).click();
      await picker.locator('[data-code=caregiver]').click();
      expect(await picker.locator('[data-code=caregiver]').getAttribute('aria-pressed')).toBe('true');
      expect(await picker.getByTestId('picker-full').count()).toBe(0);

      // In English the trades and kinds of work have English names.
      await page.locator('button.lang').click();
      await picker.locator('[data-code=nanny]', { hasText: 'Nanny' }).waitFor();
      expect(await picker.getByTestId('picker-chosen').textContent()).toContain('Electrician');
    });
  }, 400_000);
});
