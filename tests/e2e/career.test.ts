/**
 * 简历·练面试 in Chromium at 360 px: a worker's resume read offline from the phone, printed on
 * one A4 page and exported as a PNG; the interest quiz's suggestions opening the job list; an
 * interview answer recorded (Chromium's fake microphone) only after consent, played and deleted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { chooseOccupation, describeBrowser, logInWithCode, serverForTests, waitForSynced, withPhone } from './harness';

/** These screens read the profile, not the jobs: a small county keeps the first sync short. */
const FEW_JOBS = { jobs: 60, seekers: 5, stationsPerCounty: 1 };
/** A phone's first visit (the service worker, the first sync) takes most of the default two minutes on a busy machine. */
const SLOW = 300_000;

const WORKER = '13800000005';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FAKE_MICROPHONE = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];

/** A PDF's pages: each page object has "/Type /Page" (the page tree says "/Pages"). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describeBrowser('简历·练面试 in Chromium', () => {
  const server = serverForTests({ demo: FEW_JOBS });

  async function workerWithProfile(page: Page): Promise<void> {
    await waitForSynced(page);
    await logInWithCode(page, server, WORKER);
    await page.goto(`${server.url}/profile`);
    await page.fill('input[name=name]', '马建国');
    await page.selectOption('select[name=county]', '630103');
    await chooseOccupation(page, 'bricklayer');
    await chooseOccupation(page, 'electrician');
    await page.fill('input[name=birthYear]', '1980');
    await page.fill('input[name=skills]', '砌砖，看图纸，电工证');
    await page.getByTestId('seeker-submit').click();
    await page.getByTestId('job-list').waitFor();
    await waitForSynced(page);
  }

  it(
    'opens the resume offline with the name and trades, prints it on one A4 page, and saves it as a PNG',
    async () => {
      await withPhone(server, async (page, browser) => {
        await workerWithProfile(page);
        await page.locator('a.tab[href="/services"]').click();
        await page.getByTestId('hub-career').click();
        await page.getByTestId('career-home').waitFor();
        await expectAccessible(page, '简历·练面试');

        await browser.context.setOffline(true);
        await page.getByTestId('career-resume').click();
        const resume = page.getByTestId('resume');
        await resume.waitFor();
        const text = await resume.innerText();
        expect(text).toContain('马建国');
        expect(text).toContain('瓦工');
        expect(text).toContain('电工证');
        expect(text).not.toContain(WORKER);

        // The phone shows only when ticked; the years added show on the resume and stay after a reload.
        await page.getByTestId('resume-extras').locator('summary').click();
        await page.getByTestId('resume-show-phone').click();
        await page.getByLabel('瓦工干了几年').fill('12');
        await page.getByLabel('瓦工干了几年').blur();
        await resume.filter({ hasText: '瓦工　12 年' }).waitFor();
        await resume.filter({ hasText: WORKER }).waitFor();
        await expectAccessible(page, 'the resume');
        await page.reload();
        await resume.filter({ hasText: '瓦工　12 年' }).waitFor();

        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav.tabs').isVisible()).toBe(false);
        expect(await page.getByTestId('resume-share').isVisible()).toBe(false);
        expect(await resume.isVisible()).toBe(true);
        expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
        await page.emulateMedia({ media: 'screen' });

        const download = page.waitForEvent('download');
        await page.getByTestId('resume-share').click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/\.png$/);
        const png = readFileSync((await file.path()) as string);
        expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
        expect(png.readUInt32BE(16)).toBe(1080); // the IHDR width: a picture drawn, not an empty file
        await page.getByTestId('resume-share-status').filter({ hasText: '图片已保存到手机' }).waitFor();
      });
    },
    SLOW,
  );

  it(
    'offers a phone without a profile a way to make one',
    async () => {
      await withPhone(server, async (page) => {
        await page.goto(`${server.url}/career/resume`);
        await page.getByTestId('resume-no-profile').waitFor();
        await expectAccessible(page, 'the resume without a profile');
        await page.getByRole('link', { name: '填求职信息' }).click();
        await page.getByTestId('seeker-form').waitFor();
      });
    },
    SLOW,
  );

  it(
    'suggests occupations from the quiz answers, each with why, opening the job list searched for it',
    async () => {
      await withPhone(server, async (page) => {
        await page.goto(`${server.url}/career/quiz`);
        const answers = [
          '外面',
          '动手干活',
          '固定时间',
          '力气大，不怕累',
          '都不会',
          '不太会',
          '不想',
          '一般',
          '不喜欢',
        ];
        for (const answer of answers) await page.getByRole('button', { name: answer, exact: true }).click();
        await expectAccessible(page, 'a quiz question');
        await page.getByRole('button', { name: '喜欢', exact: true }).click(); // farming
        await page.getByRole('button', { name: '只上白班', exact: true }).click();

        const suggestions = page.getByTestId('quiz-suggestion');
        await suggestions.first().waitFor();
        expect(await suggestions.count()).toBe(5);
        const first = await suggestions.first().innerText();
        expect(first).toContain('瓦工');
        expect(first).toContain('你喜欢在外面干活');
        await expectAccessible(page, 'the quiz results');

        await suggestions.first().getByRole('link', { name: '找这个活' }).click();
        await page.waitForURL(/\/\?q=/);
        expect(await page.getByTestId('search-box').inputValue()).toBe('瓦工');
        // The search ran and answered (the small demo county may have no bricklayer's job: then
        // it offers the nearest word, or says none).
        await page
          .locator('[data-testid=search-count], [data-testid=search-reading], section[data-place] p.empty')
          .first()
          .waitFor();
      });
    },
    SLOW,
  );

  it(
    'records an answer only after consent, plays it back and deletes it; practice goes on without recording',
    async () => {
      await withPhone(
        server,
        async (page) => {
          await page.goto(`${server.url}/career/interview`);
          await page.getByTestId('interview-question').filter({ hasText: '先介绍一下你自己吧' }).waitFor();
          await expectAccessible(page, '练面试');
          // Nothing asks for the microphone before the worker says yes.
          expect(await page.getByTestId('interview-record').count()).toBe(0);
          await page.getByTestId('interview-consent-yes').click();

          await page.getByTestId('interview-record').click();
          await page.getByTestId('interview-stop').waitFor();
          await page.waitForTimeout(1200);
          await page.getByTestId('interview-stop').click();
          const audio = page.getByTestId('interview-answer').locator('audio');
          await audio.waitFor();
          expect(await audio.getAttribute('src')).toMatch(/^blob:/);
          await audio.evaluate((element: HTMLAudioElement) => element.play());
          await expect
            .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 })
            .toBeGreaterThan(0);
          await expectAccessible(page, '练面试 with a recorded answer');

          await page.getByTestId('interview-delete').click();
          expect(await page.getByTestId('interview-answer').count()).toBe(0);

          await page.getByTestId('interview-show-tip').click();
          await page.getByTestId('interview-tip').filter({ hasText: '说名字' }).waitFor();
          await page.getByTestId('interview-next').click();
          await page.getByTestId('interview-question').filter({ hasText: '以前干过这种活吗' }).waitFor();

          // Saying no keeps the microphone off; another kind of work asks its own questions.
          await page.reload();
          await page.getByTestId('interview-consent-no').click();
          expect(await page.getByTestId('interview-record').count()).toBe(0);
          await page.getByTestId('interview-group').selectOption('driving');
          await page.getByTestId('interview-question').filter({ hasText: '先介绍一下你自己吧' }).waitFor();
          for (let i = 0; i < 2; i++) await page.getByTestId('interview-next').click();
          await page.getByTestId('interview-question').filter({ hasText: '驾照是什么类型' }).waitFor();
        },
        FAKE_MICROPHONE,
      );
    },
    SLOW,
  );
});
