/**
 * T11 (SYNC.md §3, the mono#6340 regression): three app tabs of one browser write at once
 * while the sync leader (the tab holding the `gig-station-sync` Web Lock) is closed twice.
 * Seqs come from one IndexedDB transaction per write, so the outbox must read 1..300 with no
 * gap or duplicate, and the server must apply exactly those 300.
 *
 * Sync requests are held at the network until the writing is done: the leader keeps its lock
 * while its request waits, so closing that tab is a leader change mid-sync, and the outbox is
 * still whole when we count it.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createAccount } from '../../server/auth/accounts';
import { DEMO_PASSWORD } from '../../server/demo/accounts';
import type { AccountView } from '../../src/core/auth';
import {
  type PageWritePath,
  countRows,
  describeBrowser,
  installWritePath,
  openApp,
  serverForTests,
  withBrowser,
} from './harness';

const TABS = 3;
const WRITES_PER_TAB = 100;
const TOTAL = TABS * WRITES_PER_TAB;

interface Held {
  route: Route;
  page: Page;
}

interface Writer {
  page: Page;
  writer: number;
  finished: Promise<number>;
}

/** Open an app tab and start its writer at `from`; `finished` gives the next index once done or paused. */
async function startWriter(context: BrowserContext, url: string, writer: number, from: number): Promise<Writer> {
  const page = await context.newPage();
  await page.goto(url);
  await installWritePath(page);
  const finished = page.evaluate(
    async ({ writer, from, to }) => {
      const { gig } = globalThis as unknown as { gig: PageWritePath };
      const control = { paused: false, next: from };
      Object.assign(globalThis, { t11: control });
      while (control.next < to && !control.paused) {
        await gig.mutate(gig.db, 'job.post', gig.jobPostArgs({ title: `T11 tab ${writer} #${control.next}` }));
        control.next += 1;
        // Spread the writes so the three tabs interleave and the leader changes land mid-run.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      }
      return control.next;
    },
    { writer, from, to: WRITES_PER_TAB },
  );
  return { page, writer, finished };
}

type Control = { t11: { paused: boolean; next: number } };

/** Writes done so far across the writers (each counts from 0 for its tab number). */
async function written(writers: Writer[]): Promise<number> {
  const counts = await Promise.all(
    writers.map((w) => w.page.evaluate(() => (globalThis as unknown as Control).t11.next)),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** The lock holder's client id as any tab sees it (`navigator.locks.query()`). */
function lockHolder(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const { held = [] } = await navigator.locks.query();
    return held.find((lock) => lock.name === 'gig-station-sync')?.clientId;
  });
}

describeBrowser('T11 multi-tab', () => {
  const server = serverForTests({ demo: false });
  let desk: AccountView;

  beforeAll(async () => {
    desk = await createAccount(server.db, {
      phone: '13800000002',
      role: 'station_staff',
      stationIds: [],
      // The fixtures' jobs are in 城中区: staff post only where they work.
      counties: ['630103'],
      password: DEMO_PASSWORD,
    });
  });

  it(`${TABS} tabs write ${TOTAL} mutations while the sync leader is closed twice → outbox seqs 1..${TOTAL}, server applies all ${TOTAL}, 0 gaps or duplicates (~20 s)`, async () => {
    await withBrowser(async ({ context }) => {
      const held: Held[] = [];
      let gateOpen = false;
      let newLeader: (held: Held) => void = () => {};
      await context.route('**/api/sync/v1/*', async (route) => {
        if (gateOpen) return route.continue();
        const entry = { route, page: route.request().frame().page() };
        held.push(entry);
        newLeader(entry);
      });
      const nextLeader = () => new Promise<Held>((resolve) => (newLeader = resolve));
      // The first tab installs the service worker; its start-up sync takes the lock and waits.
      let leaderArrives = nextLeader();
      const first = await openApp(context, server.url);
      let leader = await leaderArrives;
      expect(leader.page).toBe(first);
      // Posting jobs needs a staff login; the login API is not held back.
      await installWritePath(first);
      await first.evaluate(
        ({ phone, password }) => (globalThis as unknown as { gig: PageWritePath }).gig.auth.login(phone, { password }),
        { phone: desk.phone, password: DEMO_PASSWORD },
      );
      await first.close();

      leaderArrives = nextLeader();
      const writers: Writer[] = [];
      for (let w = 0; w < TABS; w++) writers.push(await startWriter(context, server.url, w, 0));
      leader = await leaderArrives;
      const holders = [await lockHolder(writers[0].page)];

      for (const threshold of [TOTAL / 3, (2 * TOTAL) / 3]) {
        await expect.poll(() => written(writers), { timeout: 60_000 }).toBeGreaterThanOrEqual(threshold);
        const index = writers.findIndex((w) => w.page === leader.page);
        expect(index, 'the tab whose sync request waits is a writer tab').toBeGreaterThanOrEqual(0);
        const { page, writer, finished } = writers[index];
        await page.evaluate(() => {
          (globalThis as unknown as Control).t11.paused = true;
        });
        const resumeAt = await finished;
        leaderArrives = nextLeader();
        await page.close();
        leader = await leaderArrives;
        writers[index] = await startWriter(context, server.url, writer, resumeAt);
        holders.push(await lockHolder(writers[(index + 1) % TABS].page));
        console.log(
          `T11: closed leader tab ${writer} after ${await written(writers)} writes; lock now held by ${holders.at(-1)}`,
        );
      }
      await Promise.all(writers.map((w) => w.finished));
      expect(new Set(holders).size, `lock holders seen: ${holders.join(', ')}`).toBe(3);
      expect(holders).not.toContain(undefined);

      const local = await writers[0].page.evaluate(async (owner) => {
        const { db } = (globalThis as unknown as { gig: PageWritePath }).gig;
        const state = (await db.meta.get('sync'))?.value as {
          nextSeq: number;
          chains: Record<string, { clientId: string }>;
        };
        const seqs = (await db.outbox.orderBy('seq').toArray()).map((e) => e.seq);
        return { nextSeq: state.nextSeq, clientId: state.chains[owner].clientId, seqs, jobs: await db.jobs.count() };
      }, desk.id);
      expect(local.seqs).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
      expect(local.nextSeq).toBe(TOTAL + 1);
      expect(local.jobs).toBe(TOTAL);

      // Let the network through: the current leader's held push goes first, then the rest.
      gateOpen = true;
      for (const { route, page } of held) {
        if (!page.isClosed()) await route.continue();
      }
      await expect.poll(() => countRows(writers[0].page, 'outbox'), { timeout: 60_000 }).toBe(0);
      const [applied] = await server.db.query<{ n: number; distinct_seqs: number; lo: number; hi: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct_seqs, min(seq)::int AS lo, max(seq)::int AS hi
         FROM sync_mutation WHERE client_id = $1 AND ok`,
        [local.clientId],
      );
      expect(applied).toEqual({ n: TOTAL, distinct_seqs: TOTAL, lo: 1, hi: TOTAL });
      const [records] = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM records WHERE kind = 'job' AND data->>'title' LIKE 'T11 tab %'`,
      );
      expect(records.n).toBe(TOTAL);
    });
  }, 120_000);
});
