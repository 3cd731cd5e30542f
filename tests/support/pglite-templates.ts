/**
 * PGlite snapshots made once per test run (tests/setup/pglite-templates.ts), so a test
 * database or an e2e server starts from a copy: initdb is most of a PGlite start, and the
 * migrations and the demo seeding come with the copy. Outside Vitest (bench scripts) there are
 * none and databases start empty, as they always did.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoSize } from '../../server/demo/seed';

/** The demo most e2e files run on: one snapshot holds it seeded. */
export const SMALL_DEMO: DemoSize = { jobs: 400, seekers: 20, stationsPerCounty: 2 };

/** Where the global setup left the snapshots (an environment variable, so the workers see it). */
export const TEMPLATES_DIR_ENV = 'GIG_PGLITE_TEMPLATES';

export type TemplateName = 'migrated' | 'small-demo';

const loaded = new Map<TemplateName, Promise<Blob>>();

/** The snapshot `name`, or undefined when none was made (a run outside the test projects). */
export function pgliteTemplate(name: TemplateName): Promise<Blob | undefined> {
  const dir = process.env[TEMPLATES_DIR_ENV];
  if (!dir) return Promise.resolve(undefined);
  let blob = loaded.get(name);
  if (!blob) {
    blob = readFile(join(dir, `${name}.tar`)).then((bytes) => new Blob([bytes]));
    loaded.set(name, blob);
  }
  return blob;
}

/** The snapshot an e2e server with `demo` starts from: seeded when it is the small demo. */
export function templateForDemo(demo: DemoSize | false): Promise<Blob | undefined> {
  const seeded = demo && JSON.stringify(demo) === JSON.stringify(SMALL_DEMO);
  return pgliteTemplate(seeded ? 'small-demo' : 'migrated');
}
