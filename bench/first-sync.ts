/**
 * A new phone's first visit on a slow network (issue 15): the demo county served by the real
 * server, Chromium with 4× CPU slowdown and "3G Slow" (WebPageTest's profile: 400 ms round
 * trip, 400 kbit/s each way) through CDP. Measures, from the page's load event: the first job
 * card on screen with stations on the device, and the badge's 已全部同步 (the whole first
 * sync); and every long task (PerformanceObserver `longtask`) from navigation to the end of
 * that sync. Needs a build in dist/ and Chromium.
 * Run: node --import tsx bench/first-sync.ts
 */
import type { Page } from 'playwright-core';
import { DEFAULT_DEMO } from '../server/demo/seed';
import { countRows, launchBrowser, startTestServer, waitForSynced } from '../tests/e2e/harness';

/** WebPageTest's "3G Slow". */
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

const RUNS = Number(process.env.FIRST_SYNC_RUNS ?? 3);

export interface FirstSync {
  /** Load event → first job card visible. */
  firstJobsMs: number;
  /** Load event → stations on the device (the 驿站 tab lists them from there). */
  stationsMs: number;
  /** Load event → 已全部同步. */
  wholeMs: number;
  /** Long tasks after the load event (the first sync runs then): [start after load, duration] in ms. */
  longTasks: [number, number][];
  /** Long tasks up to the load event (loading the app's own scripts). */
  loadTasks: number[];
  jobs: number;
}

declare global {
  interface Window {
    __longTasks?: [number, number][];
  }
}

async function stationsStored(page: Page): Promise<number> {
  while ((await countRows(page, 'stations').catch(() => 0)) === 0) await page.waitForTimeout(50);
  return Date.now();
}

export async function firstSync(url: string): Promise<FirstSync> {
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longTasks?.push([Math.round(entry.startTime), Math.round(entry.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const [origin, loadEnd] = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return [performance.timeOrigin, nav.loadEventEnd];
    });
    const loadedAt = Math.round(origin + loadEnd);
    const stations = stationsStored(page);
    await page.getByTestId('job-card').first().waitFor({ timeout: 180_000 });
    const firstJobsMs = Date.now() - loadedAt;
    const stationsMs = (await stations) - loadedAt;
    await waitForSynced(page, 180_000);
    const wholeMs = Date.now() - loadedAt;
    const tasks = await page.evaluate(() => window.__longTasks ?? []);
    return {
      firstJobsMs,
      stationsMs,
      wholeMs,
      longTasks: tasks.filter(([start]) => start >= loadEnd).map(([start, d]) => [Math.round(start - loadEnd), d]),
      loadTasks: tasks.filter(([start]) => start < loadEnd).map(([, d]) => d),
      jobs: await countRows(page, 'jobs'),
    };
  } finally {
    await browser.dispose();
  }
}

export async function firstSyncBench(): Promise<string[]> {
  // BENCH_DIST: another build (an older one, for a figure beside this one).
  const server = await startTestServer({ demo: DEFAULT_DEMO, staticDir: process.env.BENCH_DIST });
  try {
    const lines: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await firstSync(server.url);
      const durations = run.longTasks.map(([, d]) => d);
      lines.push(
        `First visit, 3G Slow + 4× CPU, ${run.jobs} jobs, from the load event: first job card ${run.firstJobsMs} ms, ` +
          `stations stored ${run.stationsMs} ms, whole first sync ${run.wholeMs} ms; ` +
          `after load: longest task ${Math.max(0, ...durations)} ms, ${durations.filter((d) => d > 200).length} over 200 ms, ` +
          `${durations.length} over 50 ms (${run.longTasks.map(([at, d]) => `${d}@${at}`).join(' ')}); ` +
          `before load: ${run.loadTasks.length} long tasks, longest ${Math.max(0, ...run.loadTasks)} ms`,
      );
    }
    return lines;
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await firstSyncBench()) console.log(line);
}
