/**
 * Issue 13's "done when", in Chromium: a field phone that never gets a network after its
 * login registers two people and posts a job, exports its unsent records to a file, and a
 * desk imports that file twice with one result (the second says 已导入过). The records stay
 * pending on the field phone, where they were made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  countRows,
  describeBrowser,
  type FileServer,
  logInWithPassword,
  postJobOnForm,
  registerSeeker,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const DESK = '13800000002';
const FIELD = '13800000003';

const openMe = (page: Page) => page.locator('a.tab[href="/me"]').click();

async function serverCount(server: FileServer, sql: string, params: unknown[]): Promise<number> {
  const [row] = await server.db.query<{ n: number }>(sql, params);
  return row.n;
}

describeBrowser('sync files in Chromium', () => {
  const server = serverForTests();
  const folder = mkdtempSync(join(tmpdir(), 'gigsync-'));
  const file = join(folder, 'trip.gigsync');
  const countyFile = join(folder, 'county.gigsync');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const ids: string[] = [];

  it('a field phone offline for the whole trip exports its unsent records to a file', async () => {
    await withPhone(server, async (page, browser) => {
      await logInWithPassword(page, server, FIELD);
      await waitForSynced(page);
      await browser.context.setOffline(true);

      await openMe(page);
      await page.getByTestId('field-register').click();
      ids.push(await registerSeeker(page, { name: '白玉兰', village: '王斌堡村', phone: '13900000771' }));
      await openMe(page);
      await page.getByTestId('field-register').click();
      ids.push(await registerSeeker(page, { name: '马有福', village: '张家庄村', phone: '13900000772' }));
      ids.push(await postJobOnForm(page, { employerName: '下乡登记的用工方', wageMin: 160 }));

      await openMe(page);
      await page.getByTestId('field-export').click();
      await page.getByTestId('syncfile-count').filter({ hasText: '3 条' }).waitFor();
      await expectAccessible(page, '导出未发送的记录');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('syncfile-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.gigsync$/);
      await download.saveAs(file);
      await page.getByTestId('syncfile-message').filter({ hasText: '3 条记录' }).waitFor();
      // Still waiting on the phone: they go out by themselves when it is back online.
      expect(await countRows(page, 'outbox')).toBe(3);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    });
  }, 400_000);

  it('a desk imports that file twice with one result, as the field worker', async () => {
    expect(ids).toHaveLength(3);
    const onServer = () => serverCount(server, 'SELECT count(*)::int AS n FROM records WHERE id = ANY($1)', [ids]);
    expect(await onServer()).toBe(0);

    await withPhone(server, async (page) => {
      await logInWithPassword(page, server, DESK);
      await openMe(page);
      await page.getByTestId('desk-syncfile-link').click();
      await page.getByTestId('syncfile-import').waitFor();
      await expectAccessible(page, '导入同步文件');

      for (const [round, outcome, summary] of [
        [1, 'applied', '新导入 3 条'],
        [2, 'already', '之前已导入 3 条'],
      ] as const) {
        if (round === 2) await page.reload();
        await page.getByTestId('syncfile-import').waitFor();
        await page.getByTestId('syncfile-file').setInputFiles(file);
        const lines = page.getByTestId('syncfile-line');
        await expect.poll(() => lines.count()).toBe(3);
        // What the file holds, in words, before anything is sent.
        expect(await lines.nth(0).textContent()).toContain('白玉兰');
        expect(await lines.nth(1).textContent()).toContain('马有福');
        await page.getByTestId('syncfile-import-button').click();
        await page.getByTestId('syncfile-summary').filter({ hasText: summary }).waitFor();
        const outcomes = await page
          .getByTestId('syncfile-outcome')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-outcome')));
        expect(outcomes).toEqual([outcome, outcome, outcome]);
        if (round === 1) await expectAccessible(page, '导入结果');
        expect(await onServer()).toBe(3);
      }
      const [field] = await server.db.query<{ id: string }>('SELECT id FROM accounts WHERE phone = $1', [FIELD]);
      const [seeker] = await server.db.query<{ data: { registeredByUser: string } }>(
        'SELECT data FROM records WHERE id = $1',
        [ids[0]],
      );
      // Made as the field worker, not as the desk that imported it.
      expect(seeker.data.registeredByUser).toBe(field.id);
      expect(
        await serverCount(
          server,
          `SELECT count(*)::int AS n FROM sync_mutation WHERE scope = $1 AND name IN ('seeker.register', 'job.post')`,
          [field.id],
        ),
      ).toBe(3);

      // The desk's county file, for the next field phone (with the trip's job, pulled after the import).
      await waitForSynced(page);
      await openMe(page);
      await page.getByTestId('desk-county-link').click();
      await page.getByTestId('syncfile-county').waitFor();
      await expectAccessible(page, '县里的岗位资料（驿站）');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('county-export').click()]);
      await download.saveAs(countyFile);
      await page.getByTestId('county-message').filter({ hasText: '已导出' }).waitFor();
    });
  }, 400_000);

  it('a field phone that never downloaded the county loads the desk’s county file offline', async () => {
    await withPhone(
      server,
      async (page, browser) => {
        // No download ever reaches this phone: only the login gets through before it goes offline.
        await browser.context.route('**/api/sync/v1/pull', (route) => route.abort());
        await logInWithPassword(page, server, FIELD);
        await browser.context.setOffline(true);
        expect(await countRows(page, 'jobs')).toBe(0);
        await openMe(page);
        await page.getByTestId('field-county').click();
        await page.getByTestId('syncfile-county').waitFor();
        await expectAccessible(page, '县里的岗位资料（下乡）');
        await page.getByTestId('county-file').setInputFiles(countyFile);
        await page.getByTestId('county-message').filter({ hasText: '已载入' }).waitFor();
        expect(await countRows(page, 'jobs')).toBeGreaterThan(0);
        // The job registered on the trip came back through the desk: it opens offline.
        await page.goto(`${server.url}/jobs/${ids[2]}`);
        await page.getByTestId('job-detail').filter({ hasText: '下乡登记的用工方' }).waitFor();
      },
      [],
      { place: 'ask' },
    );
  }, 400_000);
});
