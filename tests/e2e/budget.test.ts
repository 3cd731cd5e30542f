/**
 * The job list's first bundle stays within its budget (80 KB gzip, bench/initial-js.ts),
 * and holds none of the words of a lazily loaded screen, nor the write path's mutators. Builds the app into its own
 * directory first, so it measures this tree and leaves dist/ to the other e2e tests.
 * JS_BUDGET_KB lowers the limit, to watch the check fail (e.g. JS_BUDGET_KB=60).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_KB, type InitialJs, initialJs } from '../../bench/initial-js';
import { mutators } from '../../src/core/mutators';

const BUDGET_KB = Number(process.env.JS_BUDGET_KB ?? INITIAL_JS_BUDGET_KB);

/** Chinese words of every lazily loaded part: features' strings.ts, the form kit, the error table. */
const lazyWords = import.meta.glob<Record<string, string>>(
  ['../../src/features/*/strings.ts', '../../src/ui/form/strings.ts', '../../src/ui/errors.ts'],
  { eager: true, import: 'zh' },
);

describe('the job list’s first bundle', () => {
  const out = mkdtempSync(join(tmpdir(), 'gig-budget-'));
  let js: InitialJs;

  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, which would build Solid's development code: build as `npm run build` does.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    js = initialJs(out);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(`is at most ${BUDGET_KB} KB of gzipped JavaScript`, () => {
    const kb = js.gzip / 1024;
    const files = js.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');
    expect(kb, `initial JS ${kb.toFixed(1)} KB gzip in ${js.files.length} files: ${files}`).toBeLessThanOrEqual(
      BUDGET_KB,
    );
  });

  it('carries no lazily loaded screen’s words (they come with their screens)', () => {
    const text = js.files.map((f) => readFileSync(join(out, f.file), 'utf8')).join('\n');
    const shipped = Object.entries(lazyWords).flatMap(([path, words]) =>
      Object.entries(words)
        .filter(([, zh]) => zh.length >= 6 && text.includes(zh))
        .map(([key]) => `${key} (${path.replace('../../', '')})`),
    );
    expect(shipped).toEqual([]);
  });

  it('carries none of the write path: the mutators load after the first screen (src/app/connect.ts)', () => {
    const text = js.files.map((f) => readFileSync(join(out, f.file), 'utf8')).join('\n');
    // Names only the mutator table spells out as keys; the write path's words are elsewhere.
    const shipped = Object.keys(mutators).filter((name) => text.includes(`"${name}"`) || text.includes(`'${name}'`));
    expect(shipped).toEqual([]);
  });
});
