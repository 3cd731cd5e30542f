/**
 * End-to-end harness: the real server (PGlite in memory, the built app from dist/) and
 * Debian's Chromium driven by playwright-core. Never downloads a browser.
 *
 * Where Chromium is missing the suites are skipped with a loud warning; with
 * REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails the run instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';
import type { DemoSize } from '../../server/demo/seed';
import { type RunningServer, startServer } from '../../server/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = resolve('dist');

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests cannot run (apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${message}; REQUIRE_BROWSER=1 makes this a failure`);
  console.warn(`\n!!! ${message}. They are SKIPPED. !!!\n`);
}
if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('e2e tests need the built app in dist/: run `npm run build` (npm test does it for you)');
}

/** `describe` that runs only where Chromium exists. */
export const describeBrowser = hasChromium ? describe : describe.skip;

export const SMALL_DEMO: DemoSize = { jobs: 400, seekers: 20, stationsPerCounty: 2 };

export function startTestServer(
  options: { demo?: DemoSize | false; pageRows?: number; staticDir?: string } = {},
): Promise<RunningServer> {
  return startServer({ staticDir: options.staticDir ?? DIST, demo: options.demo ?? SMALL_DEMO, pageRows: options.pageRows });
}

export interface BrowserSession {
  context: BrowserContext;
  /** Close the browser; the profile stays until `dispose`, so a test can reopen it. */
  close(): Promise<void>;
  /** Open the same profile again (same IndexedDB, same service worker): a phone restarting the app. */
  reopen(): Promise<BrowserContext>;
  dispose(): Promise<void>;
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(extraArgs: string[] = []): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'gig-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...FLAGS, ...extraArgs],
      viewport: { width: 360, height: 740 },
      locale: 'zh-CN',
      serviceWorkers: 'allow',
    });
  let context = await launch();
  return {
    get context() {
      return context;
    },
    close: () => context.close(),
    async reopen() {
      context = await launch();
      return context;
    },
    async dispose() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Load the app and wait until its service worker is active and controls the page. */
export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  await page.goto(url);
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  }, undefined, { timeout: 30_000 });
  return page;
}

/** Number of rows in one IndexedDB table of the app's database, read in the page. */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolveCount, reject) => {
        const open = indexedDB.open('gig-station');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolveCount(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}
