/**
 * Start the whole server: database, migrations, demo data (demo mode) or the deployment's
 * checks, HTTP with timeouts and a connection cap. A deployment should still sit behind a
 * reverse proxy (README › deployment) that terminates TLS and buffers slow clients.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DatabaseLimitStore, type LimitSettings, purgeLimits } from './http/limits';
import { ensureAdmin } from './auth/admin';
import { purgeLogins } from './auth/tokens';
import type { CodeSender } from './auth/code-sender';
import { type AdminSetting, adminProblem } from './config';
import { type Database, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { type DemoSize, isDemoDatabase, seedDemoIfEmpty } from './demo/seed';
import { purgeTombstones, TOMBSTONE_RETENTION_MS } from './sync/compact';

const PURGE_EVERY_MS = 6 * 3_600_000;

/** The server would not start: a setting or the database's state is unsafe for this mode. */
export class StartError extends Error {}

export interface ServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** PGlite directory; omitted = in memory. */
  dataDir?: string;
  schema?: string;
  /** PGlite only: the snapshot to start from (tests; see DatabaseOptions). */
  template?: Blob;
  staticDir?: string;
  /** Demo mode: load the demo county (and its public demo accounts) into an empty database. */
  demo?: DemoSize | false;
  pageRows?: number;
  /** Where login codes go (default: the server log). */
  codeSender?: CodeSender;
  /** The deployment's first admin, made on start if that phone has no account yet. */
  admin?: AdminSetting;
  /** Refuse to start with no admin account (`npm run serve`: nobody could make accounts). */
  requireAdmin?: boolean;
  /** Behind a reverse proxy: take client addresses from X-Forwarded-For. */
  trustProxy?: boolean;
  /** A client must send its headers within this (slow-drip guard). */
  headersTimeoutMs?: number;
  /** …and its whole request within this: a 32 KB push on a 2 KB/s link takes 16 s. */
  requestTimeoutMs?: number;
  /** Connections beyond this are closed at once. */
  maxConnections?: number;
  /** Request limits other than the defaults (server/http/limits.ts): a load bench lifts some. */
  limits?: Partial<LimitSettings>;
}

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/**
 * Demo mode loads the demo on first start; a deployment refuses a database that holds the
 * demo's public accounts, and (`requireAdmin`) a start with no admin at all.
 */
async function prepare(db: Database, options: ServerOptions): Promise<void> {
  const demo = Boolean(options.demo);
  const problem = options.admin && adminProblem(options.admin, demo);
  if (problem) throw new StartError(problem);
  if (options.demo) await seedDemoIfEmpty(db, options.demo);
  else if (await isDemoDatabase(db)) {
    throw new StartError(
      'this database holds the demo county and its public demo accounts: start it with DEMO=1, or give a deployment its own DATA_DIR or DATABASE_URL',
    );
  }
  if (options.admin && (await ensureAdmin(db, options.admin.phone, options.admin.password))) {
    console.log(`[server] made the admin account ${options.admin.phone}`);
  }
  if (options.requireAdmin) {
    const [admin] = await db.query(`SELECT 1 FROM accounts WHERE role = 'admin' LIMIT 1`);
    if (!admin) throw new StartError('no admin account yet: set ADMIN_PHONE and ADMIN_PASSWORD for the first start');
  }
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
    await prepare(db, options);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = createApp({
    db,
    staticDir: options.staticDir,
    pageRows: options.pageRows,
    codeSender: options.codeSender,
    demo: Boolean(options.demo),
    trustProxy: options.trustProxy,
    limits: options.limits,
    // On PostgreSQL several server processes may share the database: they share the counters too.
    limitStore: db.engine === 'postgres' ? new DatabaseLimitStore(db) : undefined,
  });
  const host = options.host ?? '127.0.0.1';
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = options.requestTimeoutMs ?? 60_000;
  const server = await new Promise<Server>((resolve) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 0,
        hostname: host,
        serverOptions: {
          headersTimeout,
          requestTimeout,
          // Node checks those timeouts on this interval (30 s by default, too coarse for them).
          connectionsCheckingInterval: Math.min(1_000, headersTimeout / 2),
        },
      },
      () => resolve(s as Server),
    );
  });
  server.maxConnections = options.maxConnections ?? 1_000;
  const { port } = server.address() as AddressInfo;
  const purge = () =>
    Promise.all([
      purgeTombstones(db, new Date(Date.now() - TOMBSTONE_RETENTION_MS)),
      purgeLogins(db, Date.now()),
      purgeLimits(db, Date.now()),
    ]).catch((error) => console.error('[server] purge failed', error));
  await purge();
  const purging = setInterval(purge, PURGE_EVERY_MS);
  purging.unref();
  return {
    url: `http://${host}:${port}`,
    db,
    async close() {
      clearInterval(purging);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
