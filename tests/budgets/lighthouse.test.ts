/**
 * Budget (issue 15): Lighthouse 12, mobile preset, first visit, scores performance and
 * accessibility at least 95 on the job list, a job page, the stations page and 我的
 * (bench/lighthouse.ts runs it). LIGHTHOUSE_MIN_SCORE changes the limit, to watch it fail.
 */
import { beforeAll, expect, it } from 'vitest';
import { auditPages, budgetPages, describeScores, LIGHTHOUSE_MIN_SCORE, type PageScores } from '../../bench/lighthouse';
import { describeBrowser, serverForTests } from '../e2e/harness';

const MIN = Number(process.env.LIGHTHOUSE_MIN_SCORE ?? LIGHTHOUSE_MIN_SCORE);

describeBrowser('Lighthouse on the main pages', () => {
  const server = serverForTests();
  let scores: PageScores[];

  beforeAll(async () => {
    scores = await auditPages(server.url, await budgetPages(server));
    for (const s of scores) console.log(`[lighthouse] ${describeScores(s)}`);
  }, 400_000);

  it(`scores performance and accessibility at least ${MIN} on each`, () => {
    const below = scores.filter((s) => s.performance < MIN || s.accessibility < MIN).map(describeScores);
    expect(below).toEqual([]);
  });
});
