/**
 * A first sync lands its pages in the sync worker (workers/sync.worker.ts): every row arrives,
 * and the job list, a live query in the page, sees rows the worker wrote.
 */
import { expect, it } from 'vitest';
import { countRows, describeBrowser, serverForTests, waitForSynced, withPhone } from './harness';

describeBrowser('first sync through the sync worker', () => {
  // Small pages: many land in the worker (the first ones may land in the page while it starts).
  const server = serverForTests({ pageRows: 40 });

  it('lands every page, and the page’s live queries see the worker’s writes', async () => {
    const [{ jobs, open }] = await server.db.query<{ jobs: number; open: number }>(
      `SELECT count(*)::int AS jobs, (count(*) FILTER (WHERE data->>'status' = 'open'))::int AS open
         FROM records WHERE kind = 'job' AND NOT deleted`,
    );
    await withPhone(server, async (page) => {
      await waitForSynced(page);
      expect(page.workers().some((w) => w.url().includes('sync.worker'))).toBe(true);
      expect(await countRows(page, 'jobs')).toBe(jobs);
      await expect.poll(() => page.getByTestId('job-count').textContent()).toContain(String(open));
      await expect.poll(() => page.getByTestId('job-card').count()).toBe(30);
    });
  });
});
