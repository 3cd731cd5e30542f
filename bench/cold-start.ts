/**
 * Offline cold start (DESIGN §8: ≤ 1.5 s with 4× CPU slowdown): an installed app with the
 * demo county on the device, network off, CPU throttled 4× through CDP; time from navigation
 * to the first job card on screen. Needs a build in dist/ and Chromium.
 * Run: node --import tsx bench/cold-start.ts
 */
import { countRows, launchBrowser, openApp, startTestServer, waitForSynced } from '../tests/e2e/harness';
import { DEFAULT_DEMO } from '../server/demo/seed';

const RUNS = 5;

export async function coldStartBench(): Promise<string[]> {
  const server = await startTestServer({ demo: DEFAULT_DEMO });
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    await waitForSynced(page, 120_000);
    await browser.context.setOffline(true);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = Date.now();
      await page.reload();
      await page.getByTestId('job-card').first().waitFor();
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    const jobs = await countRows(page, 'jobs');
    return [
      `Offline cold start to the first job card, 4× CPU slowdown, ${jobs} jobs on the device: ` +
        `median ${times[Math.floor(RUNS / 2)]} ms, best ${times[0]} ms, worst ${times[RUNS - 1]} ms (${RUNS} reloads)`,
    ];
  } finally {
    await browser.dispose();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await coldStartBench()) console.log(line);
}
