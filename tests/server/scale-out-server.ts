/**
 * One server process for tests/server/scale-out.test.ts: the real server on the PostgreSQL
 * schema given as the first argument, on an ephemeral port. Prints its URL as a JSON line,
 * then the server log (login codes included) on stdout; stops on SIGTERM.
 */
import { startServer } from '../../server/server';

const server = await startServer({ databaseUrl: process.env.DATABASE_URL, schema: process.argv[2], demo: false });
console.log(JSON.stringify({ url: server.url }));
process.on('SIGTERM', () => {
  server.close().finally(() => process.exit(0));
});
