/**
 * Issue 9 in Chromium: a worker registers themself with the name, birth year and village of
 * someone the desk registered. On 待核对 the desk sees both records side by side, must choose
 * which one to keep, and, because the worker's record carries their login phone and the
 * other a different phone, must say it checked the ID in person before 合并 is allowed. The
 * merge can be undone. The demo's 演示数据 banner is on every page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOGIN_PATH, type LoginResponse } from '../../src/core/auth';
import { uuidv7 } from '../../src/core/ids';
import { PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { MemoryCodeSender } from '../../server/auth/code-sender';
import { DEMO_PASSWORD } from '../../server/demo/accounts';
import type { RunningServer } from '../../server/server';
import { seekerRegisterArgs } from '../fixtures/records';
import { describeBrowser, launchBrowser, logInWithPassword, openApp, startTestServer, waitForSynced } from './harness';

const WORKER = '13800000005';
const DESK = '13800000002';

describeBrowser('deciding a possible duplicate in Chromium', () => {
  let server: RunningServer;
  const codes = new MemoryCodeSender();

  beforeAll(async () => {
    server = await startTestServer({ codeSender: codes });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Log in through the API and push one mutation, as a device of that account would. */
  async function pushAs(login: Record<string, string>, name: string, args: unknown) {
    const clientId = uuidv7();
    const session = (await (
      await fetch(server.url + LOGIN_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...login, clientId }),
      })
    ).json()) as LoginResponse;
    const response = await fetch(server.url + PUSH_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({
        v: 1,
        clientId,
        schema: SCHEMA_VERSION,
        mutations: [{ seq: 1, id: uuidv7(), name, args, at: Date.now() }],
      }),
    });
    expect((await response.json()).results[0]).toMatchObject({ ok: true });
  }

  const reviewStatus = async () =>
    (
      await server.db.query<{ status: string }>(`SELECT data->>'status' AS status FROM records WHERE kind = 'review'`)
    )[0]?.status;

  it('the desk compares both records, chooses the survivor, confirms the ID check, merges, and undoes it', async () => {
    const [{ station }] = await server.db.query<{ station: string }>(
      `SELECT station_ids->>0 AS station FROM accounts WHERE phone = $1`,
      [DESK],
    );
    const person = { name: '马建华', birthYear: 1970, village: '总寨村', regionCode: '630103100', stationId: station };
    const registered = seekerRegisterArgs({ ...person, phone: '13900000042' });
    await pushAs({ phone: DESK, password: DEMO_PASSWORD }, 'seeker.register', registered);
    await fetch(`${server.url}/api/auth/v1/code`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: WORKER }),
    });
    const self = seekerRegisterArgs({ ...person, registeredBy: 'self', phone: '13900000042' });
    await pushAs({ phone: WORKER, code: codes.lastCode(WORKER) ?? '' }, 'seeker.register', self);
    expect(await reviewStatus()).toBe('open');

    const browser = await launchBrowser();
    try {
      const page = await openApp(browser.context, server.url);
      await page.getByTestId('demo-banner').filter({ hasText: '演示数据' }).waitFor();
      await logInWithPassword(page, server, DESK);
      await waitForSynced(page);
      await page.goto(`${server.url}/reviews`);
      const compare = page.getByTestId('compare');
      await compare.waitFor();
      // Both records side by side; the worker's own carries their login phone, not the one typed.
      expect(await compare.textContent()).toContain('139****0042');
      expect(await compare.textContent()).toContain('138****0005');
      const merge = page.getByRole('button', { name: /先选保留哪一份|合并，保留/ });
      expect(await merge.isDisabled()).toBe(true);
      await compare.getByRole('button', { name: '保留这份' }).first().click();
      await page.getByText('合并前请当面核对身份证件').waitFor();
      expect(await merge.isDisabled()).toBe(true);
      await page.getByRole('button', { name: '已当面核对身份证件' }).click();
      expect(await merge.isDisabled()).toBe(false);
      await merge.click();
      await expect.poll(reviewStatus, { timeout: 30_000 }).toBe('merged');
      const [kept] = await server.db.query<{ keep: string }>(
        `SELECT data->'merge'->>'keep' AS keep FROM records WHERE kind = 'review'`,
      );
      expect(kept.keep).toBe(registered.id);

      await page.getByRole('button', { name: '撤销合并' }).click();
      await expect.poll(reviewStatus, { timeout: 30_000 }).toBe('open');
      const live = await server.db.query<{ id: string }>(
        `SELECT id FROM records WHERE kind = 'seeker' AND NOT deleted AND data->>'name' = '马建华'`,
      );
      expect(live.map((r) => r.id).sort()).toEqual([registered.id, self.id].sort());
    } finally {
      await browser.dispose();
    }
  });
});
