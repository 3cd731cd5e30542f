/**
 * The 驿站 map in a real Chromium: the tab opens on the list and loads the map chunk only
 * once the map is asked for, then keeps the map on that phone; it draws stations with no
 * connection after install (and a tap on one opens its page), the county basemap downloads
 * into the Cache API and renders offline, phones without WebGL (or where MapLibre fails)
 * get the point sketch, and the job list never loads the map chunk.
 */
import { readdirSync, statSync } from 'node:fs';
import type { Point } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  countRows,
  cspViolations,
  describeBrowser,
  openApp,
  serverForTests,
  waitForSynced,
  withBrowser,
  withPhone,
} from './harness';

const BASEMAP = '/tiles/demo-basemap.pmtiles';
const MAP_CHUNK = readdirSync('dist/assets').find((f) => /^MapView-.*\.js$/.test(f));

/** First run: the demo data arrives and the first sync finishes, so the app is fully installed. */
async function installAndSync(page: Page) {
  await waitForSynced(page);
  expect(await countRows(page, 'stations')).toBeGreaterThan(0);
}

async function waitForMap(page: Page) {
  await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 60_000 });
}

/** Taps 看地图 on the 驿站 tab (the tab opens on the list until the map was asked for once). */
async function askForMap(page: Page) {
  await page.getByTestId('view-map').click();
}

/** Script URLs the page itself requested (the service worker precaches every asset; the page must not). */
const requested = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

/** Screen positions of the station icons MapLibre placed. */
function stationPoints(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid=map]') as HTMLElement & { map: import('maplibre-gl').Map };
    const box = el.getBoundingClientRect();
    return el.map.queryRenderedFeatures({ layers: ['station-icons'] }).map((f) => {
      const p = el.map.project((f.geometry as Point).coordinates as [number, number]);
      return { x: box.left + p.x, y: box.top + p.y };
    });
  });
}

/**
 * A tolerant look at a screenshot, no golden image: the pixels just above each station's
 * point (where its pin is drawn) must be mostly non-background, and the map as a whole
 * must still show background (so an all-black or garbage canvas fails).
 */
