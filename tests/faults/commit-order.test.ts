/**
 * T6, the commit-order cursor on real PostgreSQL (SYNC.md §2.5, §3): write transactions
 * take their sequence numbers through the server's own record store, then stay open for a
 * random while (pg_sleep) before committing, with other writers queued behind them, while
 * clients keep pulling with small pages. A cursor scheme where a seq can commit after a
 * reader has moved past it (bigserial, now()) loses rows here; ours must lose none.
 *
 * PGlite has one connection, so nothing can interleave there: this needs DATABASE_URL.
 */
import { ANONYMOUS } from '../../src/core/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRows, type PullRequest, SCHEMA_VERSION } from '../../src/core/protocol';
import type { Job } from '../../src/core/records';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { pull } from '../../server/sync/pull';
import { writeRecords } from '../../server/sync/record-store';
import { serverJob } from '../fixtures/records';
import { DATABASES } from '../server/databases';
import { seededRandom } from './proxy';

const postgres = DATABASES.find((d) => d.name === 'postgres');
if (!postgres) console.warn('\n!!! T6 commit-order cursor SKIPPED: set DATABASE_URL to a PostgreSQL to run it. !!!\n');

const WRITES = 400;
const WRITERS = 8;
const READERS = 4;
const BUCKET = 'jobs:cty:630103';

describe.skipIf(!postgres)('T6 commit-order cursor on PostgreSQL (skipped without DATABASE_URL)', () => {
  let db: Database;

  beforeAll(async () => {
    db = await postgres!.open();
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it(`T6 ${WRITES} writes that take their seq first and commit last (pg_sleep) while ${READERS} clients pull in between → 0 rows missed vs a final full scan`, async () => {
    const random = seededRandom(6);
    const jobs: Job[] = [];
    let open = 0;
    let done = false;

    // Each writer creates a job or rewrites an existing one (which moves its log entry to a
    // new seq), then holds its transaction open with the seq taken.
    let issued = 0;
    async function writer(): Promise<void> {
      while (issued < WRITES) {
        issued += 1;
        const rewrite = jobs.length > 0 && random() < 0.3;
        const job = rewrite
          ? { ...jobs[Math.floor(random() * jobs.length)], title: `改${issued}` }
          : serverJob({ version: 0 });
        const sleep = random() < 0.5 ? random() * 0.02 : 0;
        await db.transaction(async (tx) => {
          await writeRecords(tx, [{ kind: 'job', record: job }]);
          open += 1;
          try {
            await tx.query('SELECT pg_sleep($1)', [sleep]);
          } finally {
            open -= 1;
          }
        });
        if (!rewrite) jobs.push(job);
      }
    }

    let interleaved = 0;
    async function reader(id: number): Promise<Map<string, number>> {
      const seen = new Map<string, number>();
      const request: PullRequest = {
        v: 1,
        clientId: `00000000-0000-7000-8000-00000000000${id}`,
        schema: SCHEMA_VERSION,
        epoch: null,
        buckets: {},
      };
      for (;;) {
        const finished = done;
        if (open > 0) interleaved += 1;
        const page = await pull(db, { ...request, limit: 1 + Math.floor(random() * 20) }, ANONYMOUS);
        request.epoch = page.epoch;
        const bucket = page.buckets[BUCKET];
        if (bucket) {
          for (const row of bucket.put.job ? decodeRows(bucket.put.job) : []) {
            seen.set(row.id, Math.max(seen.get(row.id) ?? 0, row.version));
          }
          request.buckets[BUCKET] = bucket.next;
        }
        // Stop once a pull that started after the last commit came back with nothing more.
        if (finished && !Object.values(page.buckets).some((b) => b.more)) return seen;
      }
    }

    const readers = Array.from({ length: READERS }, (_, i) => reader(i));
    await Promise.all(Array.from({ length: WRITERS }, writer));
    done = true;
    const seenByReader = await Promise.all(readers);

    const scan = await db.query<{ id: string; version: number }>(
      'SELECT id, version FROM records WHERE $1 = ANY(buckets) AND NOT deleted',
      [BUCKET],
    );
    expect(scan).toHaveLength(jobs.length);
    console.info(`T6: ${WRITES} writes, ${interleaved} pulls taken while a write held an uncommitted seq`);
    for (const seen of seenByReader) {
      const missed = scan.filter((row) => seen.get(row.id) !== row.version);
      expect(missed, 'rows a reader never saw at their final version').toEqual([]);
    }
    expect(interleaved).toBeGreaterThan(100);
  });
});
