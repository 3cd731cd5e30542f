/** The real server app over real HTTP on 127.0.0.1, on each test database (PGlite, PostgreSQL). */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach } from 'vitest';
import type { Database } from '../../server/db/database';
import { openApp, type TestDatabase } from '../server/databases';
import { type FaultPolicy, type FaultProxy, HEALTHY, startFaultProxy } from './proxy';

export interface ServedApp {
  db: Database;
  /** The server itself. */
  url: string;
  /** The fault proxy in front of it: point devices here. */
  proxy: FaultProxy;
  close(): Promise<void>;
}

export async function serveApp(
  database: TestDatabase,
  options: { pageRows?: number; policy?: FaultPolicy } = {},
): Promise<ServedApp> {
  const { db, app } = await openApp(database, options.pageRows);
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const proxy = await startFaultProxy(url, options.policy ?? HEALTHY);
  return {
    db,
    url,
    proxy,
    async close() {
      await proxy.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** A fresh server (and proxy) for each test of the enclosing describe; call the getter inside a test. */
export function servedPerTest(
  database: TestDatabase,
  options: { pageRows?: number; policy?: FaultPolicy } = {},
): () => ServedApp {
  let served: ServedApp | undefined;
  beforeEach(async () => {
    served = await serveApp(database, options);
  });
  afterEach(async () => {
    await served?.close();
  });
  return () => {
    if (!served) throw new Error('servedPerTest: the server exists only inside a test');
    return served;
  };
}

export async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql, params);
  return row.n;
}
