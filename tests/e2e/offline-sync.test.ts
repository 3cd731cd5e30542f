/**
 * The spine in a real browser: first visit syncs, the app reloads with no network, a job
 * posted offline reaches the server exactly once, and a tab killed between pull pages
 * resumes without losing or doubling anything.
 */
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import {
  countRows,
  cspViolations,
  describeBrowser,
  logInWithPassword,
  openApp,
  postJobOnForm,
  serverForTests,
  type FileServer,
  waitForSynced,
  withBrowser,
  withPhone,
} from './harness';

async function serverCount(server: FileServer, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await server.db.query<{ n: number }>(sql, params);
  return row.n;
}

describeBrowser('offline-first spine in Chromium', () => {
  const server = serverForTests();
  let jobsOnServer: number;

  beforeAll(async () => {
    jobsOnServer = await serverCount(server, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`);
  });

  it('first load syncs every job; an offline reload shows the app and its data', async () => {
    await withPhone(server, async (page, browser) => {
      await waitForSynced(page);
      expect(await countRows(page, 'jobs')).toBe(jobsOnServer);
      await expect.poll(() => page.getByTestId('job-card').count()).toBe(30);

      await browser.context.setOffline(true);
      await page.reload();
      await page.getByTestId('job-list').waitFor();
      // Chromium may apply the offline emulation to a reloaded document a moment after it starts.
      await expect.poll(() => page.getByTestId('sync-online').textContent()).toBe('离线');
      expect(await countRows(page, 'jobs')).toBe(jobsOnServer);
      await page.getByTestId('job-card').first().click();
      await page.getByTestId('job-detail').waitFor();
      expect(cspViolations).toEqual([]);
    });
  });

  it('a job posted offline is marked local-only, then reaches the server exactly once', async () => {
    await withPhone(server, async (page, browser) => {
      await waitForSynced(page);
      // Anonymous: the post page asks for a staff login and comes back after it.
      await page.locator('a.tab[href="/post"]').click();
      await page.getByTestId('needs-login').waitFor();
      await logInWithPassword(page, server, '13800000002');
      await waitForSynced(page);
      await browser.context.setOffline(true);
      const jobId = await postJobOnForm(page, { employerName: '离线测试用工方', wageMin: 180 });
      await page.getByTestId('local-only').waitFor();
      expect(await page.getByTestId('sync-pending').textContent()).toContain('1 条待同步');

      await browser.context.setOffline(false);
      await page.getByTestId('local-only').waitFor({ state: 'detached', timeout: 60_000 });
      await waitForSynced(page);
      expect(await serverCount(server, 'SELECT count(*)::int AS n FROM records WHERE id = $1', [jobId])).toBe(1);
      expect(await serverCount(server, `SELECT count(*)::int AS n FROM sync_mutation WHERE name = 'job.post'`)).toBe(1);
      expect(await countRows(page, 'outbox')).toBe(0);
    });
  });

  it('a form with mistakes shows each one and saves nothing', async () => {
    await withPhone(server, async (page) => {
      await logInWithPassword(page, server, '13800000002');
      await page.locator('a.tab[href="/post"]').click();
      await page.fill('input[name=wageMin]', '300');
      await page.fill('input[name=wageMax]', '100');
      await page.fill('input[name=contactPhone]', '12345');
      await page.getByTestId('job-submit').click();
      await page.getByTestId('form-errors').waitFor();
      const errors = await page.locator('.field-error').allTextContents();
      expect(errors).toEqual(expect.arrayContaining(['请填写', '电话号码不对']));
      expect(await countRows(page, 'outbox')).toBe(0);
    });
  });
});

/** A pull request's body as the app sent it (it gzips bodies of more than a few hundred bytes). */
async function pullRequestOf(route: Route): Promise<{ buckets: Record<string, number> }> {
  const body = route.request().postDataBuffer() ?? Buffer.alloc(0);
  const gzipped = (await route.request().headerValue('content-encoding')) === 'gzip';
  return JSON.parse((gzipped ? gunzipSync(body) : body).toString());
}

describeBrowser('a tab killed between pull pages', () => {
  const server = serverForTests({ pageRows: 25 });

  it('resumes from its saved cursors and ends with every row exactly once', async () => {
    const jobsOnServer = await serverCount(server, `SELECT count(*)::int AS n FROM records WHERE kind = 'job'`);
    await withBrowser(async (browser) => {
      // Jobs come only once the new phone says where it is: the tab dies once some of them have landed.
      let killed!: () => void;
      const killedNow = new Promise<void>((resolve) => {
        killed = resolve;
      });
      await browser.context.route('**/api/sync/v1/pull', async (route) => {
        const { buckets } = await pullRequestOf(route);
        if (!Object.entries(buckets).some(([bucket, cursor]) => bucket.startsWith('jobs:') && cursor > 0))
          return route.continue();
        await route.abort();
        killed();
      });
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.getByTestId('place-all').click();
      await killedNow;
      const partial = await countRows(page, 'jobs');
      await browser.close();
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(jobsOnServer);

      const context = await browser.reopen();
      const resumed: { buckets: Record<string, number> }[] = [];
      await context.route('**/api/sync/v1/pull', async (route) => {
        resumed.push(await pullRequestOf(route));
        await route.continue();
      });
      const again = await openApp(context, server.url);
      await waitForSynced(again);
      expect(Object.values(resumed[0].buckets).some((cursor) => cursor > 0)).toBe(true);
      expect(await countRows(again, 'jobs')).toBe(jobsOnServer);
    });
  });
});
