import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

/**
 * Five test projects, one command: `npm test` builds the app and runs them all (README § Tests).
 * - unit: pure code and the device database on fake-indexeddb;
 * - ui: Solid components in jsdom;
 * - server: the API in process and the storage contract, on PGlite (and PostgreSQL with DATABASE_URL);
 * - faults: SYNC.md §3 through the fault proxy (docs/SYNC-TESTS.md); the long runs are `npm run test:soak`;
 * - e2e: the built app and the real server in Chromium;
 * - budgets: the offline cold start and Lighthouse scores (issue 15), timed, so they run last and
 *   alone, one file at a time, with no other test taking the CPU.
 * The first four share one pool (one worker on two cores, Vitest's default there; the fault runs
 * are CPU-bound, and a second worker slowed them down). The e2e files run after them in their own
 * group, two at a time: each has its own server on port 0 and its own browser profiles, and a
 * test mostly waits on the browser.
 */
export default defineConfig({
  test: {
    // CI also writes a JSON report, which .ci/run turns into one "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/indexeddb.ts'],
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/dom.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          globalSetup: ['tests/setup/pglite-templates.ts'],
          // SERVER_WORKERS=2 runs two server files at a time (PGlite is single-threaded, so one
          // worker leaves a core idle); not yet measured on a quiet machine, so one by default.
          maxWorkers: Number(process.env.SERVER_WORKERS ?? 1),
          include: ['tests/server/**/*.test.ts'],
          setupFiles: ['tests/setup/indexeddb.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          globalSetup: ['tests/setup/pglite-templates.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two Chromiums at a time measured faster than one on two cores; E2E_WORKERS=1 for one.
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'budgets',
          environment: 'node',
          include: ['tests/budgets/**/*.test.ts'],
          testTimeout: 400_000,
          hookTimeout: 400_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'faults',
          environment: 'node',
          globalSetup: ['tests/setup/pglite-templates.ts'],
          include: ['tests/faults/**/*.test.ts'],
          setupFiles: ['tests/setup/indexeddb.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
