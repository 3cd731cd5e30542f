/** A new deployment: the installed app offers "有新版本，点击更新" and one tap switches to it. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, describeBrowser, serverForTests, withPhone } from './harness';

describeBrowser('app update', () => {
  // Its own copy of the site, so this file can deploy a new version without touching dist/.
  let site: string;
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'gig-site-'));
    cpSync(DIST, site, { recursive: true });
  });
  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
  });
  const server = serverForTests(() => ({ staticDir: site, demo: false }));

  it('offers the new version and switches to it on tap', async () => {
    await withPhone(server, async (page) => {
      expect(await page.getByTestId('update-prompt').count()).toBe(0);

      // Deploy: a service worker whose bytes differ is a new version to the browser. A build
      // ships its compressed copies too (scripts/vite-precompress.ts), which the server prefers.
      const worker = join(site, 'sw.js');
      appendFileSync(worker, '\n// next deployment\n');
      writeFileSync(`${worker}.br`, brotliCompressSync(readFileSync(worker)));
      writeFileSync(`${worker}.gz`, gzipSync(readFileSync(worker)));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.getByTestId('update-prompt').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('update-prompt').textContent()).toBe('有新版本，点击更新');

      const waitingBefore = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      );
      expect(waitingBefore).toBe(true);

      const reloaded = page.waitForEvent('load');
      await page.getByTestId('update-prompt').click();
      await reloaded;
      await page.getByTestId('sync-badge').waitFor();
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      });
      expect(after).toEqual({ waiting: null, controlled: true });
      expect(await page.getByTestId('update-prompt').count()).toBe(0);
    });
  });
});
