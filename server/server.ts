/** Start the whole server: database, migrations, demo data on first start, HTTP. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ensureAdmin } from './auth/admin';
import type { CodeSender } from './auth/code-sender';
import { type Database, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { type DemoSize, seedDemoIfEmpty } from './demo/seed';
import { purgeTombstones, TOMBSTONE_RETENTION_MS } from './sync/compact';

const PURGE_EVERY_MS = 6 * 3_600_000;

export interface ServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** PGlite directory; omitted = in memory. */
  dataDir?: string;
  schema?: string;
  staticDir?: string;
  /** Load the demo county into an empty database. */
  demo?: DemoSize | false;
  pageRows?: number;
  /** Where login codes go (default: the server log). */
  codeSender?: CodeSender;
  /** The deployment's first admin, made on start if that phone has no account yet. */
  admin?: { phone: string; password: string };
}

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = await openDatabase(options);
  await migrate(db);
  if (options.demo) await seedDemoIfEmpty(db, options.demo);
  if (options.admin && (await ensureAdmin(db, options.admin.phone, options.admin.password))) {
    console.log(`[server] made the admin account ${options.admin.phone}`);
  }
  const app = createApp({
    db,
    staticDir: options.staticDir,
    pageRows: options.pageRows,
    codeSender: options.codeSender,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const purge = () =>
    purgeTombstones(db, new Date(Date.now() - TOMBSTONE_RETENTION_MS)).catch((error) =>
      console.error('[server] tombstone purge failed', error),
    );
  await purge();
  const purging = setInterval(purge, PURGE_EVERY_MS);
  purging.unref();
  return {
    url: `http://${host}:${port}`,
    db,
    async close() {
      clearInterval(purging);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
