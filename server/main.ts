/**
 * `npm start`: one Node process serving the sync API and the built PWA.
 *   PORT          default 8080
 *   DATA_DIR      default ./data (the embedded database lives in DATA_DIR/pglite)
 *   DATABASE_URL  postgres://… to use a real PostgreSQL instead of the embedded one
 *   ADMIN_PHONE, ADMIN_PASSWORD  the first admin account, made on start if missing
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_DEMO } from './demo/seed';
import { startServer } from './server';

const dataDir = resolve(process.env.DATA_DIR ?? './data');
const databaseUrl = process.env.DATABASE_URL || undefined;
if (!databaseUrl) mkdirSync(dataDir, { recursive: true });

const server = await startServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '0.0.0.0',
  databaseUrl,
  dataDir: databaseUrl ? undefined : join(dataDir, 'pglite'),
  staticDir: resolve('dist'),
  demo: DEFAULT_DEMO,
  admin:
    process.env.ADMIN_PHONE && process.env.ADMIN_PASSWORD
      ? { phone: process.env.ADMIN_PHONE, password: process.env.ADMIN_PASSWORD }
      : undefined,
});
const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${join(dataDir, 'pglite')}`;
console.log(`零工驿站 Gig Station on ${server.url.replace('0.0.0.0', 'localhost')} — database: ${where}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
