/**
 * node --import tsx bench/search-cli.ts --jobs JOBS.jsonl --queries QUERIES.jsonl --k 10
 *
 * Builds the match engine's index (the same code the worker runs) from flat jobs, then prints
 * one line per query: {"q": <index>, "ids": [best first], "ms": <warm latency: the query timed
 * after a first untimed pass over all queries>}. Logs go to stderr.
 */
import { parseArgs } from 'node:util';
import { createEngine } from '../workers/match/engine';
import type { MatchDoc } from '../workers/match/types';
import { docFromFlatJob, type FlatJob, readJsonl } from './search-format';

const { values } = parseArgs({
  options: { jobs: { type: 'string' }, queries: { type: 'string' }, k: { type: 'string', default: '10' } },
});
if (!values.jobs || !values.queries) {
  console.error('usage: node --import tsx bench/search-cli.ts --jobs JOBS.jsonl --queries QUERIES.jsonl --k 10');
  process.exit(2);
}
const k = Number(values.k);

// Heap is measured around everything the index keeps, the parsed jobs dropped (exact with --expose-gc).
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let docs: MatchDoc[] = [];
for await (const job of readJsonl<FlatJob>(values.jobs)) docs.push(docFromFlatJob(job));
const count = docs.length;
const t0 = performance.now();
const engine = createEngine(docs);
const buildMs = performance.now() - t0;
docs = [];
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
console.error(`indexed ${count} jobs in ${buildMs.toFixed(0)} ms, index heap ≈ ${heapMb.toFixed(1)} MB`);

// One fixed clock for the whole run, so freshness does not drift between queries.
const now = Date.now();
const queries: { q: number; text: string }[] = [];
for await (const query of readJsonl<{ q: number; text: string }>(values.queries)) queries.push(query);
// Warm latency: every query once untimed first (JIT), then each timed on its own.
for (const { text } of queries) engine.search(text, { k, now });
const out: string[] = [];
for (const { q, text } of queries) {
  const t = performance.now();
  const { hits } = engine.search(text, { k, now });
  const ms = performance.now() - t;
  out.push(JSON.stringify({ q, ids: hits.map((h) => h.id), ms: Math.round(ms * 1000) / 1000 }));
}
process.stdout.write(`${out.join('\n')}\n`);
