/**
 * 政策 in Chromium at 360 px: a phone with no signal finds a policy under 服务 → 政策, opens
 * it and has it read aloud; a phone without a Chinese voice gets the text large instead;
 * the desk publishes a policy offline and a worker's phone lists it after both synced.
 *
 * Headless Chromium has no voices, so an init script stands in for the phone's speech
 * engine: it lists one zh-CN voice (or none), records every utterance `speak` is given and
 * ends each a moment later, as a real engine does.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { describeBrowser, logInWithCode, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

const WORKER = '13800000005';
/** Three phones' worth of steps on a shared two-core machine: more than the default two minutes. */
const SLOW = 360_000;
const DESK = '13800000002';

interface Spoken {
  text: string;
  lang: string;
  voice?: string;
  rate: number;
}

/**
 * Runs in the page before the app: a speech engine with one Mandarin voice, or with none.
 * A sentence is "read" until the test calls `__finishSentence()`; `cancel` ends the one being
 * read with an `end` event a moment later, as engines do, which the player must not take
 * for the end of a sentence it still wants read.
 */
function fakeSpeechEngine(withVoice: boolean) {
  const spoken: Spoken[] = [];
  let reading: SpeechSynthesisUtterance | undefined;
  const voices = withVoice ? [{ name: '测试普通话', lang: 'zh-CN', localService: true, default: true }] : [];
  // The real setter takes only the engine's own voice objects.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get(this: { fakeVoice?: unknown }) {
      return this.fakeVoice ?? null;
    },
    set(this: { fakeVoice?: unknown }, voice: unknown) {
      this.fakeVoice = voice;
    },
  });
  const engine = window.speechSynthesis;
  const finish = () => {
    const done = reading;
    reading = undefined;
    done?.dispatchEvent(new Event('end'));
  };
  Object.defineProperty(engine, 'speaking', { configurable: true, get: () => reading !== undefined });
  engine.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
  engine.cancel = () => setTimeout(finish, 50);
  engine.speak = (utterance) => {
    spoken.push({
      text: utterance.text,
      lang: utterance.lang,
      voice: (utterance.voice as { name?: string } | null)?.name,
      rate: utterance.rate,
    });
    reading = utterance;
  };
  Object.assign(window, { __spoken: spoken, __finishSentence: finish });
}

async function withSpeech(context: BrowserContext, page: Page, withVoice: boolean): Promise<void> {
  await context.addInitScript(fakeSpeechEngine, withVoice);
  await page.reload();
}

const spokenSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const finishSentence = (page: Page) =>
  page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
const countSpoken = async (page: Page) => (await spokenSoFar(page)).length;

