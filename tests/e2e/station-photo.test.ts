/**
 * Issue 13, a station's photo: the desk picks a large picture on the station form; the phone
 * makes it a JPEG of at most 150 KB, which offline waits for the network (the rest of the form
 * works without it) and online uploads. The station page shows it; a worker's phone learns of
 * it in a normal sync, shows it, and shows it again offline (the service worker kept it).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { STATION_PHOTO_MAX_BYTES, STATION_PHOTO_MAX_SIDE } from '../../src/core/station-photo';
import { expectAccessible } from './axe';
import { describeBrowser, deskStation, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

const DEMO = { jobs: 60, seekers: 10, stationsPerCounty: 1 };
const SLOW = 300_000;
const DESK = '13800000002';

/** A camera-sized PNG (2400×1800) of small coloured tiles: far over the limit until the phone shrinks it. */
async function bigPicture(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const ctx = canvas.getContext('2d')!;
    for (let x = 0; x < canvas.width; x += 16)
      for (let y = 0; y < canvas.height; y += 16) {
        ctx.fillStyle = `hsl(${(x * 7 + y * 13) % 360} 70% ${30 + ((x ^ y) % 40)}%)`;
        ctx.fillRect(x, y, 16, 16);
      }
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const url = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsDataURL(blob);
    });
    return url.slice(url.indexOf(',') + 1);
  });
  return Buffer.from(base64, 'base64');
}

/** The photo on the page has loaded (not a broken image), and how wide it is. */
async function shownPhotoWidth(page: Page): Promise<number> {
  const photo = page.getByTestId('station-photo');
  await photo.waitFor();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);
  return photo.evaluate((img: HTMLImageElement) => img.naturalWidth);
}

describeBrowser('a station’s photo in Chromium', () => {
  const server = serverForTests({ demo: DEMO });

  it(
    'the desk uploads a photo (not offline), the station page and a worker’s phone show it, offline too',
    async () => {
      const station = await deskStation(server, DESK);
      expect(station.photo).toBeUndefined();
      await withPhone(server, async (desk, browser) => {
        await logInWithPassword(desk, server, DESK);
        await waitForSynced(desk);
        await desk.getByTestId('desk-station-edit').click();
        await desk.locator('section[data-loaded]').getByTestId('station-form').waitFor();
        const field = desk.getByTestId('station-photo-field');
        const picture = await bigPicture(desk);
        expect(picture.length).toBeGreaterThan(STATION_PHOTO_MAX_BYTES);

        // Offline: the picture is made ready, but uploading waits, and says why.
        await browser.context.setOffline(true);
        await desk
          .getByTestId('station-photo-input')
          .setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: picture });
        await field.getByTestId('station-photo').waitFor();
        await desk.getByTestId('station-photo-offline').filter({ hasText: '照片要联网才能上传' }).waitFor();
        expect(await desk.getByTestId('station-photo-upload').isDisabled()).toBe(true);
        await expectAccessible(desk, '修改驿站信息 with a photo waiting');

        await browser.context.setOffline(false);
        await desk.getByTestId('station-photo-offline').waitFor({ state: 'detached' });
        await desk.getByTestId('station-photo-upload').click();
        await desk.getByTestId('station-photo-done').waitFor({ timeout: 30_000 });

        // The server holds a JPEG within the limits, and the station record names it.
        const [stored] = await server.db.query<{ size: number; sha256: string; head: string }>(
          `SELECT octet_length(bytes) AS size, sha256, encode(substring(bytes from 1 for 3), 'hex') AS head
           FROM station_photos WHERE station_id = $1`,
          [station.id],
        );
        expect(stored.head).toBe('ffd8ff');
        expect(stored.size).toBeLessThanOrEqual(STATION_PHOTO_MAX_BYTES);
        const after = await deskStation(server, DESK);
        expect(after.photo?.hash).toBe(stored.sha256);
        expect(after.version).toBeGreaterThan(station.version);

        // The station page, once the sync brought the new record, shows it from the server.
        await desk.goto(`${server.url}/stations/${station.id}`);
        const photo = desk.getByTestId('station-page').getByTestId('station-photo');
        await expect.poll(() => photo.getAttribute('src'), { timeout: 30_000 }).toContain(stored.sha256);
        // A busy picture may be made smaller than the longest side allowed to fit in 150 KB.
        const width = await shownPhotoWidth(desk);
        expect(width).toBeLessThanOrEqual(STATION_PHOTO_MAX_SIDE);
        expect(width).toBeGreaterThanOrEqual(640);
        expect(await photo.getAttribute('alt')).toContain(station.name);
        expect(await photo.getAttribute('loading')).toBe('lazy');
        await expectAccessible(desk, 'station page with a photo');
      });

      await withPhone(server, async (worker, browser) => {
        await waitForSynced(worker);
        await worker.goto(`${server.url}/stations/${station.id}`);
        const width = await shownPhotoWidth(worker);
        expect(width).toBeGreaterThanOrEqual(640);
        // Seen once, shown offline: the service worker kept this version of the photo.
        const kept = await worker.evaluate(async () =>
          (await (await caches.open('station-photos')).keys()).map((request) => request.url),
        );
        expect(kept).toEqual([expect.stringContaining(`/api/stations/${station.id}/photo?v=`)]);
        await browser.context.setOffline(true);
        await worker.reload();
        expect(await shownPhotoWidth(worker)).toBe(width);
      });
    },
    SLOW,
  );
});
