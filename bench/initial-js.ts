/**
 * The job list's first bundle: the entry script plus everything index.html preloads, i.e.
 * what must arrive before the first screen runs. Measured as gzip -9 of each file. Used by
 * bench/spine.ts (figures for RESULTS.md) and tests/e2e/budget.test.ts (the 80 KB budget).
 * Run: npx vite build && node --import tsx bench/initial-js.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for `initialJs(dist).gzip`, in KB of 1,024 bytes (DESIGN §8; bench/RESULTS.md). */
export const INITIAL_JS_BUDGET_KB = 80;

export interface InitialJs {
  files: { file: string; raw: number; gzip: number }[];
  /** Sum of the files' gzip sizes, in bytes. */
  gzip: number;
}

export function initialJs(dist = 'dist'): InitialJs {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = files.map((file) => {
    const raw = readFileSync(join(dist, file));
    return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { files: sizes, gzip: sizes.reduce((n, f) => n + f.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const js = initialJs(process.argv[2] ?? 'dist');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Initial JS of the job list route (gzip -9): ${kb(js.gzip)} in ${js.files.length} files`);
  for (const f of js.files) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
}
