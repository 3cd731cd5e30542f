/**
 * The first visit's main thread (issue 15, Lighthouse's total blocking time): a new phone opens
 * the job list, the first pull lands (the place question meanwhile), then the phone chooses
 * 城中区 and its jobs download. For each phase it counts the IndexedDB transactions the main
 * thread opens (each live-query run and each of the sync engine's reads or writes is one; the
 * sync worker's are not counted) and the main thread's CPU (CDP Performance metrics: script and
 * task time). The counters are wrapped around IndexedDB from the bench, never built into the app.
 * With PROFILE=1 it also prints a CDP CPU profile of the first phase, source-mapped: inclusive
 * time per original function and self time per file (needs a build with --sourcemap).
 *
 * Run (alternate builds when comparing: the machine is shared):
 *   npx vite build --sourcemap --outDir /tmp/dist-fv
 *   BENCH_DIST=/tmp/dist-fv node --import tsx bench/first-visit-profile.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser, startTestServer } from '../tests/e2e/harness';

interface Counts {
  transactions: Record<string, number>;
  /** By store, method and (for a single key) the key: which reads run again and again. */
  requests: Record<string, number>;
}

/** Runs in the page before the app: counts IndexedDB transactions by stores and mode. */
function countIndexedDb() {
  const counts = { transactions: {} as Record<string, number>, requests: {} as Record<string, number> };
  (window as unknown as { idbCounts: typeof counts }).idbCounts = counts;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores, mode, ...rest) {
    const key = `${mode ?? 'readonly'} ${[stores].flat().join('+')}`;
    counts.transactions[key] = (counts.transactions[key] ?? 0) + 1;
    return transaction.call(this, stores, mode, ...rest);
  } as typeof transaction;
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[])
    for (const name of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor', 'put', 'add'])
      if (typeof proto[name] === 'function') {
        const original = proto[name] as (...args: unknown[]) => unknown;
        proto[name] = function (this: unknown, ...args: unknown[]) {
          const store =
            this instanceof IDBIndex ? `${this.objectStore.name}[${this.name}]` : (this as IDBObjectStore).name;
          const key = `${store}.${name}${typeof args[0] === 'string' ? ` ${args[0]}` : ''}`;
          counts.requests[key] = (counts.requests[key] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
}

/** The badge says a sync ran to its end (read from the page, so no transaction of ours is counted). */
async function synced(page: Page): Promise<void> {
  await page.getByTestId('sync-last').filter({ hasText: '上次同步' }).waitFor({ timeout: 120_000 });
  await page.getByTestId('sync-pending').filter({ hasText: '已全部同步' }).waitFor({ timeout: 120_000 });
}

async function takeCounts(page: Page): Promise<Counts> {
  const counts = await page.evaluate(() => (window as unknown as { idbCounts: Counts }).idbCounts);
  return { transactions: { ...counts.transactions }, requests: { ...counts.requests } };
}

/** Main-thread CPU so far, in ms. */
async function cpu(cdp: CDPSession): Promise<Cpu> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const of = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: of('ScriptDuration'), task: of('TaskDuration') };
}

/** What `after` counted beyond `before`, most first. */
function grown(before: Record<string, number>, after: Record<string, number>): (readonly [string, number])[] {
  return Object.entries(after)
    .map(([k, n]) => [k, n - (before[k] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}

type Cpu = { script: number; task: number };

function report(phase: string, before: Counts, after: Counts, cpuBefore: Cpu, cpuAfter: Cpu) {
  const transactions = grown(before.transactions, after.transactions);
  const requests = grown(before.requests, after.requests);
  const sum = (rows: (readonly [string, number])[]) => rows.reduce((total, [, n]) => total + n, 0);
  console.log(
    `${phase}: ${sum(transactions)} main-thread transactions, ${sum(requests)} requests; ` +
      `script ${(cpuAfter.script - cpuBefore.script).toFixed(0)} ms, task ${(cpuAfter.task - cpuBefore.task).toFixed(0)} ms`,
  );
  for (const [k, n] of transactions) console.log(`  ${String(n).padStart(5)} ${k.slice(0, 100)}`);
  console.log('  requests:');
  for (const [k, n] of requests.slice(0, 12)) console.log(`  ${String(n).padStart(5)} ${k}`);
}

interface CallFrame {
  url: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

/** What CDP's Profiler.stop gives, as far as read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Inclusive time per original function (src/ lines marked S) and self time per original file. */
function printProfile(profile: CpuProfile, base: string, dist: string) {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const maps = new Map<string, SourceMapConsumer | null>();
  const original = (frame: CallFrame) => {
    const url = frame.url.replace(base, '');
    const name = frame.functionName || '(anon)';
    if (!url.startsWith('/assets/')) return `${name} ${url}`;
    if (!maps.has(url)) {
      const file = `${dist}${url}.map`;
      maps.set(url, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    const map = maps.get(url);
    if (!map) return `${name} ${url}`;
    const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    return `${at.name ?? name} ${String(at.source).replace(/^.*?(src|node_modules|workers)\//, '$1/')}:${at.line}`;
  };
  const parent = new Map<number, number>();
  const keyOf = new Map<number, string>();
  for (const node of profile.nodes) {
    keyOf.set(node.id, original(node.callFrame));
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const inclusive = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  samples.forEach((sample, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    add(selfByFile, keyOf.get(sample)!.split(' ').slice(1).join(' ').replace(/:\d+$/, ''), ms);
    const seen = new Set<string>(); // a recursive function counts once per sample
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = keyOf.get(id)!;
      if (!seen.has(key)) add(inclusive, key, ms);
      seen.add(key);
    }
  });
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('--- inclusive time per original function (ms)');
  for (const [k, v] of top(inclusive, 60))
    console.log(/ (src|workers)\//.test(k) ? 'S' : ' ', v.toFixed(1).padStart(8), k);
  console.log('--- self time per original file (ms)');
  for (const [k, v] of top(selfByFile, 30)) console.log('  ', v.toFixed(1).padStart(8), k);
}

const dist = process.env.BENCH_DIST ?? 'dist';
const server = await startTestServer({ staticDir: process.env.BENCH_DIST });
const browser = await launchBrowser();
try {
  const { context } = browser;
  await context.addInitScript(countIndexedDb);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const profiling = process.env.PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const zero = { transactions: {}, requests: {} };
  await page.goto(server.url);
  await page.getByTestId('place-setup').waitFor();
  await synced(page);
  const firstCpu = await cpu(cdp);
  const first = await takeCounts(page);
  report('first visit to the synced place question', zero, first, { script: 0, task: 0 }, firstCpu);
  if (profiling) printProfile((await cdp.send('Profiler.stop')).profile, server.url, dist);

  await page.getByRole('searchbox', { name: '搜地名' }).fill('chengzhong');
  await page.getByTestId('place-results').getByRole('button', { name: '西宁市 城中区', exact: true }).click();
  await page.getByTestId('sync-pending').filter({ hasText: '同步中' }).waitFor();
  await synced(page);
  await page.getByTestId('job-card').first().waitFor();
  report('choosing 城中区 until its jobs are in', first, await takeCounts(page), firstCpu, await cpu(cdp));
} finally {
  await browser.dispose();
  await server.close();
}
