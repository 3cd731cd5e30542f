/**
 * Budget (issue 15): the offline cold start to the first job card, with 4× CPU slowdown and
 * the demo county's 4,000 jobs on the device, stays within 2 s (median of 5 reloads; the goal
 * is 1.5 s: see bench/cold-start.ts, which measures). The environment variable
 * COLD_START_BUDGET_MS lowers the limit, to watch it fail.
 */
import { expect, it } from 'vitest';
import { COLD_START_BUDGET_MS, coldStarts } from '../../bench/cold-start';
import { describeBrowser } from '../e2e/harness';

const BUDGET_MS = Number(process.env.COLD_START_BUDGET_MS ?? COLD_START_BUDGET_MS);

describeBrowser('offline cold start', () => {
  it(`reaches the first job card within ${BUDGET_MS} ms (median of 5, 4× CPU)`, async () => {
    const { times, median, jobs } = await coldStarts();
    expect(median, `reloads took ${times.join(', ')} ms with ${jobs} jobs on the device`).toBeLessThanOrEqual(
      BUDGET_MS,
    );
  }, 300_000);
});
