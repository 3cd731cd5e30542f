/**
 * Bytes on the wire for the syncs a phone on 2G pays for (issue 15): a new phone's first
 * pull of one county (the demo's 630103, ~855 jobs, with stations, policies, courses and
 * events), asking for brotli as a browser on HTTPS does and for gzip only; then an idle sync
 * (nothing changed), anonymous and as the demo desk with its access token. Counted at the
 * server's sockets, headers included. Run: node --import tsx bench/wire.ts (part of `npm run bench`).
 *
 * It uses only the sync engine and the server as they were before the wire work, so the same
 * file measures an older checkout too (copy it there with bench/spine.ts's `startMeasuredServer`;
 * RESULTS.md says how).
 */
import 'fake-indexeddb/auto';
import { uuidv7 } from '../src/core/ids';
import { GigDb } from '../src/db/db';
import { updateSyncState } from '../src/db/sync-state';
import { SyncEngine } from '../src/sync/engine';
import { DEMO_PASSWORD } from '../server/demo/accounts';
import { startMeasuredServer } from './spine';

const COUNTY = '630103';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A fetch that sends the Accept-Encoding a browser sends (Node's fetch decodes gzip and br itself). */
const fetchAccepting =
  (encodings: string): typeof fetch =>
  (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'Accept-Encoding': encodings } });

type Server = Awaited<ReturnType<typeof startMeasuredServer>>;

/** One sync of `engine`, with the bytes it moved. */
async function measured(server: Server, engine: SyncEngine) {
  const before = server.wire();
  const started = performance.now();
  const report = await engine.syncOnce();
  const ms = performance.now() - started;
  const after = server.wire();
  return { report, ms, down: after.down - before.down, up: after.up - before.up };
}

async function countyPhone(server: Server, encodings: string) {
  const device = new GigDb(`wire-${uuidv7()}`);
  await updateSyncState(device, (s) => {
    s.counties = [COUNTY];
  });
  const engine = new SyncEngine(device, { baseUrl: server.url, fetch: fetchAccepting(encodings) });
  return { device, engine };
}

export async function wireBench(): Promise<string[]> {
  const lines: string[] = [];
  const server = await startMeasuredServer();
  for (const encodings of ['gzip, deflate, br', 'gzip']) {
    const { device, engine } = await countyPhone(server, encodings);
    const first = await measured(server, engine);
    const jobs = await device.jobs.count();
    const records =
      jobs +
      (await device.stations.count()) +
      (await device.policies.count()) +
      (await device.courses.count()) +
      (await device.events.count());
    lines.push(
      `First pull of county ${COUNTY}, anonymous, Accept-Encoding "${encodings}": ${records} records (${jobs} jobs) ` +
        `in ${first.report.pulledPages} pages, ${kb(first.down)} down / ${kb(first.up)} up, ` +
        `${(first.down / jobs).toFixed(0)} B per job (all of it over the jobs), ${first.ms.toFixed(0)} ms`,
    );
    const idle = await measured(server, engine);
    lines.push(
      `  then an idle sync (nothing changed): ${idle.down + idle.up} B (${idle.up} up, ${idle.down} down), ${idle.report.pulledPages} pull`,
    );
    if (encodings === 'gzip') continue;
    const [desk] = await server.db.query<{ phone: string }>(
      `SELECT phone FROM accounts WHERE role = 'station_staff' ORDER BY phone LIMIT 1`,
    );
    await engine.auth.login(desk.phone, { password: DEMO_PASSWORD });
    const deskFirst = await measured(server, engine);
    const deskIdle = await measured(server, engine);
    lines.push(
      `  the demo desk logs in on it; its first sync ${kb(deskFirst.down)} down / ${kb(deskFirst.up)} up; ` +
        `then an idle sync with its token: ${deskIdle.down + deskIdle.up} B (${deskIdle.up} up, ${deskIdle.down} down)`,
    );
  }
  await server.close();
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await wireBench()) console.log(line);
}
