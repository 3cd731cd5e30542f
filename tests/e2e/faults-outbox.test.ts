/**
 * T1 (SYNC.md §3): a local write is all-or-nothing even when the tab, its renderer or the
 * whole browser dies in the middle of it. Writes run through the real `mutate` in the page's
 * own realm against the real IndexedDB; no app code runs beside them (the page is the API's
 * health answer at the app's origin), so no sync moves outbox rows while we count them.
 *
 * T1_SEED=<n> replays a run's kill schedule and write plan (timing still varies);
 * T1_KILLS=<n> changes the number of kill points (`npm run test:soak` runs SYNC.md's 1,000).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seededRandom } from '../faults/proxy';
import { type PageWritePath, describeBrowser, installWritePath, serverForTests, withBrowser } from './harness';

const KILL_POINTS = Number(process.env.T1_KILLS ?? 40);
const SEED = Number(process.env.T1_SEED ?? Date.now() % 2 ** 31);
/** Concurrent write loops in the page, so a kill usually lands inside some transaction. */
const WRITERS = 3;
const WRITES_PER_ROUND = 200;
const MAX_KILL_DELAY_MS = 80;

type Kill = 'page.close' | 'Page.crash' | 'context.close';
/** A job.post, or an edit of the nth job this round posted (modulo what exists). */
type Op = { title: string; edit?: number };

interface Snapshot {
  nextSeq: number | null;
  outbox: { seq: number; id: string; name: string; args: { id: string; title?: string; patch?: { title?: string } } }[];
  jobs: { id: string; title: string }[];
}

function readSnapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const { db } = (globalThis as unknown as { gig: PageWritePath }).gig;
    const meta = await db.meta.get('sync');
    return {
      nextSeq: (meta?.value as { nextSeq: number } | undefined)?.nextSeq ?? null,
      outbox: (await db.outbox.toArray()).map(({ seq, id, name, args }) => ({ seq, id, name, args: args as never })),
      jobs: (await db.jobs.toArray()).map(({ id, title }) => ({ id, title })),
    };
  });
}

/** Every way a write can be half there, plus committed writes that vanished. Empty lists = pass. */
function violations(snapshot: Snapshot, committed: Set<string>) {
  const seqs = snapshot.outbox.map((e) => e.seq).sort((a, b) => a - b);
  const expectedTitle = new Map<string, string>();
  for (const entry of [...snapshot.outbox].sort((a, b) => a.seq - b.seq)) {
    expectedTitle.set(entry.args.id, (entry.name === 'job.edit' ? entry.args.patch?.title : entry.args.title) ?? '');
  }
  const jobs = new Map(snapshot.jobs.map((j) => [j.id, j.title]));
  const outboxIds = new Set(snapshot.outbox.map((e) => e.id));
  return {
    seqGaps: seqs.filter((seq, i) => seq !== i + 1),
    nextSeqWrong: seqs.length > 0 && snapshot.nextSeq !== seqs.length + 1 ? [snapshot.nextSeq] : [],
    /** Entity rows no outbox entry accounts for (a post or edit whose log entry is missing). */
    orphanRows: snapshot.jobs.filter((j) => expectedTitle.get(j.id) !== j.title).map((j) => j.id),
    /** Outbox entries whose change is not on the row. */
    orphanEntries: [...expectedTitle.keys()].filter((id) => !jobs.has(id)),
    lostCommitted: [...committed].filter((id) => !outboxIds.has(id)),
  };
}

function startWriting(page: Page, plan: Op[]): Promise<void> {
  return page.evaluate(
    ({ plan, writers }) => {
      const { gig } = globalThis as unknown as { gig: PageWritePath };
      const report = (globalThis as unknown as { t1Committed(id: string): void }).t1Committed;
      const posted: string[] = [];
      let next = 0;
      const loop = async () => {
        while (next < plan.length) {
          const op = plan[next++];
          if (op.edit !== undefined && posted.length > 0) {
            const id = posted[op.edit % posted.length];
            report(
              (await gig.mutate(gig.db, 'job.edit', { id, baseVersion: 0, patch: { title: op.title } })).mutationId,
            );
          } else {
            const args = gig.jobPostArgs({ title: op.title });
            report((await gig.mutate(gig.db, 'job.post', args)).mutationId);
            posted.push(args.id);
          }
        }
      };
      for (let i = 0; i < writers; i++) void loop();
    },
    { plan, writers: WRITERS },
  );
}

async function kill(context: BrowserContext, page: Page, how: Kill): Promise<void> {
  if (how === 'page.close') return page.close({ runBeforeUnload: false });
  if (how === 'context.close') return context.close();
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The renderer dies before it can answer, so the command never resolves.
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
  await page.close();
}

describeBrowser('T1 outbox atomicity in Chromium', () => {
  const server = serverForTests({ demo: false });

  it(
    `${KILL_POINTS} seeded kill points (tab close, renderer crash, browser close) mid-write → after reopen every write is all-or-nothing: 0 orphan rows or outbox entries, seqs contiguous from 1, no committed write lost (~55 s)`,
    async () => {
      console.log(`T1 seed ${SEED} (replay: T1_SEED=${SEED})`);
      const random = seededRandom(SEED);
      const committed = new Set<string>();
      const prepare = (context: BrowserContext) =>
        context.exposeFunction('t1Committed', (id: string) => {
          committed.add(id);
        });
      const kills: Record<Kill, number> = { 'page.close': 0, 'Page.crash': 0, 'context.close': 0 };
      let snapshot!: Snapshot;
      await withBrowser(async (browser) => {
        let context = browser.context;
        await prepare(context);
        for (let round = 0; round <= KILL_POINTS; round++) {
          const page = await context.newPage();
          await page.goto(`${server.url}/api/health`);
          await installWritePath(page);
          snapshot = await readSnapshot(page);
          expect({ round, ...violations(snapshot, committed) }).toEqual({
            round,
            seqGaps: [],
            nextSeqWrong: [],
            orphanRows: [],
            orphanEntries: [],
            lostCommitted: [],
          });
          if (round === KILL_POINTS) break;

          const plan: Op[] = Array.from({ length: WRITES_PER_ROUND }, (_, i) => ({
            title: `T1 ${round}-${i}`,
            ...(random() < 0.3 && { edit: Math.floor(random() * 1000) }),
          }));
          const how: Kill = random() < 0.2 ? 'context.close' : random() < 0.5 ? 'page.close' : 'Page.crash';
          const delay = random() * MAX_KILL_DELAY_MS;
          await startWriting(page, plan);
          await new Promise((resolve) => setTimeout(resolve, delay));
          await kill(context, page, how);
          kills[how] += 1;
          if (how === 'context.close') {
            context = await browser.reopen();
            await prepare(context);
          }
        }
      });
      const unacknowledged = snapshot.outbox.filter((e) => !committed.has(e.id)).length;
      console.log(
        `T1 seed ${SEED}: kills ${JSON.stringify(kills)}; ${snapshot.outbox.length} writes kept, ` +
          `${committed.size} acknowledged to the page, ${unacknowledged} committed but cut off before the page heard`,
      );
      // The kills must have hit writes in progress, or the test proved nothing.
      expect(snapshot.outbox.length).toBeGreaterThan(KILL_POINTS);
      // About 0.5–0.9 s a kill point; more points get more time.
    },
    Math.max(170_000, KILL_POINTS * 3_000),
  );
});
