/**
 * One engine, one corpus size, one process (so memory figures are its own):
 *   node --expose-gc --import tsx bench/search-bench.ts --engine ours --size 100000 [--json out.json] [--misses] [--every N]
 * Prints precision@10 and MRR by query kind, latency, build time and index memory. `--every N`
 * runs every Nth query only (for engines too slow to run them all at 100,000 jobs).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { OCCUPATIONS } from '../src/core/occupations/index';
import { ENGINES, type EngineName } from './search-engines';
import { type DevQuery, generateJobs, type LabelledJob, relevant } from './search-generate';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'ours' },
    size: { type: 'string', default: '10000' },
    queries: { type: 'string', default: 'bench/search-data/dev-queries.jsonl' },
    json: { type: 'string' },
    misses: { type: 'boolean', default: false },
    every: { type: 'string', default: '1' },
  },
});
const K = 10;
const size = Number(values.size);
const name = values.engine as EngineName;
const make = ENGINES[name];
if (!make) throw new Error(`unknown engine ${name}; one of ${Object.keys(ENGINES).join(', ')}`);

const queries: DevQuery[] = readFileSync(values.queries!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((_: DevQuery, i: number) => i % Number(values.every) === 0);

const cache = `bench/.out/jobs-${size}.jsonl`;
const jobs: LabelledJob[] = existsSync(cache)
  ? readFileSync(cache, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : generateJobs(size);
if (!existsSync(cache)) writeFileSync(cache, `${jobs.map((j) => JSON.stringify(j)).join('\n')}\n`);
const byId = new Map(jobs.map((j) => [j.id, j]));

// The engine gets its own copy of the corpus, dropped after the build, so index memory counts
// every string the index keeps (and nothing it does not).
const gc = () => (globalThis as { gc?: () => void }).gc?.();
gc();
const heap0 = process.memoryUsage().heapUsed;
const engine = make();
let copy: LabelledJob[] | undefined = structuredClone(jobs);
const t0 = performance.now();
engine.build(copy);
const buildMs = performance.now() - t0;
copy = undefined;
gc();
const memMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;

/** Words of colloquial queries that the engine's dictionary does not list (kept honest). */
const dictionaryTerms = new Set(OCCUPATIONS.flatMap((o) => [o.name, ...o.aliases]));

interface Row {
  kind: string;
  p10: number;
  rr: number;
  ms: number;
  unseen: boolean;
}
const rows: Row[] = [];
// Warm latency: every query once untimed first (JIT), then each timed on its own.
for (const q of queries) engine.search(q.text, K);
for (const q of queries) {
  const t = performance.now();
  const ids = engine.search(q.text, K);
  const ms = performance.now() - t;
  const rel = ids.map((id) => relevant(byId.get(id)!, q));
  const total = jobs.reduce((n, j) => n + (relevant(j, q) ? 1 : 0), 0);
  // Precision over the results that could be relevant: a query with 4 relevant jobs scores 1 for 4 hits.
  const p10 = rel.filter(Boolean).length / Math.max(1, Math.min(K, total));
  const first = rel.indexOf(true);
  rows.push({
    kind: q.kind,
    p10,
    rr: first >= 0 ? 1 / (first + 1) : 0,
    ms,
    unseen: q.kind === 'colloquial' && !dictionaryTerms.has(q.text),
  });
  if (values.misses && p10 < 0.9)
    console.error(
      `miss ${q.kind} "${q.text}" p10=${p10.toFixed(2)} →`,
      ids
        .slice(0, 3)
        .map((id) => `${byId.get(id)?.category}@${byId.get(id)?.town}`)
        .join(' '),
    );
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const kinds = [...new Set(rows.map((r) => r.kind))];
const summary = {
  engine: name,
  size,
  queries: rows.length,
  every: Number(values.every),
  buildMs: Math.round(buildMs),
  memMb: Math.round(memMb * 10) / 10,
  p10: mean(rows.map((r) => r.p10)),
  mrr: mean(rows.map((r) => r.rr)),
  p50: pct(
    rows.map((r) => r.ms),
    0.5,
  ),
  p95: pct(
    rows.map((r) => r.ms),
    0.95,
  ),
  byKind: Object.fromEntries(
    kinds.map((k) => {
      const rs = rows.filter((r) => r.kind === k);
      return [k, { n: rs.length, p10: mean(rs.map((r) => r.p10)), mrr: mean(rs.map((r) => r.rr)) }];
    }),
  ),
  colloquialUnseen: (() => {
    const rs = rows.filter((r) => r.unseen);
    return { n: rs.length, p10: mean(rs.map((r) => r.p10)) };
  })(),
};
console.error(JSON.stringify(summary, null, 1));
if (values.json) writeFileSync(values.json, JSON.stringify(summary));
