/**
 * Lighthouse 12 (mobile preset: a mid-range phone, simulated slow 4G and 4× CPU) on the app's
 * four main pages, each a first visit with storage cleared, in Debian's Chromium. The goal
 * (issue 15) is performance and accessibility ≥ 95 on each; tests/budgets/lighthouse.test.ts
 * holds what is reached so far (`LIGHTHOUSE_FLOORS`) so that it cannot get worse unseen.
 * Needs a build in dist/ and Chromium.
 * Run: node --import tsx bench/lighthouse.ts
 * (LIGHTHOUSE_PAGES='stations,我的' audits only those pages; LIGHTHOUSE_RUNS=1 takes that many runs
 * a page; BENCH_DIST=dir serves another build. Old and new alternately: see bench/RESULTS.md.)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import type { RunningServer } from '../server/server';
import { CHROMIUM_PATH, startTestServer } from '../tests/e2e/harness';

/** The goal on every page, for both categories. */
export const LIGHTHOUSE_GOAL = 95;

/**
 * What CI holds each page to today, below which it fails (each the median of three runs).
 * Accessibility is at the goal on every page. Performance is held where a first visit lands
 * on the shared 2-core machines, with room for their noise, not at the goal: there, in a
 * quiet hour (2026-12-01), the job list scores 77 (FCP 1.9 s, LCP 2.6 s, TBT 0.76 s: the sync
 * engine and the place question load and run after the first paint), a job 77-88 and 我的 73-79;
 * main before issue 12 (5e17b59) scored 76-81 on the job list beside it. The floors of 90
 * held before were met by some CI runs and not by others. The stations page was not held on
 * performance while its MapLibre map drew on arrival (software WebGL here, TBT ~4-6 s); it opens
 * on the list now and loads the map only when asked (bench/RESULTS.md, stationsmap).
 */
export const LIGHTHOUSE_FLOORS: Record<string, { performance?: number; accessibility: number }> = {
  'job list': { performance: 70, accessibility: LIGHTHOUSE_GOAL },
  'a job': { performance: 70, accessibility: LIGHTHOUSE_GOAL },
  // The map loads only when asked (2026-12-01): what is left is the job list's work; 65 with the map before.
  stations: { performance: 60, accessibility: LIGHTHOUSE_GOAL },
  // 66 in stop 20's last CI run (FCP 2.0 s, LCP 3.7 s, TBT 0.97 s) after its merges: a regression
  // not yet traced, held at 60 so that it cannot get worse unseen.
  我的: { performance: 60, accessibility: LIGHTHOUSE_GOAL },
};

export interface PageScores {
  page: string;
  performance: number;
  accessibility: number;
  /** The metrics behind the performance score, for the record. */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** The pages the budget covers: the job list, a job, the stations page and 我的. */
export async function budgetPages(server: Pick<RunningServer, 'db'>): Promise<[string, string][]> {
  const [job] = await server.db.query<{ id: string }>(
    `SELECT id FROM records WHERE kind = 'job' AND NOT deleted ORDER BY id LIMIT 1`,
  );
  return [
    ['job list', '/'],
    ['a job', `/jobs/${job.id}`],
    ['stations', '/stations'],
    ['我的', '/me'],
  ];
}

/**
 * Runs per page held on performance: one run's score moves by ±10 on a shared 2-core machine,
 * so the page counts by the median run (Lighthouse's own advice and its CLI's way of choosing
 * it: the run nearest the median first paint and time to interactive).
 */
const RUNS_PER_HELD_PAGE = 3;

/** How many runs a page's score is the median of: three where performance has a floor. */
export const runsFor = (floor: { performance?: number }) => ((floor.performance ?? 0) > 0 ? RUNS_PER_HELD_PAGE : 1);

/** `runsOf(page)`: how many runs to take the median of (1 by default). */
export async function auditPages(
  baseUrl: string,
  pages: [string, string][],
  runsOf: (page: string) => number = () => 1,
): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--lang=zh-CN'],
  });
  try {
    const scores: PageScores[] = [];
    for (const [name, path] of pages) {
      const run = async () => {
        const result = await lighthouse(
          baseUrl + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
          undefined,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        return result.lhr;
      };
      // Now and then, on a loaded machine, a run measures nothing (no first paint recorded, score
      // null): that is a failed measurement, not a score of 0, so it is measured once more.
      const runs = [];
      for (let attempt = 0; runs.length < runsOf(name) && attempt < runsOf(name) + 1; attempt++) {
        runs.push(...filterToValidRuns([await run()]));
      }
      const lhr = runs.length > 0 ? computeMedianRun(runs) : await run();
      const { categories, audits } = lhr;
      const metric = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      scores.push({
        page: name,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

export const describeScores = (s: PageScores) =>
  `${s.page}: performance ${s.performance}, accessibility ${s.accessibility} ` +
  `(FCP ${s.fcpMs} ms, LCP ${s.lcpMs} ms, TBT ${s.tbtMs} ms, CLS ${s.cls.toFixed(3)})`;

if (import.meta.url === `file://${process.argv[1]}`) {
  // BENCH_DIST: another build (an older one, for a figure beside this one).
  const server = await startTestServer({ staticDir: process.env.BENCH_DIST });
  try {
    const only = process.env.LIGHTHOUSE_PAGES?.split(',');
    const pages = (await budgetPages(server)).filter(([name]) => !only || only.includes(name));
    const runs = process.env.LIGHTHOUSE_RUNS ? () => Number(process.env.LIGHTHOUSE_RUNS) : undefined;
    for (const s of await auditPages(server.url, pages, runs ?? ((page) => runsFor(LIGHTHOUSE_FLOORS[page])))) {
      console.log(describeScores(s));
    }
  } finally {
    await server.close();
  }
}
