/**
 * Sharing a job and scanning it, in Chromium at 360 px: the share sheet's QR code, fed to the
 * app's own scanner as a picture, opens the job's page; the picture card, saved and carried to
 * a second phone that never synced and has no signal, shows the job's title and wage from the
 * code alone (the essentials in the link's fragment, src/core/job-link.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { jobEssentials, jobQrText } from '../../src/core/job-link';
import type { Job } from '../../src/core/records';
import { wageAmount } from '../../src/core/words';
import { QUIET_ZONE, type QrMatrix, qrMatrix, qrSide } from '../../src/ui/qr/encode';
import { expectAccessible } from './axe';
import { countRows, describeBrowser, openApp, serverForTests, waitForSynced, withBrowser, withPhone } from './harness';

interface SharedJob {
  id: string;
  title: string;
  wageMin: number;
  wageMax: number;
}

describeBrowser('sharing a job and scanning it', () => {
  const server = serverForTests();
  const folder = mkdtempSync(join(tmpdir(), 'gig-share-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('a job’s QR code opens it; its picture card shows it on an offline phone that never had it', async () => {
    const [job] = await server.db.query<SharedJob>(
      `SELECT id, data->>'title' AS title, (data->>'wageMin')::int AS "wageMin", (data->>'wageMax')::int AS "wageMax"
         FROM records WHERE kind = 'job' AND data->>'status' = 'open' ORDER BY id LIMIT 1`,
    );
    const card = join(folder, 'card.png');

    await withPhone(server, async (page) => {
      await waitForSynced(page);
      await page.goto(`${server.url}/jobs/${job.id}`);
      await page.getByTestId('share-open').click();
      const sheet = page.getByTestId('share-sheet');
      await sheet.getByTestId('share-card').waitFor();
      expect(await sheet.getByTestId('share-link').textContent()).toBe(`${server.url}/jobs/${job.id}`);
      const sms = (await sheet.getByTestId('share-sms').textContent()) ?? '';
      expect(sms).toContain('不收任何费用');
      expect(Array.from(sms).length).toBeLessThanOrEqual(70);
      await expectAccessible(page, 'share sheet');

      const qr = await sheet.getByTestId('qr-code').screenshot();
      const download = page.waitForEvent('download');
      await sheet.getByTestId('share-save-card').click();
      await (await download).saveAs(card);

      // The QR code as a picture, read by the app's own scanner: it opens this job's page.
      await page.goto(`${server.url}/scan`);
      await page.getByTestId('scan-page').waitFor();
      await page.getByTestId('scan-file').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: qr });
      await page.waitForURL((url) => url.pathname === `/jobs/${job.id}` && url.hash.startsWith('#q1~'));
      await page.getByTestId('job-detail').waitFor();
    });

    await withBrowser(async (browser) => {
      // This phone installs the app but never syncs: no job reaches its database.
      await browser.context.route('**/api/**', (route) => route.abort());
      const page = await openApp(browser.context, server.url, { place: 'ask' });
      await browser.context.setOffline(true);
      await page.locator('a.tab[href="/services"]').click();
      await page.getByTestId('hub-scan').click();
      await page.getByTestId('scan-page').waitFor();
      await expectAccessible(page, 'scanner');

      await page.getByTestId('scan-file').setInputFiles(card);
      const shown = page.getByTestId('job-from-qr');
      await shown.waitFor({ timeout: 30_000 });
      const text = (await shown.textContent()) ?? '';
      expect(text).toContain('岗位信息（来自二维码）');
      expect(text).toContain(job.title);
      expect(text).toContain(wageAmount(job.wageMin, job.wageMax));
      expect(await countRows(page, 'jobs')).toBe(0);
      await expectAccessible(page, 'job from a QR code');

      // A picture with no code in it says so instead of guessing.
      await page.goto(`${server.url}/scan`);
      await page.getByTestId('scan-file').setInputFiles({
        name: 'blank.png',
        mimeType: 'image/png',
        buffer: await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 40 } }),
      });
      await page.getByTestId('scan-problem').filter({ hasText: '没找到二维码' }).waitFor();
    });
  }, 300_000); // two phones, one installing the app from scratch: beyond the default two minutes on a busy machine

  it('the camera, asked for on the tap, reads a job’s QR code and opens the job', async () => {
    const [{ data: job }] = await server.db.query<{ data: Job }>(
      `SELECT data FROM records WHERE kind = 'job' AND data->>'status' = 'open' ORDER BY id DESC LIMIT 1`,
    );
    // Chromium plays this file as the camera, and grants the permission when the app asks.
    const cameraFeed = join(folder, 'camera.y4m');
    writeFileSync(cameraFeed, y4mFrame(qrMatrix(jobQrText(server.url, jobEssentials(job))), 6));
    await withPhone(
      server,
      async (page) => {
        await waitForSynced(page);
        await page.goto(`${server.url}/scan`);
        await page.getByRole('button', { name: '打开相机扫码' }).click();
        await page.waitForURL((url) => url.pathname === `/jobs/${job.id}` && url.hash.startsWith('#q1~'));
        await page.getByTestId('job-detail').waitFor();
      },
      [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${cameraFeed}`,
      ],
    );
  }, 300_000);
});

/** One video frame (YUV4MPEG2, 4:2:0) of a QR code, black on white, `cell` pixels a module. */
function y4mFrame(matrix: QrMatrix, cell: number): Buffer {
  const side = (qrSide(matrix) + 8) * cell; // the code's quiet zone and a white page around it
  const luma = Buffer.alloc(side * side, 255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / cell) - 4 - QUIET_ZONE;
      const col = Math.floor(x / cell) - 4 - QUIET_ZONE;
      if (row >= 0 && col >= 0 && row < matrix.size && col < matrix.size && matrix.dark(row, col))
        luma[y * side + x] = 0;
    }
  }
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]);
}
