/**
 * The databases server tests run against: always embedded PGlite, and a real PostgreSQL
 * too when DATABASE_URL is set (.ci/run starts one). Each test gets its own empty schema.
 */
import { uuidv7 } from '../../src/core/ids';
import { type MutationResult, PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { type AppOptions, createApp } from '../../server/app';
import { type Database, openDatabase } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { pgliteTemplate } from '../support/pglite-templates';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export const DATABASES: TestDatabase[] = [
  // A copy of the run's migrated snapshot: initdb and the migrations are most of opening one.
  { name: 'pglite', open: async () => openDatabase({ template: await pgliteTemplate('migrated') }) },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'postgres' as const,
          open: () =>
            openDatabase({ databaseUrl: process.env.DATABASE_URL, schema: `t_${uuidv7().replaceAll('-', '')}` }),
        },
      ]
    : []),
];

export async function openApp(database: TestDatabase, pageRows?: number, options: Partial<AppOptions> = {}) {
  const db = await database.open();
  await migrate(db);
  return { db, app: createApp({ db, pageRows, ...options }) };
}

export type TestApp = Awaited<ReturnType<typeof openApp>>['app'];

export function postJson(app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Someone sending pushes: an account (or nobody) with its own client id and sequence. */
export interface Sender {
  headers: Record<string, string>;
  clientId: string;
  seq: number;
}

/**
 * One mutation pushed by `who` as the next in its sequence, made at `at` on the device's clock. A refused request (not 200)
 * takes its sequence number back, as a device would resend it.
 */
export async function pushOne(
  app: TestApp,
  who: Sender,
  name: string,
  args: unknown,
  mutationId = uuidv7(),
  at = Date.now(),
) {
  who.seq += 1;
  const response = await postJson(
    app,
    PUSH_PATH,
    {
      v: 1,
      clientId: who.clientId,
      schema: SCHEMA_VERSION,
      mutations: [{ seq: who.seq, id: mutationId, name, args, at }],
    },
    who.headers,
  );
  if (response.status !== 200) who.seq -= 1;
  return { status: response.status, body: (await response.json()) as { results?: MutationResult[] } };
}
