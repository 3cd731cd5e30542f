/**
 * Old and odd browsers (issue 15): the built app parses where Chrome 69 (Android WebViews of
 * 2018-19) parses, its workers start as classic scripts, and in Chromium without service
 * workers, or with IndexedDB refused, the app still works and says what it cannot do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Node, parse } from 'acorn';
import { full } from 'acorn-walk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerPlace, countRows, DIST, describeBrowser, serverForTests, waitForSynced, withBrowser } from './harness';

/** ES2020 syntax Chrome 69 does not parse (import() and import.meta it does: Chrome 63, 64). */
function tooNew(node: Node): string | undefined {
  const n = node as Node & { operator?: string; exported?: unknown };
  if (n.type === 'ChainExpression') return 'optional chaining (?.)';
  if (n.type === 'LogicalExpression' && n.operator === '??') return 'nullish coalescing (??)';
  if (n.type === 'ExportAllDeclaration' && n.exported) return 'export * as name';
  return undefined;
}

const scripts = readdirSync(join(DIST, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: f, text: readFileSync(join(DIST, 'assets', f), 'utf8') }));

describe('the built app on a Chrome 69 WebView', () => {
  it('uses no syntax newer than Chrome 69 parses', () => {
    const problems: string[] = [];
    for (const { file, text } of scripts) {
      let ast: Node;
      try {
        // ES2021+ (class fields, ??=, 1_000) fails here already.
        ast = parse(text, { ecmaVersion: 2020, sourceType: 'module' });
      } catch (error) {
        problems.push(`${file}: ${(error as Error).message}`);
        continue;
      }
      full(ast, (node) => {
        const what = tooNew(node);
        if (what) problems.push(`${file}:${node.start} ${what}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('starts every worker as a classic script (module workers came in Chrome 80)', () => {
    const workers = scripts.flatMap(({ file, text }) =>
      [...text.matchAll(/new Worker\(new URL\([^)]*\),\{type:`(\w+)`/g)].map((m) => `${file} ${m[1]}`),
    );
    expect(workers.length).toBeGreaterThanOrEqual(3);
    expect(workers.filter((w) => !w.endsWith(' classic'))).toEqual([]);
  });
});

/** A fresh phone whose browser lacks what `limit` takes away before any script of the app runs. */
async function withLimitedPhone(url: string, limit: () => void, use: (page: Page) => Promise<void>): Promise<void> {
  await withBrowser(async (browser) => {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await page.addInitScript(limit);
    await page.goto(url);
    // A new phone is asked where its user is before any jobs download: every place.
    await answerPlace(page);
    await use(page);
  });
}

describeBrowser('Chromium without service workers, or with IndexedDB refused', () => {
  const server = serverForTests();

  it('without service workers: works online and says it cannot work offline', async () => {
    await withLimitedPhone(
      server.url,
      () => {
        // As in a WebView without the API (or a page served over plain http).
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      },
      async (page) => {
        await expect.poll(() => page.getByTestId('no-offline').textContent()).toContain('此浏览器不能离线使用');
        await waitForSynced(page);
        expect(await countRows(page, 'jobs')).toBeGreaterThan(0);
        await page.getByTestId('job-card').first().click();
        await page.getByTestId('job-detail').waitFor();
        await expect(page.getByTestId('memory-mode').count()).resolves.toBe(0);
      },
    );
  });

  it('without the runtime APIs Chrome 69 lacks: still loads, syncs and saves a form', async () => {
    await withLimitedPhone(
      server.url,
      () => {
        // What src/core/legacy.ts fills; Chrome 69 has none of them.
        const gone: [object, string][] = [
          [Object, 'hasOwn'],
          [Object, 'fromEntries'],
          [Array.prototype, 'at'],
          [String.prototype, 'at'],
          [String.prototype, 'matchAll'],
          [Promise, 'allSettled'],
          [self, 'structuredClone'],
          [self, 'queueMicrotask'],
        ];
        for (const [target, name] of gone) delete (target as Record<string, unknown>)[name];
      },
      async (page) => {
        await waitForSynced(page);
        await page.getByTestId('job-card').first().click();
        await page.getByTestId('job-detail').waitFor();
        await page.goto(`${server.url}/profile`);
        await page.fill('input[name=name]', '马师傅');
        await page.selectOption('select[name=county]', '630103');
        await page.getByTestId('seeker-submit').click();
        await page.getByTestId('job-list').waitFor();
        await page.goto(`${server.url}/me`);
        await page.getByTestId('storage-panel').waitFor();
        expect(await page.evaluate(() => typeof Object.hasOwn)).toBe('function');
      },
    );
  });

  it('with IndexedDB refused: runs in memory, warns, and asks before unsent writes are lost', async () => {
    await withLimitedPhone(
      server.url,
      () => {
        // As Firefox's private windows and Chromium with site data blocked answer.
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'UnknownError');
        };
      },
      async (page) => {
        await page.getByTestId('memory-mode').waitFor();
        expect(await page.getByTestId('memory-mode').textContent()).toContain('不让本应用保存数据');
        await waitForSynced(page);
        await page.getByTestId('job-card').first().waitFor();
        // A write made without a login waits in the outbox (in memory) for one.
        await page.goto(`${server.url}/profile`);
        await page.getByTestId('memory-mode').waitFor();
        await page.fill('input[name=name]', '马师傅');
        await page.selectOption('select[name=county]', '630103');
        await page.getByTestId('seeker-submit').click();
        // Saved, the app goes on to 找活 (in memory, the page load above was a new phone: it asks
        // where the user is again).
        await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toBe('/');
        const asked = new Promise<string>((resolve) => page.once('dialog', (d) => resolve(d.type())));
        await page.close({ runBeforeUnload: true });
        expect(await asked).toBe('beforeunload');
      },
    );
  });
});
