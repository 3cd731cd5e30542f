/// <reference lib="webworker" />
/**
 * The match worker: builds the search index from IndexedDB once, then follows the change
 * journal (src/db/rows.ts) to update it in place as sync and local writes land. Every call
 * waits for the index to be current, so a job saved a moment ago is already findable.
 */
import '../src/core/legacy';
import { expose } from 'comlink';
import type { Kind } from '../src/core/records';
import { GigDb } from '../src/db/db';
import { observe } from '../src/db/live';
import {
  createEngine,
  docFromJob,
  docFromSeeker,
  formatReasons,
  type Hit,
  reasonsBeyondTheCard,
  isSearchable,
  type MatchEngine,
  occupationName,
  type Reading,
  type SearchOptions,
  type Voice,
} from './match';

/** Words for the UI in both languages, so it needs no engine code. */
export interface Worded {
  zh: string;
  en: string;
}

/** A hit with its reasons already worded. */
export interface ExplainedHit extends Hit {
  because: Worded;
}

/** A search result worded for the UI. */
export interface ExplainedSearch {
  hits: ExplainedHit[];
  /** Jobs that answer the query; 0 when the hits are only offered (see didYouMean). */
  total: number;
  /** How the query was read, when not as typed (the UI words it: "按拼音 dianhong 理解为“电工”"). */
  reading?: Reading;
  /** Nothing answers; the occupation it may have meant ("你是不是要找“电工”？"); the hits, if any, are its. */
  didYouMean?: { name: Worded };
}

/** Reasons worded for the line under a card, leaving out what the card itself shows. */
const explain = (hits: Hit[], voice: Voice = 'you'): ExplainedHit[] =>
  hits.map((hit) => {
    const shown = reasonsBeyondTheCard(hit.reasons);
    return { ...hit, because: { zh: formatReasons(shown, 'zh', voice), en: formatReasons(shown, 'en', voice) } };
  });

const db = new GigDb();
let engine: MatchEngine = createEngine();
let lastSeq = 0;

async function build(): Promise<void> {
  await db.transaction('r', [db.jobs, db.seekers, db.changes], async () => {
    lastSeq = (await db.changes.orderBy('seq').last())?.seq ?? 0;
    const [jobs, seekers] = await Promise.all([db.jobs.toArray(), db.seekers.toArray()]);
    engine = createEngine(jobs.filter(isSearchable).map(docFromJob), seekers.map(docFromSeeker));
  });
}

function idsOf(entries: { kind: Kind; id: string }[], kind: Kind): string[] {
  return [...new Set(entries.filter((e) => e.kind === kind).map((e) => e.id))];
}

async function catchUp(): Promise<void> {
  const oldest = (await db.changes.orderBy('seq').first())?.seq;
  if (oldest !== undefined && oldest > lastSeq + 1) return build(); // the journal was trimmed past us
  const entries = await db.changes.where('seq').above(lastSeq).toArray();
  if (entries.length === 0) return;
  const jobIds = idsOf(entries, 'job');
  const seekerIds = idsOf(entries, 'seeker');
  const [jobs, seekers] = await Promise.all([db.jobs.bulkGet(jobIds), db.seekers.bulkGet(seekerIds)]);
  engine.applyChanges({
    put: jobs.filter((j) => j !== undefined && isSearchable(j)).map((j) => docFromJob(j!)),
    remove: jobIds.filter((_, i) => !jobs[i] || !isSearchable(jobs[i]!)),
  });
  engine.applySeekerChanges({
    put: seekers.filter((s) => s !== undefined).map((s) => docFromSeeker(s!)),
    remove: seekerIds.filter((_, i) => !seekers[i]),
  });
  lastSeq = entries[entries.length - 1].seq ?? lastSeq;
}

/** Updates run one after another; every query waits for the latest. */
let current: Promise<void> = build();
const update = () => {
  current = current.then(catchUp, catchUp);
  return current;
};
observe(
  () => db.changes.count(),
  () => void update(),
  (error) => console.error('[match worker]', error),
);

const api = {
  async search(text: string, options: SearchOptions = {}): Promise<ExplainedSearch> {
    await update();
    const { hits, total, reading, didYouMean } = engine.search(text, options);
    return {
      hits: explain(hits),
      total,
      reading,
      didYouMean: didYouMean && {
        name: { zh: didYouMean.name, en: occupationName(didYouMean.code, didYouMean.name, 'en') },
      },
    };
  },
  /** The occupation picker's search: codes of the occupations the text names (needs no jobs). */
  async occupations(text: string): Promise<string[]> {
    return engine.occupationsNamed(text);
  },
  /** "为你推荐": jobs for a seeker profile on this device; `voice` 'them' on a staff screen about the person. */
  async recommend(seekerId: string, k = 5, voice: Voice = 'you'): Promise<ExplainedHit[]> {
    await update();
    const seeker = await db.seekers.get(seekerId);
    return seeker ? explain(engine.matchSeekerToJobs(docFromSeeker(seeker), { k }), voice) : [];
  },
  /** "匹配求职者": seekers for a job; only staff devices hold seekers. */
  async seekersForJob(jobId: string, k = 10): Promise<ExplainedHit[]> {
    await update();
    return explain(engine.matchJobToSeekers(jobId, { k }), 'them');
  },
  async stats() {
    await update();
    return engine.stats();
  },
};

export type MatchWorkerApi = typeof api;
expose(api);
