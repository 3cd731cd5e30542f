/**
 * A worker's whole path in Chromium: log in with an SMS code, fill in the profile, apply to a
 * job with no signal, and see the desk's answer after the next sync. The desk acts through
 * the real API with its own account.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { MemoryCodeSender } from '../../server/auth/code-sender';
import { DEMO_PASSWORD } from '../../server/demo/accounts';
import type { RunningServer } from '../../server/server';
import { describeBrowser, launchBrowser, openApp, startTestServer, waitForSynced } from './harness';

const WORKER = '13800000005';
const DESK = '13800000002';

describeBrowser('a worker in Chromium', () => {
  let server: RunningServer;
  const codes = new MemoryCodeSender();

  beforeAll(async () => {
    server = await startTestServer({ codeSender: codes });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The desk moves the application along through the sync API, as its own device would. */
  async function deskMarksContacted(applicationId: string): Promise<void> {
    const clientId = uuidv7();
    const post = (path: string, body: unknown, token?: string) =>
      fetch(server.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
        body: JSON.stringify(body),
      });
    const login = await post('/api/auth/v1/login', { phone: DESK, password: DEMO_PASSWORD, clientId });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const mutation = { seq: 1, id: uuidv7(), name: 'application.advance', args: { id: applicationId, status: 'contacted' }, at: Date.now() };
    const pushed = await post(PUSH_PATH, { v: 1, clientId, schema: SCHEMA_VERSION, mutations: [mutation] }, accessToken);
    expect(((await pushed.json()) as { results: { ok: boolean }[] }).results).toEqual([{ seq: 1, ok: true }]);
  }

  it('logs in with a code, fills the profile, applies offline, and sees the desk’s answer after sync', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openApp(browser.context, server.url);
      await waitForSynced(page);
      await page.locator('a.tab[href="/me"]').click();
      await page.getByTestId('login-link').click();
      await page.fill('input[name=phone]', WORKER);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByRole('button', { name: /秒后可重发/ }).waitFor();
      await page.fill('input[name=code]', codes.lastCode(WORKER)!);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByTestId('account-who').filter({ hasText: '求职者' }).waitFor();

      await page.goto(`${server.url}/profile`);
      await page.fill('input[name=name]', '马师傅');
      await page.getByTestId('seeker-form').getByRole('button', { name: '保安', exact: true }).click();
      await page.getByTestId('seeker-submit').click();
      await page.getByTestId('job-list').waitFor();
      await waitForSynced(page);

      await browser.context.setOffline(true);
      await page.getByTestId('job-card').first().click();
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

      await deskMarksContacted(application.id);
      await page.reload();
      await page.getByTestId('applied').filter({ hasText: '已联系' }).waitFor({ timeout: 30_000 });
    } finally {
      await browser.dispose();
    }
  });
});
