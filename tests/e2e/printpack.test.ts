/**
 * Issue 13's print pack in Chromium at 360 px: the desk opens 打印村务公告 from 今日待办, picks
 * one village's board, and the print preview (print media) shows one sheet per job with its
 * QR code and tear-off strips and none of the app's chrome; the PDF download has one page per
 * job, and the print log reaches the server naming that board and those jobs.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { describeBrowser, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

/** A small county keeps the first sync short; about half the demo's jobs are placed in a village. */
const FEW_JOBS = { jobs: 60, seekers: 5, stationsPerCounty: 1 };
const SLOW = 300_000;
const DESK = '13800000002';

describeBrowser('打印村务公告 in Chromium', () => {
  const server = serverForTests({ demo: FEW_JOBS });

  it(
    'builds a village’s pack: sheets with QR codes and tear-off strips in print, a PDF page per job, a print log',
    async () => {
      await withPhone(server, async (page) => {
        await logInWithPassword(page, server, DESK);
        await waitForSynced(page);
        await page.locator('a.tab[href="/me"]').click();
        await page.getByTestId('desk-print-link').click();
        // Nothing is drawn until a board is chosen: the whole county is hundreds of sheets.
        await page.getByTestId('print-empty').filter({ hasText: '先选一个村或镇' }).waitFor();
        expect(await page.getByTestId('sheet').count()).toBe(0);

        // One village's board (villages are listed under their town): one with a job of the desk's
        // own station, which the desk may close below.
        const [{ village, closing }] = await server.db.query<{ village: string; closing: string }>(
          `SELECT j.data->>'regionCode' AS village, j.id::text AS closing FROM records j JOIN accounts a ON a.phone = $1
           WHERE j.kind = 'job' AND NOT j.deleted AND j.data->>'status' = 'open' AND length(j.data->>'regionCode') = 12
             AND a.station_ids ? (j.data->>'stationId') ORDER BY 1, 2 LIMIT 1`,
          [DESK],
        );
        await page.selectOption('select[name=place]', village);
        await expect.poll(() => page.getByTestId('sheet-batch').count()).toBe(1);
        const sheets = await page.getByTestId('sheet').count();
        expect(sheets).toBeGreaterThan(0);
        await expectAccessible(page, '打印村务公告');

        // The print preview: every sheet with its QR code and strips, nothing of the app around them.
        await page.emulateMedia({ media: 'print' });
        for (const sheet of await page.getByTestId('sheet').all()) {
          expect(await sheet.isVisible()).toBe(true);
          expect(await sheet.getByTestId('qr-code').isVisible()).toBe(true);
          expect(await sheet.locator('.tear-strip').count()).toBe(8);
          expect(await sheet.getByTestId('tear-strips').isVisible()).toBe(true);
          expect(await sheet.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
        }
        for (const chrome of ['.top', '.tabs', '[data-testid=print-pdf]', '.back'])
          expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
        await page.emulateMedia({ media: 'screen' });

        // The PDF: one page per job.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-pdf').click()]);
        expect(download.suggestedFilename()).toMatch(/\.pdf$/);
        const pdf = readFileSync((await download.path()) as string);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // Read back with the library that wrote it (its object streams hide "/Type /Page" from a text search).
        expect((await PDFDocument.load(pdf)).getPageCount()).toBe(sheets);

        // The print log: this board and these jobs, on the server once synced.
        await page.getByTestId('print-status').filter({ hasText: '已记下' }).waitFor();
        await waitForSynced(page);
        const logged = await server.db.query<{ data: { regionCode: string; jobIds: string[] } }>(
          `SELECT data FROM records WHERE kind = 'boardPrint' AND NOT deleted`,
        );
        expect(logged.map((row) => [row.data.regionCode, row.data.jobIds.length])).toEqual([[village, sheets]]);

        // The job of one sheet closes: the sheet is listed to take down.
        await page.goto(`${server.url}/jobs/${closing}`);
        const title = await page.getByTestId('job-detail').locator('h2').first().innerText();
        await page.getByTestId('job-close').click();
        await page.getByTestId('job-closed-confirm').click();
        await page.locator('a.tab[href="/me"]').click();
        await page.getByTestId('desk-print-link').click();
        await page.getByTestId('take-down').filter({ hasText: title }).waitFor();
        expect(await page.getByTestId('take-down').locator('li').count()).toBe(1);

        // 已撕下: the sheet leaves the list, and the board's print log says so on the server.
        await page.getByTestId('taken-down').click();
        await page.getByTestId('take-down').waitFor({ state: 'detached' });
        await waitForSynced(page);
        const [board] = await server.db.query<{ data: { takenDown?: string[] } }>(
          `SELECT data FROM records WHERE kind = 'boardPrint' AND NOT deleted`,
        );
        expect(board?.data.takenDown).toEqual([closing]);
      });
    },
    SLOW,
  );
});