async function checkMarkers(page: Page) {
  // "ready" is the first full frame; on a loaded machine the icons may be placed a few frames later.
  await expect.poll(async () => (await stationPoints(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const points = await stationPoints(page);
  const png = (await page.screenshot()).toString('base64');
  const result = await page.evaluate(
    async ({ png, points }) => {
      // An <img>, not fetch(): the browser is offline and fetch() of a data: URL can fail then.
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const isBackground = (x: number, y: number) => {
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        // The neutral background (#eceae4) and the basemap's earth fill (#f6f4ee).
        return [
          [0xec, 0xea, 0xe4],
          [0xf6, 0xf4, 0xee],
        ].some(([br, bg, bb]) => Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) < 24);
      };
      const marker = points.map(({ x, y }) => {
        let hits = 0;
        for (let dx = -6; dx <= 6; dx += 2)
          for (let dy = -30; dy <= -14; dy += 2) hits += isBackground(Math.round(x + dx), Math.round(y + dy)) ? 0 : 1;
        return hits / (7 * 9);
      });
      const map = document.querySelector('[data-testid=map]')!.getBoundingClientRect();
      let background = 0;
      for (let x = map.left + 5; x < map.right; x += 10)
        for (let y = map.top + 5; y < map.bottom; y += 10) background += isBackground(x, y) ? 1 : 0;
      return { marker, background: background / ((map.width / 10) * (map.height / 10)) };
    },
    { png, points },
  );
  for (const share of result.marker) expect(share).toBeGreaterThan(0.5);
  expect(result.background).toBeGreaterThan(0.2);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describeBrowser('the 驿站 map in Chromium', () => {
  const server = serverForTests();

  beforeAll(() => {
    expect(MAP_CHUNK, 'dist/ has no MapView chunk: run a fresh `npx vite build`').toBeDefined();
  });
  afterAll(() => {
    // The map (MapLibre, its blob worker, the basemap) must run under the server's CSP too.
    expect(cspViolations).toEqual([]);
  });

  it('the job list never requests the map chunk; the 驿站 tab only once asked, and then on every visit', async () => {
    await withPhone(server, async (page) => {
      await page.getByTestId('job-list').waitFor({ timeout: 60_000 });
      expect((await requested(page)).filter((url) => /MapView|StationsPage|geo\.worker/.test(url))).toEqual([]);

      // The tab is useful without the map: station cards with services, call and directions.
      await page.locator('a.tab[href="/stations"]').click();
      await expect.poll(() => page.getByTestId('station-card').count()).toBeGreaterThan(0);
      const card = page.getByTestId('station-card').first();
      expect(await card.getByTestId('station-card-nav').getAttribute('href')).toMatch(/^geo:/);
      expect(await card.locator('.service-chip svg').count()).toBeGreaterThan(0);
      await page.waitForTimeout(1000); // time in which an eager map would have been fetched
      const mapChunk = (urls: string[]) => urls.some((url) => url.endsWith(`/assets/${MAP_CHUNK}`));
      expect(mapChunk(await requested(page))).toBe(false);
      expect(await page.getByTestId('map').count()).toBe(0);
      await expectAccessible(page, '驿站 list');

      await askForMap(page);
      await waitForMap(page);
      expect(mapChunk(await requested(page))).toBe(true);

      // Remembered on this phone: the map comes back after a reload with no tap.
      await page.reload();
      await waitForMap(page);
      expect(mapChunk(await requested(page))).toBe(true);
      expect(await page.getByTestId('view-map').getAttribute('aria-pressed')).toBe('true');

      // And the list, once chosen again, is what the next visit opens on, with no map chunk.
      await page.getByTestId('view-list').click();
      await page.reload();
      await expect.poll(() => page.getByTestId('station-card').count()).toBeGreaterThan(0);
      await page.waitForTimeout(1000);
      expect(mapChunk(await requested(page))).toBe(false);
    });
  });

  it('the map’s own buttons speak the app’s language: Chinese, and English once chosen', async () => {
    /** The zoom buttons' and the attribution button's titles, and the map's name for screen readers. */
    const titles = (page: Page) =>
      page.evaluate(() =>
        ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-attrib-button', 'canvas'].map(
          (selector) => {
            const el = document.querySelector(`[data-testid=map] ${selector}`);
            return el?.getAttribute('title') ?? el?.getAttribute('aria-label');
          },
        ),
      );
    await withPhone(server, async (page) => {
      await page.goto(`${server.url}/stations`);
      await askForMap(page);
      await waitForMap(page);
      expect(await titles(page)).toEqual(['放大', '缩小', '地图数据来源', '驿站地图']);
      await page.locator('button.lang').click();
      await page.locator('a.tab[href="/"]').click();
      await page.getByTestId('job-list').waitFor();
      await page.locator('a.tab[href="/stations"]').click();
      await waitForMap(page);
      await expect.poll(() => titles(page)).toEqual(['Zoom in', 'Zoom out', 'Map data sources', 'Station map']);
    });
  });

  it('draws the stations with no connection after install', async () => {
    await withPhone(server, async (page, browser) => {
      const errors = collectErrors(page);
      await installAndSync(page);
      await browser.context.setOffline(true);
      await page.goto(`${server.url}/stations`);
      await askForMap(page);
      await waitForMap(page);
      await expectAccessible(page, '驿站 map');
      await checkMarkers(page);
      expect(await page.getByTestId('station-card').count()).toBeGreaterThan(0);

      // Tapping a pin opens that station's page: hours, a number to call, 导航 links.
      const pins = await stationPoints(page);
      const onCanvas = await page.evaluate(
        (points) => points.map((p) => document.elementFromPoint(p.x, p.y - 22)?.tagName === 'CANVAS'),
        pins,
      );
      const pin = pins[onCanvas.indexOf(true)]; // not one under the zoom buttons
      await page.mouse.click(pin.x, pin.y - 22);
      await page.getByTestId('station-page').waitFor();
      expect(page.url()).toMatch(/\/stations\/[0-9a-f-]{36}$/);
      expect(await page.getByTestId('station-open').textContent()).toMatch(/24小时|开门|关门/);
      expect(await page.getByTestId('station-call').getAttribute('href')).toMatch(/^tel:/);
      expect(await page.getByTestId('nav-amap').getAttribute('href')).toMatch(/^androidamap:\/\/viewMap\?/);
      expect(errors).toEqual([]);
    });
  });

  it('stores the county basemap on download and renders it offline', async () => {
    const archiveBytes = statSync(`dist${BASEMAP}`).size;
    await withPhone(server, async (page, browser) => {
      const errors = collectErrors(page);
      await installAndSync(page);
      await page.goto(`${server.url}/stations`);
      await askForMap(page);
      await waitForMap(page);
      const button = page.getByTestId('basemap-download');
      await expect.poll(() => button.textContent()).toMatch(/下载本县地图（0\.3 MB）/);
      await button.click();
      await page.getByTestId('basemap-stored').waitFor({ timeout: 30_000 });
      const stored = await page.evaluate(async (path) => {
        const response = await (await caches.open('basemap-v1')).match(new URL(path, location.origin).href);
        return response ? (await response.arrayBuffer()).byteLength : 0;
      }, BASEMAP);
      expect(stored).toBe(archiveBytes);

      await browser.context.setOffline(true);
      const tileRequests: string[] = [];
      page.on('request', (r) => r.url().includes('.pmtiles') && tileRequests.push(r.url()));
      await page.reload();
      await waitForMap(page);
      const basemap = await page.evaluate(() => {
        const el = document.querySelector('[data-testid=map]') as HTMLElement & { map: import('maplibre-gl').Map };
        return {
          earth: el.map.querySourceFeatures('basemap', { sourceLayer: 'earth' }).length,
          rendered: el.map.queryRenderedFeatures({ layers: ['base-earth'] }).length,
        };
      });
      expect(basemap.earth).toBeGreaterThan(0);
      expect(basemap.rendered).toBeGreaterThan(0);
      expect(tileRequests).toEqual([]);
      await checkMarkers(page);
      expect(errors).toEqual([]);
    });
  });

  it('without WebGL the tab shows the list and the point sketch, with no uncaught errors', async () => {
    await withPhone(
      server,
      async (page) => {
        const errors = collectErrors(page);
        await installAndSync(page);
        await page.goto(`${server.url}/stations`);
        await askForMap(page);
        await page.getByTestId('map-fallback').waitFor();
        await expect.poll(() => page.getByTestId('station-card').count()).toBeGreaterThan(0);
        expect(await page.getByTestId('point').count()).toBe(await page.getByTestId('station-card').count());
        expect(await page.getByTestId('map').count()).toBe(0);
        expect(errors).toEqual([]);
      },
      ['--disable-webgl', '--disable-3d-apis'],
    );
  });

  it('when MapLibre cannot create its GL context, the tab falls back to the list', async () => {
    await withBrowser(async (browser) => {
      // The app's WebGL check passes; every later context request (MapLibre's) fails, as on a blocklisted GPU.
      await browser.context.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        let glCalls = 0;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          if (type.startsWith('webgl') && ++glCalls > 1) return null;
          return original.call(this, type as '2d', ...(rest as []));
        } as typeof original;
      });
      const page = await openApp(browser.context, server.url);
      const errors = collectErrors(page);
      await installAndSync(page);
      await page.goto(`${server.url}/stations`);
      await askForMap(page);
      await page.getByTestId('map-fallback').waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByTestId('station-card').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });
});
