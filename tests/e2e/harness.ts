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
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type CodeSender, MemoryCodeSender } from '../../server/auth/code-sender';
import type { Database } from '../../server/db/database';
import { DEMO_PASSWORD } from '../../server/demo/accounts';
import type { DemoSize } from '../../server/demo/seed';
import { type RunningServer, startServer } from '../../server/server';
import { OCCUPATIONS, occupationByCode } from '../../src/core/occupations';
import type { Station } from '../../src/core/records';
import type { GigDb } from '../../src/db/db';
import type { mutate } from '../../src/db/mutate';
import type { AuthClient } from '../../src/sync/auth';
import type { jobPostArgs } from '../fixtures/records';
import { SMALL_DEMO, templateForDemo } from '../support/pglite-templates';

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

export { SMALL_DEMO };

export interface TestServerOptions {
  demo?: DemoSize | false;
  pageRows?: number;
  staticDir?: string;
  codeSender?: CodeSender;
}

/**
 * The real server on port 0 (so test files can run side by side), serving the built app, on
 * a copy of the run's PGlite snapshot (migrated; seeded already when the demo is the small one).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const demo = options.demo ?? SMALL_DEMO;
  return startServer({
    template: await templateForDemo(demo),
    staticDir: options.staticDir ?? DIST,
    demo,
    pageRows: options.pageRows,
    codeSender: options.codeSender,
  });
}

type ServerSetup = Omit<TestServerOptions, 'codeSender'>;

/** The server a test file's tests share; read its fields inside the tests. */
export interface FileServer {
  readonly url: string;
  readonly db: Database;
  /** Login codes the server "sent" (read by `logInWithCode`). */
  readonly codes: MemoryCodeSender;
}

/**
 * Start a server before the enclosing describe's tests and close it after them. A static
 * directory may be made per file (`staticDir` is read when the server starts).
 */
export function serverForTests(options: ServerSetup | (() => ServerSetup) = {}): FileServer {
  const codes = new MemoryCodeSender();
  let running: RunningServer | undefined;
  const current = () => {
    if (!running) throw new Error('the test server runs only while the tests of its describe run');
    return running;
  };
  beforeAll(async () => {
    running = await startTestServer({ codeSender: codes, ...(typeof options === 'function' ? options() : options) });
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    codes,
    get url() {
      return current().url;
    },
    get db() {
      return current().db;
    },
  };
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

/** A fresh browser profile for `use`, disposed however it ends. */
export async function withBrowser<T>(
  use: (browser: BrowserSession) => Promise<T>,
  extraArgs: string[] = [],
): Promise<T> {
  const browser = await launchBrowser(extraArgs);
  try {
    return await use(browser);
  } finally {
    await browser.dispose();
  }
}

/** A phone with the app installed from `server` (see `openApp`), in a fresh profile disposed after `use`. */
export function withPhone<T>(
  server: Pick<FileServer, 'url'>,
  use: (page: Page, browser: BrowserSession) => Promise<T>,
  extraArgs: string[] = [],
  options: OpenOptions = {},
): Promise<T> {
  return withBrowser(async (browser) => use(await openApp(browser.context, server.url, options), browser), extraArgs);
}

/** Content-Security-Policy violations seen by pages opened with `openApp`; tests assert it stays empty. */
export const cspViolations: string[] = [];

export interface OpenOptions {
  /**
   * A new phone is asked where its user is before any county's jobs download. `all` (the
   * default) answers "every place", as tests not about that question expect; `ask` leaves
   * the question for the test.
   */
  place?: 'all' | 'ask';
}

/** Load the app and wait until its service worker is active and controls the page. */
export async function openApp(context: BrowserContext, url: string, options: OpenOptions = {}): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      cspViolations.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 30_000 },
  );
  // A just-installed worker controls this page through clients.claim(), but for several
  // seconds (10-30 on a busy machine) Chromium does not yet send new navigations to it (an
  // offline reload then fails). Reload until a navigation itself comes back controlled, as
  // every later visit does. The wait is for time to pass, not for the reloads: each one boots
  // the whole app (about a second of CPU), so they are spaced out. Every 250 ms cost each
  // phone 15-25 s of CPU, more than the rest of its install and first sync together.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    await page.reload();
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) {
      if ((options.place ?? 'all') === 'all') await answerPlace(page);
      return page;
    }
    await page.waitForTimeout(2_000);
  }
  throw new Error('the service worker never took over navigations');
}

/** On the job list of a phone that is asked where it is, choose every place. */
export async function answerPlace(page: Page): Promise<void> {
  const list = page.locator('section[data-place]');
  await list.waitFor({ timeout: 30_000 });
  if ((await list.getAttribute('data-place')) === 'ask') await page.getByTestId('place-all').click();
  await page.locator('section[data-place=known]').waitFor();
}

