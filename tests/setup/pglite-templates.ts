/**
 * Global setup of the server, faults and e2e projects: make the PGlite snapshots their
 * databases start from (tests/support/pglite-templates.ts) once per run, and remove them after.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { seedDemo } from '../../server/demo/seed';
import { SMALL_DEMO, TEMPLATES_DIR_ENV, type TemplateName } from '../support/pglite-templates';

export default async function makeTemplates(): Promise<(() => void) | undefined> {
  // Each project names this setup; the first one to run makes the snapshots for all.
  if (process.env[TEMPLATES_DIR_ENV]) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'gig-pglite-'));
  const db = await openDatabase({});
  const save = async (name: TemplateName) => {
    const snapshot = await db.snapshot!();
    writeFileSync(join(dir, `${name}.tar`), new Uint8Array(await snapshot.arrayBuffer()));
  };
  try {
    await migrate(db);
    await save('migrated');
    await seedDemo(db, SMALL_DEMO);
    await save('small-demo');
  } finally {
    await db.close();
  }
  process.env[TEMPLATES_DIR_ENV] = dir;
  return () => {
    delete process.env[TEMPLATES_DIR_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
