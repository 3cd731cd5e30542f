/**
 * `npm start` (DEMO=1: the demo county) and `npm run serve` (a deployment): one Node process
 * serving the sync API and the built PWA. Settings come from the environment
 * (server/config.ts, README › variables); a bad one stops the start with its reason.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, configFromEnv } from './config';
import { DEFAULT_DEMO } from './demo/seed';
import { StartError, startServer } from './server';

try {
  const config = configFromEnv(process.env);
  const dataDir = resolve(config.dataDir);
  if (!config.databaseUrl) mkdirSync(dataDir, { recursive: true });
  const server = await startServer({
    port: config.port,
    host: config.host,
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : join(dataDir, 'pglite'),
    staticDir: resolve('dist'),
    demo: config.demo ? DEFAULT_DEMO : false,
    admin: config.admin,
    requireAdmin: !config.demo,
    trustProxy: config.trustProxy,
    maxConnections: config.maxConnections,
  });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${join(dataDir, 'pglite')}`;
  const mode = config.demo ? 'DEMO mode: demo county and public demo accounts' : 'deployment';
  console.log(`零工驿站 Gig Station on ${server.url.replace('0.0.0.0', 'localhost')} — ${mode} — database: ${where}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close().finally(() => process.exit(0));
    });
  }
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof StartError)) throw error;
  console.error(`[server] not started: ${error.message}`);
  process.exit(1);
}
