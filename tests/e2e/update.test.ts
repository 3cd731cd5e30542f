/** A new deployment: the installed app offers "有新版本，点击更新" and one tap switches to it. */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningServer } from '../../server/server';
import { DIST, describeBrowser, launchBrowser, openApp, startTestServer } from './harness';

describeBrowser('app update', () => {
  let server: RunningServer;
  let site: string;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'gig-site-'));
    cpSync(DIST, site, { recursive: true });
    server = await startTestServer({ staticDir: site, demo: false });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('offers the new version and switches to it on tap', async () => {
    const browser = await launchBrowser();
    try {
      const page = await openApp(browser.context, server.url);
      expect(await page.getByTestId('update-prompt').count()).toBe(0);

      // Deploy: a service worker whose bytes differ is a new version to the browser.
      appendFileSync(join(site, 'sw.js'), '\n// next deployment\n');
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
    } finally {
      await browser.dispose();
    }
  });
});
