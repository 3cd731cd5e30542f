/**
 * Applies server/db/migrations in name order, each once, each in its own transaction:
 * `.sql` files hold plain DDL; a `.ts` file exports `up(tx)` for changes that need the
 * shared code (recomputing buckets), so SQL never duplicates a rule from src/core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Queryable } from './database';

const DIR = join(import.meta.dirname, 'migrations');

export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const applied: string[] = [];
  for (const name of readdirSync(DIR)
    .filter((f) => /\.(sql|ts)$/.test(f))
    .sort()) {
    if (done.has(name)) continue;
    const path = join(DIR, name);
    const step: (tx: Queryable) => Promise<void> = name.endsWith('.ts')
      ? ((await import(path)) as { up: (tx: Queryable) => Promise<void> }).up
      : async (tx) => {
          for (const statement of splitStatements(readFileSync(path, 'utf8'))) await tx.query(statement);
        };
    const ran = await db.transaction(async (tx) => {
      // Server processes starting together on one PostgreSQL take turns; the later ones find it done.
      await tx.query('SELECT pg_advisory_xact_lock(15015)');
      const [already] = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (already) return false;
      await step(tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (ran) applied.push(name);
  }
  return applied;
}

/** Migrations hold plain DDL: split on semicolons that end a line, dropping comment lines. */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
