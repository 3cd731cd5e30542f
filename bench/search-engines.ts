/**
 * The engines the search benchmark compares: ours (exactly what the CLI and the worker run)
 * and four general libraries set up as a competent developer would for Chinese job search:
 * hanzi split into unigrams and bigrams, pinyin (joined, spaced, initials) of title, category
 * and places added as fields with pinyin-pro at index time, fuzzy and prefix matching on.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import { Index as FlexIndex } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import { createEngine, type MatchEngine } from '../workers/match/engine';
import { docFromFlatJob, type FlatJob } from './search-format';

/** Ranked ids; `sure` of the leading ones are answers, the rest guesses (anchors: all answers). */
export interface BenchAnswer {
  ids: string[];
  sure: number;
}

export interface BenchEngine {
  build(jobs: FlatJob[]): void;
  search(text: string, k: number): BenchAnswer;
}

const answers = (ids: string[]): BenchAnswer => ({ ids, sure: ids.length });

const NOW = Date.parse('2025-06-01');

function ours(): BenchEngine {
  let engine: MatchEngine;
  return {
    build: (jobs) => {
      engine = createEngine(jobs.map(docFromFlatJob));
    },
    search: (text, k) => {
      const result = engine.search(text, { k, now: NOW });
      const ids = result.hits.map((h) => h.id);
      // A "did you mean" offers its jobs; the engine stands behind none of them.
      return { ids, sure: result.didYouMean ? 0 : ids.length };
    },
  };
}

/** Hanzi runs as unigrams and bigrams, Latin words as they are. */
export function cjkTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/(\p{Script=Han}+)|([a-z0-9]+)/gu)) {
    if (!m[1]) {
      out.push(m[0]);
      continue;
    }
    const run = [...m[1]];
    for (let i = 0; i < run.length; i++) {
      out.push(run[i]);
      if (i + 1 < run.length) out.push(run[i] + run[i + 1]);
    }
  }
  return out;
}

interface Prepared {
  id: string;
  title: string;
  category: string;
  skills: string;
  description: string;
  place: string;
  /** Joined and spaced pinyin of title, category and places. */
  py: string;
  initials: string;
}

function pinyinFields(text: string): { py: string; initials: string } {
  const words = text.split(/\s+/).filter(Boolean);
  const py: string[] = [];
  const initials: string[] = [];
  for (const w of words) {
    const syl = pinyin(w, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
    py.push(syl.join(''), ...syl);
    initials.push(syl.map((s) => s[0]).join(''));
  }
  return { py: py.join(' '), initials: initials.join(' ') };
}

function prepare(j: FlatJob): Prepared {
  const place = [j.province, j.city, j.county, j.town, j.village].filter(Boolean).join(' ');
  return {
    id: String(j.id),
    title: j.title,
    category: j.category,
    skills: (j.skills ?? []).join(' '),
    description: j.description ?? '',
    place,
    ...pinyinFields(`${j.title} ${j.category} ${place}`),
  };
}

function fuse(): BenchEngine {
  let index: Fuse<Prepared>;
  return {
    build: (jobs) => {
      index = new Fuse(jobs.map(prepare), {
        keys: [
          { name: 'category', weight: 3 },
          { name: 'title', weight: 2 },
          { name: 'py', weight: 2 },
          { name: 'initials', weight: 1 },
          { name: 'skills', weight: 1 },
          { name: 'place', weight: 1 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
        useExtendedSearch: false,
      });
    },
    // Spaces separate words for people; Fuse matches the whole pattern, so search the words as one.
    search: (text, k) => answers(index.search(text.replace(/\s+/g, ''), { limit: k }).map((r) => r.item.id)),
  };
}

function minisearch(): BenchEngine {
  const index = new MiniSearch<Prepared>({
    fields: ['title', 'category', 'skills', 'description', 'place', 'py', 'initials'],
    idField: 'id',
    tokenize: cjkTokens,
    searchOptions: {
      boost: { category: 3, title: 2, py: 1.5 },
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
      prefix: (term) => /^[a-z]{3,}$/.test(term),
      combineWith: 'OR',
    },
  });
  return {
    build: (jobs) => index.addAll(jobs.map(prepare)),
    search: (text, k) =>
      answers(
        index
          .search(text)
          .slice(0, k)
          .map((r) => String(r.id)),
      ),
  };
}

function flexsearch(): BenchEngine {
  const index = new FlexIndex({ tokenize: 'forward', resolution: 9 });
  let ids: string[] = [];
  return {
    build: (jobs) => {
      jobs.forEach((j, i) => {
        const p = prepare(j);
        // Category and title twice: FlexSearch has no field boosts on a plain Index.
        const text = [p.category, p.category, p.title, p.title, p.skills, p.place, p.py, p.initials].join(' ');
        index.add(i, cjkTokens(text).join(' '));
      });
      ids = jobs.map((j) => String(j.id));
    },
    search: (text, k) =>
      answers((index.search(cjkTokens(text).join(' '), { limit: k, suggest: true }) as number[]).map((i) => ids[i])),
  };
}

function ufuzzy(): BenchEngine {
  const uf = new uFuzzy({
    unicode: true,
    interSplit: "[^\\p{L}\\d']+",
    intraSplit: '\\p{Ll}\\p{Lu}',
    intraBound: '\\p{Ll}\\p{Lu}',
    intraChars: "[\\p{L}\\d']",
    intraContr: "'\\p{L}{1,2}\\b",
    intraMode: 1,
    intraIns: 1,
  });
  let haystack: string[] = [];
  let ids: string[] = [];
  return {
    build: (jobs) => {
      const prepared = jobs.map(prepare);
      haystack = prepared.map((p) =>
        `${p.category} ${p.title} ${p.skills} ${p.place} ${p.py} ${p.initials}`.toLowerCase(),
      );
      ids = prepared.map((p) => p.id);
    },
    search: (text, k) => {
      const [idxs, info, order] = uf.search(haystack, text.toLowerCase(), 1, 1e3);
      if (!idxs) return answers([]);
      const ranked = order && info ? order.map((o) => info.idx[o]) : idxs;
      return answers(ranked.slice(0, k).map((i) => ids[i]));
    },
  };
}

export const ENGINES = { ours, fuse, minisearch, flexsearch, ufuzzy } satisfies Record<string, () => BenchEngine>;
export type EngineName = keyof typeof ENGINES;
