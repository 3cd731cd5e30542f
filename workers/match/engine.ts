/**
 * The match engine: one index over jobs (and seekers, for staff), updated in place as changes
 * land, answering typed queries and two-way matches with reasons. Pure: no DOM, no storage,
 * plain data in and out, so the worker (via Comlink), the server and the CLI share it.
 */
import { occupationByCode } from '../../src/core/occupations/index';
import { scoreOccupations, typedTogether } from './concepts';
import { coversLess, decide, type Evidence } from './evidence';
import { type Group, Groups } from './groups';
import { JobStore, perkBit } from './jobs';
import { Gazetteer } from './places';
import { parseQuery } from './query';
import { pairFit, payPeriodCode, placeBit, type QueryAsk, searchReasons } from './rank';
import { Ranking } from './ranking';
import type {
  Changes,
  DidYouMean,
  EngineStats,
  Hit,
  MatchDoc,
  Reading,
  Reason,
  SearchOptions,
  SearchResult,
  SeekerDoc,
} from './types';

/** Groups this close to the best one are all candidates (保洁 names 保洁员 and 家政保洁). */
const FIT_WINDOW = 0.12;
/** Titles holding the query's words as typed rank as an occupation this good. */
const TITLE_FIT = 0.9;

/** Which groups answer a query, and on what evidence. */
interface Choice {
  groups: Map<Group, number>;
  evidence?: Evidence;
  /** The hits are offered as this occupation, not as answers. */
  offered?: Group;
}

const byScoreThenId = (a: Hit, b: Hit) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** A pair beyond the seeker's distance limit comes after every pair within it (issue 11). */
const withinLimitFirst = (a: Hit & { beyondLimit: boolean }, b: Hit & { beyondLimit: boolean }) =>
  Number(a.beyondLimit) - Number(b.beyondLimit) || byScoreThenId(a, b);

export class MatchEngine {
  private readonly gazetteer = new Gazetteer();
  private readonly jobs = new JobStore(this.gazetteer);
  private readonly groups = new Groups();
  private readonly seekers = new Map<string, SeekerDoc>();

  /**
   * Adds, replaces and removes jobs; a put for a known id replaces that job. Into an empty
   * engine nothing is replaced: the puts' ids are filed on the next change (or seeker match for
   * a job), so an id repeated within that first put is searchable twice until then, when its
   * last job stays.
   */
  applyChanges(changes: Changes<MatchDoc>): void {
    const put = changes.put ?? [];
    if (this.jobs.count === 0) {
      this.jobs.deferIds();
      this.jobs.reserve(put.length);
      for (const doc of put) this.insert(doc);
      return;
    }
    this.jobs.reserve(put.length);
    this.fileIds();
    for (const id of changes.remove ?? []) this.removeJob(id);
    for (const doc of put) {
      this.removeJob(doc.id);
      this.insert(doc);
    }
  }

  private insert(doc: MatchDoc): void {
    const group = this.groups.acquire(doc);
    this.groups.join(group, this.jobs.insert(doc, group.id));
  }

  applySeekerChanges(changes: Changes<SeekerDoc>): void {
    for (const id of changes.remove ?? []) this.seekers.delete(id);
    for (const s of changes.put ?? []) this.seekers.set(s.id, s);
  }

  private removeJob(id: string): void {
    const slot = this.slotOf(id);
    if (slot !== undefined) this.removeSlot(slot);
  }

  private removeSlot(slot: number): void {
    this.groups.release(this.jobs.group[slot], slot);
    this.jobs.remove(slot);
  }

  /** Files the ids of a first bulk load if not yet done, dropping the earlier jobs of a repeated id. */
  private fileIds(): void {
    for (const slot of this.jobs.fileIds()) this.removeSlot(slot);
  }

  private slotOf(id: string): number | undefined {
    this.fileIds();
    return this.jobs.slotOf(id);
  }

