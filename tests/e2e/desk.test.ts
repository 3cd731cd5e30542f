/**
 * Issue 11, the desk's and field staff's day, in Chromium at 360 px, offline then synced.
 * The desk works through 今日待办 with no signal: verifies a job by call-back (the outcome
 * shows on the job), registers a person and lands on their page with 已保存 / 仅保存在本机,
 * finds them in its seeker list by name, accepts a 求助 filed for its county without a
 * station; back online, the server holds all of it. Field staff register two people in two
 * villages offline, see them by village as unsent, and as sent after reconnecting.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import {
  cspViolations,
  describeBrowser,
  type FileServer,
  logInWithPassword,
  registerSeeker,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const DESK = '13800000002';
const FIELD = '13800000003';
const COUNTY = '630103';

/** A worker's anonymous 求助 for the county, sent without a login, naming no station. */
async function fileAnonymousComplaint(server: FileServer, employerName: string): Promise<string> {
  const id = uuidv7();
  const response = await fetch(server.url + PUSH_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      v: 1,
      clientId: uuidv7(),
      schema: SCHEMA_VERSION,
      mutations: [
        {
          seq: 1,
          id: uuidv7(),
          name: 'complaint.file',
          at: Date.now(),
          args: {
            id,
            kind: 'wage_arrears',
            anonymous: true,
            employerName,
            amount: 4200,
            description: '在大棚干了一个月，老板说没钱。',
            evidence: [{ item: '考勤记录', have: true }],
            regionCode: COUNTY,
          },
        },
      ],
    }),
  });
  expect((await response.json()).results[0]).toMatchObject({ ok: true });
  return id;
}

async function record(server: FileServer, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await server.db.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM records WHERE id = $1 AND NOT deleted`,
    [id],
  );
  return row?.data;
}

const openMe = (page: Page) => page.locator('a.tab[href="/me"]').click();

describeBrowser('the desk’s and field staff’s day in Chromium', () => {
  const server = serverForTests();

  it('the desk verifies by call-back, registers and finds a person, and accepts a 求助, offline; the server then has it all', async () => {
    const complaintId = await fileAnonymousComplaint(server, '某蔬菜大棚');
    await withPhone(server, async (page, browser) => {
      await logInWithPassword(page, server, DESK);
      await waitForSynced(page);
      await page.goto(`${server.url}/me`);
      const home = page.getByTestId('desk-home');
      await home.waitFor();
      await expect.poll(() => page.getByTestId('verify-item').count()).toBeGreaterThan(0);
      await page.getByTestId('complaint-item').filter({ hasText: '某蔬菜大棚' }).waitFor();
      expect(Number(await page.getByTestId('tally-complaints').locator('strong').textContent())).toBeGreaterThan(0);

      await browser.context.setOffline(true);
      // Verify the first job waiting, by call-back.
      await page.getByTestId('verify-item').first().click();
      await page.getByTestId('verify-form').waitFor();
      const jobId = new URL(page.url()).pathname.split('/desk/verify/')[1];
      await page.selectOption('select[name=method]', 'callback');
      await page.selectOption('select[name=state]', 'verified');
      await page.fill('textarea[name=note]', '老板电话确认，月底结账');
      await page.getByTestId('verify-submit').click();
      await page.getByTestId('job-detail').waitFor();
      const verification = page.getByTestId('verification');
      await verification.waitFor();
      expect(await verification.textContent()).toContain('驿站电话回访：属实');
      expect(await verification.textContent()).toContain('老板电话确认，月底结账');
      await page.getByTestId('local-only').waitFor();

      // Register a person: the form ends on their page, saved on this phone.
      await openMe(page);
      await page.getByTestId('desk-register').click();
      const personId = await registerSeeker(page, { name: '韩秀兰', village: '王斌堡村', phone: '13900000551' });
      const saved = page.getByTestId('seeker-saved');
      expect(await saved.textContent()).toContain('已保存');
      expect(await saved.textContent()).toContain('已保存在本机');
      await page.getByTestId('local-only').waitFor();

      // Find them in the station's seeker list by name.
      await openMe(page);
      await page.getByTestId('desk-seekers-link').click();
      await page.getByTestId('station-seekers').waitFor();
      // The list fills from the device database just after it appears: wait for more than one.
      await expect.poll(() => page.getByTestId('station-seeker').count()).toBeGreaterThan(1);
      await page.fill('input[name=q]', '韩秀兰');
      await expect.poll(() => page.getByTestId('station-seeker').count()).toBe(1);
      await page.getByTestId('station-seeker').click();
      await page.getByTestId('seeker-page').filter({ hasText: '13900000551' }).waitFor();

      // Accept the 求助 filed for the county.
      await openMe(page);
      await page.getByTestId('complaint-item').filter({ hasText: '某蔬菜大棚' }).click();
      await page.getByRole('button', { name: '受理' }).click();
      await page.getByTestId('complaint').filter({ hasText: '已受理' }).waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      await browser.context.setOffline(false);
      await waitForSynced(page);
      const job = await record(server, jobId);
      expect(job?.verification).toMatchObject({
        state: 'verified',
        method: 'callback',
        note: '老板电话确认，月底结账',
      });
      const person = await record(server, personId);
      expect(person).toMatchObject({ name: '韩秀兰', village: '王斌堡村', registeredBy: 'staff' });
      expect(person?.stationId).toBeDefined();
      expect((await record(server, complaintId))?.status).toBe('accepted');

      await page.goto(`${server.url}/jobs/${jobId}`);
      await page.getByTestId('verification').filter({ hasText: '属实' }).waitFor();
      expect(await page.getByTestId('local-only').count()).toBe(0);
      expect(cspViolations).toEqual([]);
    });
  });

  it('field staff register two people offline and see them by village as unsent, then as sent after reconnecting', async () => {
    await withPhone(server, async (page, browser) => {
      await logInWithPassword(page, server, FIELD);
      await waitForSynced(page);
      await page.goto(`${server.url}/me`);
      const unsent = page.getByTestId('field-unsent');
      await unsent.filter({ hasText: '都已发送' }).waitFor();

      await browser.context.setOffline(true);
      await page.getByTestId('field-register').click();
      const first = await registerSeeker(page, { name: '赵桂芳', village: '王斌堡村', phone: '13900000661' });
      await openMe(page);
      await page.getByTestId('field-register').click();
      const second = await registerSeeker(page, { name: '孙德明', village: '张家庄村', phone: '13900000662' });
      await openMe(page);

      await unsent.filter({ hasText: '还有 2 条没发送' }).waitFor();
      const villages = page.getByTestId('village');
      expect(await villages.count()).toBe(2);
      expect(await villages.nth(0).locator('h4').textContent()).toContain('王斌堡村');
      expect(await villages.nth(0).textContent()).toContain('赵桂芳');
      expect(await villages.nth(1).locator('h4').textContent()).toContain('张家庄村');
      expect(await villages.nth(1).textContent()).toContain('孙德明');
      expect(await page.getByTestId('trip-seeker').getByTestId('unsent').count()).toBe(2);

      await browser.context.setOffline(false);
      await unsent.filter({ hasText: '都已发送' }).waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('trip-seeker').getByTestId('sent').count()).toBe(2);
      const [account] = await server.db.query<{ id: string }>(`SELECT id FROM accounts WHERE phone = $1`, [FIELD]);
      for (const id of [first, second]) expect((await record(server, id))?.registeredByUser).toBe(account.id);
    });
  });
});
