/**
 * One interface over the two databases the server runs on: embedded PGlite (default,
 * persisted under DATA_DIR) and a real PostgreSQL when DATABASE_URL is set. Both get the
 * same SQL and the same migrations.
 */
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

/**
 * JSON parameters are passed as text and cast in SQL (`$1::text::jsonb`): the postgres
 * driver would otherwise encode a string parameter typed jsonb as a JSON string scalar.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements at once, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball, which `template` opens again as a copy. */
  snapshot?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** postgres://… for a real PostgreSQL; absent for embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; absent for an in-memory database (tests). */
  dataDir?: string;
  /** PostgreSQL schema to work in, so parallel test runs do not see each other. */
  schema?: string;
  /**
   * PGlite only: start from this `snapshot()` instead of an empty cluster. Tests make one
   * migrated (or seeded) snapshot per run: opening a copy skips initdb, most of a PGlite start.
   */
  template?: Blob;
}

async function openPglite(dataDir?: string, template?: Blob): Promise<Database> {
  const pg = await PGlite.create({ dataDir, loadDataDir: template });
  return {
    engine: 'pglite',
    async query(sql, params) {
      return (await pg.query(sql, params)).rows as never[];
    },
    transaction: (work) =>
      pg.transaction((tx) => work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never[] })),
    async exec(sql) {
      await pg.exec(sql);
    },
    close: () => pg.close(),
    snapshot: () => pg.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, schema?: string): Promise<Database> {
  if (schema) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await admin.end();
  }
  const sql = postgres(url, {
    max: 10,
    onnotice: () => {},
    connection: schema ? { search_path: schema } : {},
    // bigint columns come back as numbers, as they do from PGlite; sequences stay far below 2^53.
    types: { int8: { to: 20, from: [20], serialize: (n: number) => String(n), parse: (s: string) => Number(s) } },
  });
  const run = (q: postgres.Sql | postgres.TransactionSql): Queryable => ({
    query: (text, params) => q.unsafe(text, (params ?? []) as never[]) as unknown as Promise<never[]>,
  });
  return {
    engine: 'postgres',
    ...run(sql),
    transaction: (work) => sql.begin((tx) => work(run(tx))) as Promise<never>,
    async exec(text) {
      await sql.unsafe(text);
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema)
    : openPglite(options.dataDir, options.template);
}