  /**
   * The occupations a few typed characters or letters may name, best first: the occupation
   * picker's search box ("电", "diangong", "driver"). Faint guesses are left out.
   */
  occupationsNamed(text: string, k = 12): string[] {
    return [...scoreOccupations(parseQuery(text, this.gazetteer).probes)]
      .filter(([, evidence]) => evidence.grade !== 'faint')
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, k)
      .map(([code]) => code);
  }

  /**
   * Jobs for what a worker typed, best first, each with its reasons. Literal words decide
   * first (the dictionary, employers' wordings, then job titles); a reading by sound, keypad
   * or typo answers only when it is good and says so; a poorer one is offered as a "did you
   * mean"; a query naming nothing close gets no answers.
   */
  search(text: string, options: SearchOptions = {}): SearchResult {
    const k = options.k ?? 10;
    const query = parseQuery(text, this.gazetteer);
    const store = this.jobs;
    const placeMarks = new Uint8Array(this.gazetteer.names.length);
    query.placeNames.forEach((ids, i) => {
      for (const id of ids) placeMarks[id] |= placeBit(i);
    });
    const ask: QueryAsk = {
      places: new Set(query.places),
      placeMarks,
      placeNames: query.placeNames.length,
      titled: store.titleMarks(query.han),
      payPeriod: payPeriodCode(query.payPeriod),
      perkBits: query.perks.reduce((bits, p) => bits | perkBit(p), 0),
      wage: query.wage,
      han: query.han,
      origin: options.origin,
      now: options.now ?? Date.now(),
    };
    const ranking = new Ranking(store, ask, options, k);

    // Employers' wordings are read from the words as typed; readings of words apart reach them through their occupation.
    const evidence = this.groups.score(query.probes.filter(typedTogether), scoreOccupations(query.probes));
    const choice = this.choose(evidence, query.notWork);
    // Without literal words for an occupation, titles holding the words as typed (哈达图,
    // 滇红茶厂) come before any reading of them.
    const titled =
      !query.notWork && choice.evidence?.grade !== 'literal'
        ? store.slotsTitled(query.han.filter((w) => w.length >= 2))
        : [];
    let reading: Reading | undefined;
    let didYouMean: DidYouMean | undefined;
    if (titled.length > 0) {
      for (const slot of titled) ranking.consider(slot, TITLE_FIT);
    } else if (choice.groups.size > 0) {
      for (const [group, fit] of choice.groups)
        for (let i = 0; i < group.size; i++) ranking.consider(group.slots[i], fit);
      if (choice.offered) didYouMean = offeredAs(choice.offered);
      else reading = readingOf(choice.evidence);
    } else if (choice.offered) {
      didYouMean = offeredAs(choice.offered);
    } else if (!query.hasWords && query.asks) {
      if (ask.places.size > 0) ranking.placesFirst();
      else ranking.byTerms();
    }

    const top = ranking.top;
    const hits = top.slots.map((slot, i) => {
      const group = this.groups.get(store.group[slot]);
      const fit = group ? choice.groups.get(group) : undefined;
      const place = store.inPlace(slot, ask.placeMarks);
      return {
        id: store.ids[slot],
        score: top.scores[i],
        reasons: searchReasons(
          store.facts(slot),
          fit !== undefined && group ? occupationReason(group) : undefined,
          ask,
          place >= 0 ? this.gazetteer.names[place] : undefined,
        ),
      };
    });
    return { hits, total: didYouMean ? 0 : ranking.total, reading, didYouMean };
  }

  /**
   * Literal evidence wins unless a good guess accounts for clearly more of the query; a
   * weak guess is offered with its jobs, a faint one alone.
   */
  private choose(evidence: Map<Group, Evidence>, notWork: boolean): Choice {
    const chosen = decide(evidence);
    if (!chosen) return { groups: new Map() };
    const [group, best] = chosen;
    if (notWork || best.grade === 'faint') return { groups: new Map(), offered: group };
    const groups = new Map<Group, number>();
    for (const [g, e] of evidence)
      if (e.grade === best.grade && e.score >= best.score - FIT_WINDOW && !coversLess(e, best)) groups.set(g, e.score);
    return best.grade === 'weak' ? { groups, offered: group } : { groups, evidence: best };
  }

  /** Jobs for a seeker's profile: wished occupations first, related ones after. */
  matchSeekerToJobs(seeker: SeekerDoc, options: { k?: number; now?: number } = {}): Hit[] {
    const now = options.now ?? Date.now();
    const wanted = new Set(seeker.occupations.flatMap((c) => [c, ...(occupationByCode(c)?.related ?? [])]));
    const groups = [...this.groups.all()].filter((g) => g.code && wanted.has(g.code));
    const slots = groups.length > 0 ? groups.flatMap((g) => [...this.groups.slotsOf(g)]) : this.liveSlots();
    const hits = slots.map((slot) => {
      const fit = pairFit(this.jobs.facts(slot), this.groups.get(this.jobs.group[slot])?.code, seeker, now);
      return { id: this.jobs.ids[slot], score: fit.score, reasons: fit.reasons, beyondLimit: fit.beyondLimit };
    });
    return hits
      .sort(withinLimitFirst)
      .slice(0, options.k ?? 10)
      .map(({ beyondLimit: _, ...hit }) => hit);
  }

  /** Seekers for a job (staff only: the caller checks the role). */
  matchJobToSeekers(jobId: string, options: { k?: number; now?: number } = {}): Hit[] {
    const slot = this.slotOf(jobId);
    if (slot === undefined) return [];
    const now = options.now ?? Date.now();
    const job = this.jobs.facts(slot);
    const code = this.groups.get(job.group)?.code;
    const hits = [...this.seekers.values()].map((seeker) => {
      const fit = pairFit(job, code, seeker, now);
      return { id: seeker.id, score: fit.score, reasons: fit.reasons, beyondLimit: fit.beyondLimit };
    });
    return hits
      .sort(withinLimitFirst)
      .slice(0, options.k ?? 10)
      .map(({ beyondLimit: _, ...hit }) => hit);
  }

  stats(): EngineStats {
    return {
      jobs: this.jobs.count,
      seekers: this.seekers.size,
      occupations: this.groups.size,
      places: this.gazetteer.names.length,
    };
  }

  private liveSlots(): number[] {
    const out: number[] = [];
    for (let slot = 0; slot < this.jobs.size; slot++) if (this.jobs.alive[slot]) out.push(slot);
    return out;
  }
}

function occupationReason(group: Group): Reason {
  return { kind: 'occupation', code: group.code, name: group.phrase.text };
}

/** The occupation a group stands for, in the dictionary's words when it has them. */
function offeredAs(group: Group): DidYouMean {
  const occupation = group.code ? occupationByCode(group.code) : undefined;
  return occupation ? { name: occupation.name, code: occupation.code } : { name: group.phrase.text };
}

/** What to tell the user about how the query was read; nothing when read as typed in hanzi or English. */
function readingOf(e: Evidence | undefined): Reading | undefined {
  if (!e || e.how === 'text' || e.how === 'english' || e.how === 'licence' || e.how === 'partial') return undefined;
  return { how: e.how, typed: e.typed, as: e.as };
}

export function createEngine(jobs: MatchDoc[] = [], seekers: SeekerDoc[] = []): MatchEngine {
  const engine = new MatchEngine();
  engine.applyChanges({ put: jobs });
  engine.applySeekerChanges({ put: seekers });
  return engine;
}
