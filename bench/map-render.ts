/**
 * The 驿站 map's cost: the size of its lazily loaded chunk (what the job list never pays)
 * and the time to its first render, offline, with 4× CPU slowdown through CDP: from
 * navigation to MapLibre's first `idle` with the demo county's stations and jobs drawn.
 * Needs a build in dist/ and Chromium. Chromium here renders WebGL in software
 * (SwiftShader) on 2 shared cores, so the time is an upper bound for a phone with a GPU.
 * Run: npx vite build && node --import tsx bench/map-render.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DEFAULT_DEMO } from '../server/demo/seed';
import { countRows, launchBrowser, openApp, startTestServer, waitForSynced } from '../tests/e2e/harness';

const RUNS = 5;
const ASSETS = 'dist/assets';

function sizes(pattern: RegExp): { files: string[]; raw: number; gz: number } {
  const files = readdirSync(ASSETS).filter((f) => pattern.test(f));
  const bytes = files.map((f) => readFileSync(`${ASSETS}/${f}`));
  return {
    files,
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gz: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const MARKS = ['map-chunk-loaded', 'map-style-loaded', 'map-first-render'] as const;
interface Timings {
  median: Record<(typeof MARKS)[number], number>;
  best: number;
  worst: number;
}

/** Reload the 驿站 tab RUNS times; the page's performance marks time each first render. */
async function reloads(tab: Page): Promise<Timings> {
  const runs: Timings['median'][] = [];
  for (let i = 0; i < RUNS; i++) {
    await tab.reload();
    await tab.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 120_000 });
    runs.push(
      await tab.evaluate(
        (marks) =>
          Object.fromEntries(marks.map((m) => [m, Math.round(performance.getEntriesByName(m)[0].startTime)])) as never,
        MARKS,
      ),
    );
  }
  runs.sort((a, b) => a['map-first-render'] - b['map-first-render']);
  return {
    median: runs[Math.floor(RUNS / 2)],
    best: runs[0]['map-first-render'],
    worst: runs[RUNS - 1]['map-first-render'],
  };
}

export async function mapBench(): Promise<string[]> {
  const mapJs = sizes(/^MapView-.*\.js$/);
  const mapCss = sizes(/^MapView-.*\.css$/);
  const page = sizes(/^StationsPage-.*\.js$/);
  const worker = sizes(/^geo\.worker-.*\.js$/);
  const basemap = statSync('dist/tiles/demo-basemap.pmtiles').size;

  const server = await startTestServer({ demo: DEFAULT_DEMO });
  const browser = await launchBrowser();
  try {
    const tab = await openApp(browser.context, server.url);
    await waitForSynced(tab, 120_000);
    await tab.goto(`${server.url}/stations`);
    await tab.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 120_000 });
    const cdp = await browser.context.newCDPSession(tab);
    await browser.context.setOffline(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const plain = await reloads(tab);
    // The same with the county basemap stored (downloaded online, unthrottled, then offline again).
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await browser.context.setOffline(false);
    await tab.reload();
    await tab.getByTestId('basemap-download').click();
    await tab.getByTestId('basemap-stored').waitFor({ timeout: 60_000 });
    await browser.context.setOffline(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const withBasemap = await reloads(tab);
    const drawn = { stations: await countRows(tab, 'stations'), jobs: await countRows(tab, 'jobs') };
    const row = (what: string, r: Timings) =>
      `| Offline first map render, 4× CPU slowdown, ${what} | **median ${r.median['map-first-render']} ms**, best ${r.best} ms, worst ${r.worst} ms (${RUNS} reloads; navigation start → first MapLibre \`idle\`; median run: map chunk loaded at ${r.median['map-chunk-loaded']} ms, style loaded at ${r.median['map-style-loaded']} ms) |`;
    return [
      '| what | figure |',
      '|---|---|',
      `| Map chunk (${mapJs.files.join(', ')}: maplibre-gl 5.24.1 with its inlined worker, pmtiles, the map view) | **${kb(mapJs.gz)} gz** (${kb(mapJs.raw)} raw) |`,
      `| MapLibre CSS, loaded with the map chunk | ${kb(mapCss.gz)} gz (${kb(mapCss.raw)} raw) |`,
      `| 驿站 page chunk (filters, list, SVG sketch; no MapLibre) | ${kb(page.gz)} gz (${kb(page.raw)} raw) |`,
      `| Geo worker (Dexie, kdbush, geokdbush) | ${kb(worker.gz)} gz (${kb(worker.raw)} raw) |`,
      `| Demo basemap archive (stored on "下载本县地图") | ${kb(basemap)} |`,
      row(`${drawn.stations} stations and ${drawn.jobs} jobs on the device, no basemap`, plain),
      row('the same with the demo basemap stored', withBasemap),
    ];
  } finally {
    await browser.dispose();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await mapBench()) console.log(line);
}
