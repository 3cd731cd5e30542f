/**
 * A worker's and an employer's day in Chromium at 360 px (issue 11): the employer posts a
 * job offline (the form says what wording is not allowed before saving), a worker applies
 * offline and finds the application in 我的报名 with its status, the employer sees the
 * applicant with the number they gave and closes the job. The worker is never offered the
 * staff tools (匹配求职者, 登记求职者, the coordinate check). A phone nobody is logged in to
 * keeps a queued profile with "登录后发送" and sends nothing until a login; its 我的 loads the
 * words for writes only once there is one.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PUSH_PATH } from '../../src/core/protocol';
import {
  chooseOccupation,
  describeBrowser,
  logInWithCode,
  logInWithPassword,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const WORKER = '13800000005';
const EMPLOYER = '13800000004';
const DESK = '13800000002';

/** Go to a tab of the app the way a person does (a client-side navigation, so it works offline too). */
const tab = (page: Page, path: string) => page.locator(`a.tab[href="${path}"]`).click();

describeBrowser('each role’s own work at 360 px', () => {
  const server = serverForTests();

  it('an employer posts offline, a worker applies offline and finds it in 我的报名, the employer sees the applicant and closes the job', async () => {
    const jobTitle = '小区保洁员';
    const jobId = await withPhone(server, async (employer, browser) => {
      await waitForSynced(employer);
      await logInWithPassword(employer, server, EMPLOYER);
      await tab(employer, '/me');
      await employer.getByTestId('my-postings').waitFor();
      await employer.getByTestId('post-job').click();
      await employer.getByTestId('job-form').waitFor();
      await browser.context.setOffline(true);

      await chooseOccupation(employer, 'cleaner');
      await employer.fill('input[name=title]', jobTitle);
      await employer.fill('input[name=employerName]', '鑫家政');
      await employer.selectOption('select[name=county]', '630103');
      await employer.selectOption('select[name=town]', '630103100');
      await employer.fill('input[name=wageMin]', '150');
      // A daily wage is settled daily unless chosen otherwise.
      await employer.selectOption('select[name=wageUnit]', 'month');
      await employer.selectOption('select[name=wageUnit]', 'day');
      expect(await employer.inputValue('select[name=payPeriod]')).toBe('daily');
      // The check says what it found and why, before saving.
      await employer.fill('textarea[name=requirements]', '女工优先，限本地户口');
      const check = employer.getByTestId('posting-check');
      await check.filter({ hasText: '写了“女工优先”：招工不能按男女挑人' }).waitFor();
      expect(await check.textContent()).toContain('写了“限本地户口”');
      await employer.fill('textarea[name=requirements]', '男女不限，手脚麻利');
      await check.waitFor({ state: 'detached' });
      await employer.getByTestId('job-submit').click();

      await employer.getByTestId('job-detail').waitFor();
      const id = new URL(employer.url()).pathname.split('/').pop()!;
      await employer.getByTestId('local-only').waitFor();
      // Their own job: what they can do with it, never "报名需要登录（求职者）".
      await employer.getByTestId('job-actions').waitFor();
      expect(await employer.getByTestId('apply').textContent()).toBe('');
      await browser.context.setOffline(false);
      await waitForSynced(employer);
      return id;
    });
    const [posted] = await server.db.query<{ status: string; pay: string }>(
      `SELECT data->>'status' AS status, data->>'payPeriod' AS pay FROM records WHERE id = $1`,
      [jobId],
    );
    expect(posted).toEqual({ status: 'open', pay: 'daily' });

    await withPhone(server, async (worker, browser) => {
      await waitForSynced(worker);
      await logInWithCode(worker, server, WORKER);
      // No staff tools on 我的.
      await worker.getByTestId('my-applications').waitFor();
      expect(await worker.getByTestId('register-seeker').count()).toBe(0);
      await worker.goto(`${server.url}/profile`);
      await worker.fill('input[name=name]', '马师傅');
      await worker.selectOption('select[name=county]', '630103');
      await chooseOccupation(worker, 'cleaner');
      await worker.getByTestId('seeker-submit').click();
      await worker.getByTestId('job-list').waitFor();
      await waitForSynced(worker);

      await worker.goto(`${server.url}/jobs/${jobId}`);
      await worker.getByTestId('apply-button').waitFor();
      expect(await worker.getByTestId('match-seekers').count()).toBe(0);
      expect(await worker.getByTestId('job-actions').count()).toBe(0);
      await browser.context.setOffline(true);
      await worker.getByTestId('apply-button').click();
      await worker.getByTestId('applied').waitFor();

      await tab(worker, '/me');
      const mine = worker.getByTestId('my-application').filter({ hasText: jobTitle });
      await mine.waitFor();
      expect(await mine.textContent()).toContain('城中区 总寨镇');
      expect(await mine.getByTestId('application-status').textContent()).toBe('等驿站或老板联系');
      await mine.getByText('仅保存在本机').waitFor();
      expect(await mine.getByTestId('application-history').textContent()).toMatch(/^报名 · \d+月\d+日$/);
      expect(await worker.getByTestId('pending-item').first().textContent()).toContain(`报名：${jobTitle}（总寨镇）`);
      expect(await worker.getByTestId('register-seeker').count()).toBe(0);

      await browser.context.setOffline(false);
      await waitForSynced(worker);
      await mine.getByText('仅保存在本机').waitFor({ state: 'detached' });

      // Nor the coordinate check on a station's page.
      await tab(worker, '/stations');
      const [station] = await server.db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'station' LIMIT 1`);
      await worker.goto(`${server.url}/stations/${station.id}`);
      await worker.getByText(/这里发布的岗位/).waitFor();
      expect(await worker.getByTestId('station-coords').count()).toBe(0);
    });

    await withPhone(server, async (employer) => {
      await logInWithPassword(employer, server, EMPLOYER);
      await waitForSynced(employer);
      await tab(employer, '/me');
      const posting = employer.getByTestId('my-posting').filter({ hasText: jobTitle });
      await posting.getByTestId('posting-applicants').filter({ hasText: '报名的人：1 个' }).click();
      const applicant = posting.getByTestId('applicant').filter({ hasText: '马师傅' });
      expect(await applicant.locator('a[href^="tel:"]').getAttribute('href')).toBe(`tel:${WORKER}`);
      await posting.getByTestId('job-close').click();
      await posting.getByTestId('job-closed-confirm').click();
      await posting.getByTestId('posting-status').filter({ hasText: '已关闭' }).waitFor();
      await waitForSynced(employer);
    });
    const [closed] = await server.db.query<{ status: string }>(
      `SELECT data->>'status' AS status FROM records WHERE id = $1`,
      [jobId],
    );
    expect(closed.status).toBe('closed');
  }, 240_000); // three phones, each with its first sync, one after another

  it('the desk is offered its tools: 登记求职者 on 我的, the coordinate check on its own station only', async () => {
    await withPhone(server, async (desk) => {
      await logInWithPassword(desk, server, DESK);
      await waitForSynced(desk);
      await tab(desk, '/me');
      await desk.getByTestId('register-seeker').waitFor();
      const [own] = await server.db.query<{ id: string }>(
        `SELECT s.id FROM records s JOIN accounts a ON a.phone = $1 WHERE s.kind = 'station' AND a.station_ids ? s.id::text`,
        [DESK],
      );
      await desk.goto(`${server.url}/stations/${own.id}`);
      await desk.getByTestId('station-coords').waitFor();
      const [other] = await server.db.query<{ id: string }>(
        `SELECT s.id FROM records s JOIN accounts a ON a.phone = $1 WHERE s.kind = 'station' AND NOT a.station_ids ? s.id::text LIMIT 1`,
        [DESK],
      );
      await desk.goto(`${server.url}/stations/${other.id}`);
      await desk.getByText(/这里发布的岗位/).waitFor();
      expect(await desk.getByTestId('station-coords').count()).toBe(0);
    });
  });

  it('a logged-out phone keeps a queued profile with 登录后发送 and sends nothing until someone logs in', async () => {
    await withPhone(server, async (page) => {
      const pushes: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === PUSH_PATH) pushes.push(request.url());
      });
      await waitForSynced(page);
      // With nothing to word, 我的 paints without the writes' words (and the outbox rules they bring),
      // and logged out without the trade names a worker's profile summary shows.
      await tab(page, '/me');
      await page.getByTestId('pending-list').waitFor();
      const requested = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      for (const chunk of [/^writes-.*\.js$/, /^occupations-.*\.js$/]) {
        const file = readdirSync('dist/assets').find((f) => chunk.test(f));
        expect(file, `dist/ has no ${chunk} chunk: run a fresh \`npx vite build\``).toBeDefined();
        expect((await requested()).filter((url) => url.endsWith(`/assets/${file}`))).toEqual([]);
      }

      await page.goto(`${server.url}/profile`);
      await page.fill('input[name=name]', '李大姐');
      await page.selectOption('select[name=county]', '630103');
      await chooseOccupation(page, 'cleaner');
      await page.getByTestId('seeker-submit').click();
      await page.getByTestId('job-list').waitFor();

      await page.getByTestId('sync-waiting-login').filter({ hasText: '登录后发送' }).waitFor({ timeout: 30_000 });
      await tab(page, '/me');
      await page.getByTestId('me-waiting-login').filter({ hasText: '1 条' }).waitFor();
      expect(await page.getByTestId('pending-item').textContent()).toContain('登记求职者：李大姐');
      // Several syncs later (button, reload), still nothing sent.
      for (let i = 0; i < 3; i++) {
        await page.getByRole('button', { name: '立即同步' }).click();
        await page.getByTestId('sync-pending').filter({ hasText: '1 条待同步' }).waitFor();
      }
      await page.reload();
      await page.getByTestId('me-waiting-login').waitFor();
      await page.waitForTimeout(3_000);
      expect(pushes).toEqual([]);

      await logInWithCode(page, server, '13900001234');
      await waitForSynced(page);
      expect(pushes.length).toBeGreaterThan(0);
      const [saved] = await server.db.query<{ phone: string }>(
        `SELECT a.phone FROM records s JOIN accounts a ON a.id::text = s.data->>'registeredByUser'
         WHERE s.kind = 'seeker' AND s.data->>'name' = '李大姐'`,
      );
      expect(saved.phone).toBe('13900001234');
    });
  });
});
