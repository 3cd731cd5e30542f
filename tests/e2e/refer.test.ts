/**
 * 推荐 in Chromium at 360 px: the desk posts a job and registers a person who wants that
 * trade, then, with no signal, refers the person to the job from the person's page (已推荐 ·
 * 待同步); back online it syncs. The job's 报名的人 marks the person 驿站推荐, the desk moves it
 * to 录用 with a follow-up note on the person's page, and 数据 counts one referral and one
 * placement today.
 */
import { expect, it } from 'vitest';
import { OCCUPATIONS } from '../../src/core/occupations';
import { expectAccessible } from './axe';
import {
  chooseOccupation,
  describeBrowser,
  logInWithPassword,
  postJobOnForm,
  serverForTests,
  waitForSynced,
  withPhone,
} from './harness';

const DESK = '13800000002';
/** A small county keeps the first sync, the matching and the figures short. */
const FEW_JOBS = { jobs: 60, seekers: 10, stationsPerCounty: 1 };
const SLOW = 300_000;

describeBrowser('推荐 in Chromium', () => {
  const server = serverForTests({ demo: FEW_JOBS });

  it(
    'the desk refers a person to a job offline from their page, follows it up to 录用, and 数据 counts it',
    async () => {
      await withPhone(server, async (page, browser) => {
        await logInWithPassword(page, server, DESK);
        await waitForSynced(page);
        const jobId = await postJobOnForm(page, { employerName: '推荐测试家政公司', wageMin: 180 });

        // A person who wants the job's trade, in the desk's county.
        await page.goto(`${server.url}/seekers/new`);
        await page.getByTestId('seeker-form').waitFor();
        await page.fill('input[name=name]', '韩秀兰');
        await page.selectOption('select[name=county]', '630103');
        await page.selectOption('select[name=town]', '630103100');
        await chooseOccupation(page, OCCUPATIONS[0].code);
        await page.fill('input[name=phone]', '13900000571');
        await page.getByTestId('seeker-submit').click();
        await page.getByTestId('seeker-page').waitFor();
        const personPath = new URL(page.url()).pathname;
        await waitForSynced(page);

        // No signal: 推荐 from the person's matched jobs.
        await browser.context.setOffline(true);
        const match = page.getByTestId('seeker-job-matches').locator(`[data-job-id="${jobId}"]`);
        await match.waitFor({ timeout: 30_000 });
        await expectAccessible(page, 'a person’s page with 推荐');
        await match.getByTestId('refer').click();
        await match.getByTestId('referral-state').filter({ hasText: '已推荐 · 待同步' }).waitFor();
        // The person's one application, on their page.
        const application = page.getByTestId('seeker-application');
        expect(await application.getByTestId('application-channel').textContent()).toBe('驿站推荐');
        await application.getByText('仅保存在本机').waitFor();

        // Back online: it reaches the server, and the row says where it stands.
        await browser.context.setOffline(false);
        await waitForSynced(page);
        await match.getByTestId('referral-state').filter({ hasText: '驿站推荐' }).waitFor();
        expect(await match.getByTestId('referral-state').textContent()).toContain('等驿站或老板联系');
        expect(await match.getByTestId('refer').count()).toBe(0);
        const [stored] = await server.db.query<{ data: { channel: string; jobId: string } }>(
          `SELECT data FROM records WHERE kind = 'application' AND data->>'jobId' = $1`,
          [jobId],
        );
        expect(stored?.data.channel).toBe('referral');

        // The job's 报名的人 marks the person 驿站推荐.
        await page.goto(`${server.url}/jobs/${jobId}`);
        const applicant = page.getByTestId('applicant').filter({ hasText: '韩秀兰' });
        await applicant.getByTestId('applicant-referred').filter({ hasText: '驿站推荐' }).waitFor();
        await expectAccessible(page, 'a job’s 报名的人 with 驿站推荐');

        // 回访 on the person's page: 录用, with a note.
        await page.goto(server.url + personPath);
        await application.waitFor();
        await application.getByTestId('application-note').fill('回访：已上岗');
        await application.getByTestId('move-hired').click();
        await application.getByTestId('application-status').filter({ hasText: '已录用' }).waitFor();
        expect(await application.getByTestId('application-history').textContent()).toContain('回访：已上岗');
        expect(await application.getByTestId('move-rejected').count()).toBe(0);
        await expectAccessible(page, 'a person’s page after 录用');
        await waitForSynced(page);

        // 数据: today, one referral and one placement.
        await page.goto(`${server.url}/desk/figures`);
        await page.getByTestId('figures-page').waitFor();
        const applications = page.getByTestId('figures-phone-applications');
        await expect.poll(() => applications.locator('.figure-part').innerText(), { timeout: 30_000 }).toMatch(/ 1$/);
        const placements = page.getByTestId('figures-phone-placements').locator('.figure-number');
        await expect.poll(() => placements.innerText(), { timeout: 30_000 }).toBe('1');
      });
    },
    SLOW,
  );
});
