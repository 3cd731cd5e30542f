/**
 * Spine figures: initial JavaScript of the job list route, the first pull of the demo
 * county (bytes on the wire, time), and the push of 1,000 offline mutations.
 * Needs a build in dist/. Run: node --import tsx bench/spine.ts
 *   SPINE_DIST  the build to measure instead of dist/ (e.g. `npx vite build --outDir bench/.out/dist`)
 *
 * The first pull is a fresh install's, before any login (public buckets only). Then the
 * device logs in through the login API as the demo desk (station_staff; posting jobs needs
 * staff or an employer), syncs once to fetch the desk's own buckets, and makes the 1,000
 * mutations offline; their push carries the session's access token.
 */
import 'fake-indexeddb/auto';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { bucketPattern, PUBLIC_BUCKETS } from '../src/core/buckets';
import { uuidv7 } from '../src/core/ids';
import { GigDb } from '../src/db/db';
import { mutate } from '../src/db/mutate';
import { SyncEngine } from '../src/sync/engine';
import { createApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { DEMO_PASSWORD } from '../server/demo/accounts';
import { DEFAULT_DEMO, seedDemo } from '../server/demo/seed';
import { jobPostArgs } from '../tests/fixtures/records';
import { initialJs } from './initial-js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The demo county on an in-memory PGlite behind a real socket, counting the bytes that cross it. */
export async function startMeasuredServer() {
  const db = await openDatabase({});
  await migrate(db);
  const seeding = performance.now();
  await seedDemo(db, DEFAULT_DEMO);
  const seedMs = performance.now() - seeding;
  const app = createApp({ db });
  const sockets = new Set<Socket>();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  server.on('connection', (socket: Socket) => sockets.add(socket));
  const { port } = server.address() as AddressInfo;
  const wire = () =>
    [...sockets].reduce((n, s) => ({ down: n.down + s.bytesWritten, up: n.up + s.bytesRead }), { down: 0, up: 0 });
  return {
    db,
    url: `http://127.0.0.1:${port}`,
    seedMs,
    wire,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
    },
  };
}

/** fetch that asks for gzip, as a browser does (Node's fetch decompresses transparently). */
const gzipFetch: typeof fetch = (input, init) =>
  fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'Accept-Encoding': 'gzip' } });

export async function spineBench() {
  const lines: string[] = [];
  const js = initialJs(process.env.SPINE_DIST || 'dist');
  lines.push(`Initial JS of the job list route (gzip -9): ${kb(js.gzip)} in ${js.files.length} files`);
  for (const f of js.files) lines.push(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);

  const server = await startMeasuredServer();
  const [{ n: records }] = await server.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM records
     WHERE buckets && ARRAY(SELECT jsonb_array_elements_text($1::text::jsonb))
        OR EXISTS (SELECT 1 FROM unnest(buckets) AS b WHERE b LIKE $2)`,
    [JSON.stringify(PUBLIC_BUCKETS), bucketPattern('jobs')],
  );
  lines.push(
    `Demo county seeded: ${DEFAULT_DEMO.jobs} jobs, ${DEFAULT_DEMO.seekers} seekers in ${server.seedMs.toFixed(0)} ms (PGlite)`,
  );

  const device = new GigDb(`bench-${uuidv7()}`);
  const engine = new SyncEngine(device, { baseUrl: server.url, fetch: gzipFetch });
  let start = performance.now();
  const pull = await engine.syncOnce();
  const pullMs = performance.now() - start;
  const afterPull = server.wire();
  lines.push(
    `First pull: ${records} records (${await device.jobs.count()} jobs) in ${pull.pulledPages} pages, ` +
      `${kb(afterPull.down)} down / ${kb(afterPull.up)} up on the wire (headers included), ` +
      `${(afterPull.down / records).toFixed(0)} B per record, ${pullMs.toFixed(0)} ms (client on fake-indexeddb)`,
  );

  // The demo desk (the demo seed's station_staff account) logs in through the API and
  // fetches what its account adds.
  const [desk] = await server.db.query<{ phone: string; counties: string[] }>(
    `SELECT phone, counties FROM accounts WHERE role = 'station_staff' ORDER BY phone LIMIT 1`,
  );
  if (!desk) throw new Error('the demo seed made no station_staff account');
  start = performance.now();
  await engine.auth.login(desk.phone, { password: DEMO_PASSWORD });
  const deskPull = await engine.syncOnce();
  const loginMs = performance.now() - start;
  const afterLogin = server.wire();
  lines.push(
    `Demo desk login (station_staff, county ${desk.counties.join(', ')}) and its first sync: ${deskPull.pulledPages} pages in ${loginMs.toFixed(0)} ms; ` +
      `${kb(afterLogin.up - afterPull.up)} up, ${kb(afterLogin.down - afterPull.down)} down`,
  );

  for (let i = 0; i < 1000; i++) await mutate(device, 'job.post', jobPostArgs());
  start = performance.now();
  const push = await engine.syncOnce();
  const pushMs = performance.now() - start;
  const afterPush = server.wire();
  lines.push(
    `Push of 1,000 offline mutations (desk session, Bearer token): ${push.pushed} acknowledged (${push.rejected} rejected) in ${pushMs.toFixed(0)} ms ` +
      `including the pull that follows; ${kb(afterPush.up - afterLogin.up)} up, ${kb(afterPush.down - afterLogin.down)} down`,
  );
  if (push.pushed !== 1000 || push.rejected !== 0 || push.waitingForLogin) {
    throw new Error(`push answered ${JSON.stringify(push)}: expected 1,000 acknowledged, none rejected`);
  }
  await server.close();
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await spineBench()) console.log(line);
}