describeBrowser('政策 and reading aloud in Chromium', () => {
  const server = serverForTests();

  it(
    'offline, a worker finds a policy by topic, reads its summary first and has it read aloud',
    async () => {
      await withPhone(server, async (page, browser) => {
        await waitForSynced(page);
        await withSpeech(browser.context, page, true);
        await browser.context.setOffline(true);

        await page.locator('a.tab[href="/services"]').click();
        await page.getByTestId('hub-policies').click();
        const cards = page.getByTestId('policy-card');
        await cards.first().waitFor();
        await expectAccessible(page, '政策 list');
        // Expired policies are not listed.
        expect(await cards.filter({ hasText: '2025年度' }).count()).toBe(0);
        await page.getByRole('button', { name: '创业', exact: true }).click();
        const card = cards.filter({ hasText: '城中区一次性创业补贴' });
        await expect.poll(() => cards.count()).toBe(1);
        // The card leads with the plain summary.
        expect(await card.getByTestId('policy-summary').textContent()).toContain('一次性5000元');
        await card.click();

        const policyPage = page.getByTestId('policy-page');
        await policyPage.waitFor();
        const summary = await policyPage.getByTestId('policy-summary').textContent();
        expect(summary).toContain('能领多少');
        expect(summary).toContain('去哪办');
        expect(await policyPage.textContent()).toContain('西宁市城中区人力资源和社会保障局');
        await expectAccessible(page, 'a policy');

        await page.getByTestId('read-aloud').click();
        const now = page.getByTestId('speech-text').locator('li.speech-now');
        await expect.poll(() => countSpoken(page), { timeout: 15_000 }).toBe(1);
        expect((await spokenSoFar(page))[0]).toMatchObject({
          text: '城中区一次性创业补贴',
          lang: 'zh-CN',
          voice: '测试普通话',
          rate: 1,
        });
        expect(await now.textContent()).toBe('城中区一次性创业补贴');
        await expectAccessible(page, 'a policy being read aloud');
        // One sentence at a time, the one being read highlighted.
        await finishSentence(page);
        await expect.poll(() => countSpoken(page)).toBe(2);
        expect((await spokenSoFar(page))[1].text).toBe('能领多少：一次性5000元');
        expect(await now.textContent()).toBe('能领多少：一次性5000元');

        // Pause: nothing more is read (the cancelled sentence's end event moves nothing on).
        await page.getByTestId('speech-pause').click();
        await page.waitForTimeout(500);
        expect(await countSpoken(page)).toBe(2);
        // Go on slowly: the paused sentence again, at the slow rate.
        await page.getByRole('button', { name: '慢', exact: true }).click();
        await page.getByTestId('speech-resume').click();
        await expect.poll(() => countSpoken(page)).toBe(3);
        expect((await spokenSoFar(page))[2]).toMatchObject({ text: '能领多少：一次性5000元', rate: 0.75 });

        // To the end: the summary's lines and the body's sentences are all read, then 从头再读.
        const again = page.getByTestId('speech-resume').filter({ hasText: '从头再读' });
        for (let sentence = 0; sentence < 20 && (await again.count()) === 0; sentence++) {
          const before = await countSpoken(page);
          await finishSentence(page);
          await expect.poll(async () => (await countSpoken(page)) > before || (await again.count()) > 0).toBe(true);
        }
        const texts = (await spokenSoFar(page)).map((u) => u.text);
        expect(texts).toContain('谁能领：在城中区第一次开店办厂、开了6个月以上的人');
        expect(texts.some((text) => text.includes('可申请一次性创业补贴5000元'))).toBe(true);
        expect(texts.some((text) => text.includes('到区人社局就业服务窗口'))).toBe(true);

        // Leaving the page stops the voice.
        await again.click();
        await expect.poll(() => countSpoken(page)).toBe(texts.length + 1);
        await page.locator('a.back').click();
        await page.getByTestId('policies').waitFor();
        await page.waitForTimeout(500);
        expect(await countSpoken(page)).toBe(texts.length + 1);
        expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
      });
    },
    SLOW,
  );

  it(
    'a phone without a Chinese voice says so and shows the text large',
    async () => {
      await withPhone(server, async (page, browser) => {
        await waitForSynced(page);
        await withSpeech(browser.context, page, false);
        await page.goto(`${server.url}/policies`);
        await page.getByTestId('policy-card').filter({ hasText: '农民工工资被拖欠怎么办' }).click();
        await page.getByTestId('read-aloud').click();
        await page.getByTestId('speech-no-voice').waitFor({ timeout: 10_000 });
        expect(await page.getByTestId('speech-no-voice').textContent()).toContain('这部手机没有中文朗读声音');
        const large = page.getByTestId('speech-large');
        expect(await large.textContent()).toContain('保存好考勤记录');
        const size = await large.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(24);
        expect(await spokenSoFar(page)).toEqual([]);
        await expectAccessible(page, 'a policy without a voice');
      });
    },
    SLOW,
  );

  it(
    'the desk publishes a policy offline; a worker’s phone lists it after both synced',
    async () => {
      const title = '总寨镇家政培训生活补贴';
      await withPhone(server, async (page, browser) => {
        await logInWithPassword(page, server, DESK);
        await waitForSynced(page);
        await browser.context.setOffline(true);
        await page.goto(`${server.url}/policies`);
        await page.getByTestId('policy-new').click();
        await page.locator('section[data-loaded]').waitFor();
        await expectAccessible(page, 'the policy form');
        await page.fill('input[name=title]', title);
        await page.fill('input[name=amount]', '每天生活费60元');
        await page.fill('textarea[name=who]', '参加驿站家政培训的本镇居民');
        await page.fill('textarea[name=where]', '总寨镇零工驿站报名，带身份证');
        await page.fill('textarea[name=body]', '参加驿站组织的家政服务员培训，培训期间每天发生活费60元，结业发证。');
        await page.getByRole('button', { name: '培训', exact: true }).click();
        await page.getByTestId('policy-submit').click();
        await page.getByTestId('policy-page').getByTestId('local-only').waitFor();
        const id = page.url().split('/policies/')[1];
        await browser.context.setOffline(false);
        const stored = async () =>
          (
            await server.db.query<{ title: string }>(`SELECT data->>'title' AS title FROM records WHERE id = $1`, [id])
          )[0]?.title;
        await expect.poll(stored, { timeout: 30_000 }).toBe(title);
      });

      await withPhone(server, async (page) => {
        await logInWithCode(page, server, WORKER);
        await waitForSynced(page);
        await page.goto(`${server.url}/policies`);
        const card = page.getByTestId('policy-card').filter({ hasText: title });
        await card.waitFor({ timeout: 30_000 });
        expect(await card.textContent()).toContain('每天生活费60元');
        expect(await page.getByTestId('policy-new').count()).toBe(0);
      });
    },
    SLOW,
  );
});
