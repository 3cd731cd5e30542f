/**
 * A new phone's first pull (issue 11): the demo (4,000 jobs in five counties) opened in a
 * fresh Chromium profile at 360 px, which answers the place question at once either with one
 * county (城中区, found by pinyin in the picker) or with "every place" (what every new phone
 * downloaded before the question existed). Per run: bytes of the pull answers on the wire
 * (bodies as transferred, gzip, plus headers), time from the first navigation to stations on
 * the device, to the first job card, and to the whole download. Both kinds alternate on one
 * server in one run, so the figures compare as ratios. Needs a build in dist/ and Chromium.
 * Run: node --import tsx bench/first-pull.ts
 *
 * With FIRST_PULL_BASE=<a checkout of the code before issue 11, built, with node_modules>
 * the same run also opens that app on its own server ("before": no question, every county,
 * buckets in name order, so stations came after the jobs).
 */
import type { Page } from 'playwright-core';
import { DEFAULT_DEMO } from '../server/demo/seed';
import { PULL_PATH } from '../src/core/protocol';
import { countRows, launchBrowser, startTestServer, waitForSynced } from '../tests/e2e/harness';

const RUNS = 3;
type Kind = 'one county' | 'every place' | 'before';

interface Run {
  bytes: number;
  pulls: number;
  stationsMs: number;
  firstCardMs: number;
  doneMs: number;
  jobs: number;
}

/** Milliseconds from `start` until `ready` holds, checked every 25 ms. */
async function until(start: number, ready: () => Promise<boolean>): Promise<number> {
  while (!(await ready())) await new Promise((r) => setTimeout(r, 25));
  return Date.now() - start;
}

async function answer(page: Page, kind: Kind): Promise<void> {
  if (kind === 'before') return;
  await page.getByTestId('place-setup').waitFor({ timeout: 60_000 });
  if (kind === 'every place') return page.getByTestId('place-all').click();
  await page.getByRole('searchbox', { name: '搜地名' }).fill('chengzhong');
  await page.getByTestId('place-results').getByRole('button', { name: '西宁市 城中区', exact: true }).click();
}

async function firstPull(url: string, kind: Kind): Promise<Run> {
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    let bytes = 0;
    let pulls = 0;
    page.on('requestfinished', async (request) => {
      if (!request.url().endsWith(PULL_PATH)) return;
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      pulls += 1;
    });
    const start = Date.now();
    await page.goto(url);
    const stations = until(start, async () => (await countRows(page, 'stations').catch(() => 0)) > 0);
    await answer(page, kind);
    const firstCardMs = await until(start, async () => (await page.getByTestId('job-card').count()) > 0);
    await waitForSynced(page, 180_000);
    await page.getByTestId('download-progress').waitFor({ state: 'detached' });
    const doneMs = Date.now() - start;
    return { bytes, pulls, stationsMs: await stations, firstCardMs, doneMs, jobs: await countRows(page, 'jobs') };
  } finally {
    await browser.dispose();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The app and server of an older checkout, when FIRST_PULL_BASE names one. */
async function startBase(): Promise<{ url: string; close(): Promise<void> } | undefined> {
  const base = process.env.FIRST_PULL_BASE;
  if (!base) return undefined;
  const harness = (await import(`${base}/tests/e2e/harness.ts`)) as { startTestServer: typeof startTestServer };
  return harness.startTestServer({ demo: DEFAULT_DEMO, staticDir: `${base}/dist` });
}

export async function firstPullBench(): Promise<string[]> {
  const server = await startTestServer({ demo: DEFAULT_DEMO });
  const base = await startBase();
  try {
    const runs: Record<Kind, Run[]> = { 'one county': [], 'every place': [], before: [] };
    const kinds: Kind[] = base ? ['one county', 'every place', 'before'] : ['one county', 'every place'];
    for (let i = 0; i < RUNS; i++)
      for (const kind of kinds) runs[kind].push(await firstPull(kind === 'before' ? base!.url : server.url, kind));
    const summary = (kind: Kind) => {
      const r = runs[kind];
      return {
        kb: median(r.map((x) => x.bytes)) / 1024,
        stations: median(r.map((x) => x.stationsMs)),
        card: median(r.map((x) => x.firstCardMs)),
        done: median(r.map((x) => x.doneMs)),
        jobs: r[0].jobs,
        pulls: r[0].pulls,
      };
    };
    const one = summary('one county');
    const all = summary('every place');
    const line = (kind: Kind, s: typeof one) =>
      `${kind}: ${s.jobs} jobs, ${s.pulls} pull requests, ${s.kb.toFixed(1)} KB down; stations on the phone ${s.stations} ms, ` +
      `first job card ${s.card} ms, download done ${s.done} ms (medians of ${RUNS}, from the first navigation)`;
    const ratio = (other: Kind, s: typeof one) =>
      `one county / ${other}: bytes ${(one.kb / s.kb).toFixed(2)}×, stations ${(one.stations / s.stations).toFixed(2)}×, ` +
      `first job card ${(one.card / s.card).toFixed(2)}×, download done ${(one.done / s.done).toFixed(2)}×`;
    const lines = [line('one county', one), line('every place', all), ratio('every place', all)];
    if (base) lines.push(line('before', summary('before')), ratio('before', summary('before')));
    return lines;
  } finally {
    await server.close();
    await base?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await firstPullBench()) console.log(line);
}
