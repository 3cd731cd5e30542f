/**
 * What a stranger found walking the app at 360 px: no page wider than the phone (fields cut
 * off, the tab bar pushed off-screen), in Chinese and in English; checkboxes, radios and
 * choice chips too small to hit with a thumb; and a worker sent from a job to fill in a
 * profile first comes back to that job, not to the job list.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, logInWithCode, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

const ADMIN = '13800000001';
const DESK = '13800000002';
const WORKER = '13800000005';
const SLOW = 360_000;

/** How wide the page is, and the widest elements past the phone's edge (to say what to fix when it fails). */
const widths = (page: Page) =>
  page.evaluate(() => ({
    page: document.scrollingElement?.scrollWidth ?? 0,
    tooWide: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
  }));

async function expectFits(page: Page) {
  const { page: width, tooWide } = await widths(page);
  expect(width, tooWide.join(', ')).toBeLessThanOrEqual(360);
}

/**
 * Checkboxes, radios and the form kit's choice chips smaller than 48 × 48 px to tap, where a
 * box counts with the label around it (a tap on the words ticks it too).
 */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input[type=checkbox], input[type=radio], button.toggle')]
      .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
      .map(
        ({ el, box }) =>
          `${el.getAttribute('name') ?? el.textContent} ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );

/** Once the English words have come (they are fetched when English is chosen) in `selector`. */
const inEnglish = (page: Page, selector: string) =>
  page.waitForFunction((s) => !/[\u4e00-\u9fff]/.test(document.querySelector(s)?.textContent ?? '一'), selector);

describeBrowser('at 360 px wide', () => {
  const server = serverForTests();

  it(
    'the job list and the policy edit form fit the phone, in Chinese and in English',
    async () => {
      await withPhone(server, async (page) => {
        await logInWithPassword(page, server, ADMIN);
        await waitForSynced(page);
        await page.goto(`${server.url}/policies`);
        await page.getByTestId('policy-card').first().click();
        await page.getByTestId('policy-edit').click();
        await page.locator('section[data-loaded]').waitFor();
        await expectFits(page);
        await page.locator('button.lang').click();
        await inEnglish(page, '[data-testid=policy-submit]');
        await expectFits(page);
        await page.goto(`${server.url}/`);
        await page.locator('section[data-place=known]').waitFor();
        await inEnglish(page, 'select');
        await expectFits(page);
      });
    },
    SLOW,
  );

  it(
    'every checkbox, radio and choice chip is at least 48 px to tap: 维权, 求助, 政策, a desk’s session, import and print pages',
    async () => {
      await withPhone(server, async (page) => {
        await logInWithPassword(page, server, DESK);
        await waitForSynced(page);
        // Each page, once what is measured has come (the session's job chips come from the phone's database).
        const pages = {
          '/rights': '[data-testid=evidence-list] input',
          '/complaints/new': '[data-testid=complaint-form] button.toggle',
          '/policies': '[data-testid=policy-card]',
          '/events/new': '[data-testid=event-form] button.toggle.small',
          '/desk/import': '[data-testid=import-kind-job]',
          '/desk/print': '[data-testid=print-count]',
        };
        for (const [path, ready] of Object.entries(pages)) {
          await page.goto(`${server.url}${path}`);
          await page.locator(ready).first().waitFor();
          expect(await smallTargets(page), path).toEqual([]);
        }
      });
    },
    SLOW,
  );

  it(
    'a worker who fills in a profile before applying comes back to the job',
    async () => {
      const [{ id }] = await server.db.query<{ id: string }>(
        `SELECT id::text FROM records WHERE kind = 'job' AND NOT deleted AND data->>'status' = 'open' LIMIT 1`,
      );
      await withPhone(server, async (page) => {
        await logInWithCode(page, server, WORKER);
        await waitForSynced(page);
        await page.goto(`${server.url}/jobs/${id}`);
        await page.getByTestId('apply-profile-first').click();
        await page.fill('input[name=name]', '马师傅');
        await page.selectOption('select[name=county]', '630103');
        await page.getByTestId('seeker-submit').click();
        await page.getByTestId('apply-button').waitFor();
        expect(new URL(page.url()).pathname).toBe(`/jobs/${id}`);
      });
    },
    SLOW,
  );
});