/** Log in through the login page with a staff password, as a desk worker would. */
export async function logInWithPassword(
  page: Page,
  server: Pick<FileServer, 'url'>,
  phone: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByRole('tab', { name: '工作人员密码' }).click();
  await page.fill('input[name=phone]', phone);
  await page.fill('input[name=password]', password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('account-who').waitFor();
}

/** Log in through the login page with an SMS code, read from the test server's code sender. */
export async function logInWithCode(page: Page, server: FileServer, phone: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.fill('input[name=phone]', phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByRole('button', { name: /秒后可重发/ }).waitFor();
  await page.fill('input[name=code]', server.codes.lastCode(phone) ?? '');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('account-who').waitFor();
}

/**
 * Choose an occupation in a form's picker: its category's picture, then its own (works
 * offline). After a choice the picker stays in that category, so a second trade of the same
 * category is already on screen.
 */
export async function chooseOccupation(page: Page, code: string): Promise<void> {
  const picker = page.getByTestId('occupation-picker');
  const trade = picker.locator(`[data-testid=picker-occupations] [data-code=${code}]`);
  if (!(await trade.isVisible())) {
    await picker
      .getByTestId('picker-categories')
      .getByRole('button', { name: occupationByCode(code)!.category, exact: true })
      .click();
  }
  await trade.click();
}

/** A worker logged in with a code and a profile of their own in `county` (a named 求助 needs one), synced. */
export async function logInWorkerWithProfile(page: Page, server: FileServer, phone: string, county = '630103') {
  await logInWithCode(page, server, phone);
  await page.goto(`${server.url}/profile`);
  await page.fill('input[name=name]', '马师傅');
  // A phone following every place has no home to start from: the worker says where.
  await page.selectOption('select[name=county]', county);
  await page.getByTestId('seeker-submit').click();
  await page.getByTestId('job-list').waitFor();
  await waitForSynced(page);
}

/** The station of a desk account, as the server holds it now. */
export async function deskStation(server: FileServer, deskPhone: string): Promise<Station> {
  const [row] = await server.db.query<{ data: Station }>(
    `SELECT s.data FROM records s JOIN accounts a ON a.phone = $1 WHERE s.kind = 'station' AND a.station_ids ? s.id::text`,
    [deskPhone],
  );
  return row.data;
}

/**
 * Until every change is synced: the outbox is empty and the badge says so. After a first visit,
 * the data is on the device. The outbox is read too because the badge counts a write only once
 * its live query has re-read: a moment after a write it may still say 已全部同步. A phone whose
 * browser refuses IndexedDB keeps its outbox in memory, where only the badge can tell.
 */
export async function waitForSynced(page: Page, timeout = 60_000): Promise<void> {
  const synced = page.getByTestId('sync-pending').filter({ hasText: /已全部同步/ });
  await synced.waitFor({ timeout });
  await expect.poll(async () => (await outboxOnDisk(page)) ?? 0, { timeout }).toBe(0);
  await synced.waitFor({ timeout });
}

/** Entries in the app's outbox in IndexedDB; null when the page cannot open IndexedDB (memory mode). */
function outboxOnDisk(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolveCount) => {
        let open: IDBOpenDBRequest;
        try {
          open = indexedDB.open('gig-station');
        } catch {
          return resolveCount(null);
        }
        open.onerror = () => resolveCount(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('outbox')) {
            db.close();
            return resolveCount(null);
          }
          const request = db.transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            db.close();
            resolveCount(request.result);
          };
          request.onerror = () => resolveCount(null);
        };
      }),
  );
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

/** What `installWritePath` puts on the page's `globalThis.gig`. */
export interface PageWritePath {
  db: GigDb;
  mutate: typeof mutate;
  jobPostArgs: typeof jobPostArgs;
  /** The app's login client over the same database (logs in through the real API). */
  auth: AuthClient;
}

const WRITE_PATH_ENTRY = `
import { GigDb } from './src/db/db';
import { mutate } from './src/db/mutate';
import { AuthClient } from './src/sync/auth';
import { jobPostArgs } from './tests/fixtures/records';
const db = new GigDb();
Object.assign(globalThis, { gig: { db, mutate, jobPostArgs, auth: new AuthClient(db) } });
`;
let writePathScript: Promise<string> | undefined;

/**
 * Put the real write path (GigDb over the app's IndexedDB `gig-station`, and `mutate`) on the
 * page's `globalThis.gig`, so tests can write at a rate no UI allows, in the page's own realm.
 * Bundled once with esbuild; evaluated over CDP, which the app's CSP does not govern.
 */
export async function installWritePath(page: Page): Promise<void> {
  writePathScript ??= build({
    stdin: { contents: WRITE_PATH_ENTRY, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome100',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0].text);
  await page.evaluate(await writePathScript);
}

/** Register a person on the staff form (the phone may be offline); returns their id from the page they land on. */
export async function registerSeeker(
  page: Page,
  person: { name: string; village: string; phone: string },
  place = { county: '630103', town: '630103100' },
): Promise<string> {
  await page.getByTestId('seeker-form').waitFor();
  await page.fill('input[name=name]', person.name);
  await page.selectOption('select[name=county]', place.county);
  await page.selectOption('select[name=town]', place.town);
  await page.fill('input[name=village]', person.village);
  await page.fill('input[name=phone]', person.phone);
  await page.getByTestId('seeker-submit').click();
  await page.getByTestId('seeker-page').waitFor();
  return new URL(page.url()).pathname.split('/seekers/')[1];
}

/** Post a job on 发布岗位 (the phone may be offline): the first occupation, the first town; returns its id. */
export async function postJobOnForm(page: Page, job: { employerName: string; wageMin: number }): Promise<string> {
  await page.locator('a.tab[href="/post"]').click();
  await chooseOccupation(page, OCCUPATIONS[0].code);
  await page.fill('input[name=employerName]', job.employerName);
  await page.selectOption('select[name=town]', { index: 1 });
  await page.fill('input[name=wageMin]', String(job.wageMin));
  await page.getByTestId('job-submit').click();
  await page.getByTestId('job-detail').waitFor();
  return page.url().split('/jobs/')[1];
}
