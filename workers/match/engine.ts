/**
 * The match engine: one index over jobs (and seekers, for staff), updated in place as changes
 * land, answering typed queries and two-way matches with reasons. Pure: no DOM, no storage,
 * plain data in and out, so the worker (via Comlink), the server and the CLI share it.
 */
import { occupationByCode } from '../../src/core/occupations/index';
import { scoreOccupations } from './concepts';
import { type Group, Groups } from './groups';
import { JobStore, perkBit } from './jobs';
import { Gazetteer } from './places';
import { parseQuery } from './query';
import { passesFilters } from './filters';
import { askScore, pairFit, payPeriodCode, type QueryAsk, searchReasons, W } from './rank';
import type { Changes, EngineStats, Hit, MatchDoc, Reason, SearchOptions, SeekerDoc } from './types';

/** Below this, nothing in the query names an occupation we know. */
const MIN_FIT = 0.4;
/** Groups this close to the best one are all candidates (保洁 names 保洁员 and 家政保洁). */
const FIT_WINDOW = 0.12;

/** The k best (score, slot) pairs; ties go to the smaller id so results never depend on insertion order. */
class TopK {
  readonly slots: number[] = [];
  readonly scores: number[] = [];
  constructor(
    private readonly k: number,
    private readonly ids: readonly string[],
  ) {}

  private before(score: number, slot: number, i: number): boolean {
    const s = this.scores[i];
    return score > s || (score === s && this.ids[slot] < this.ids[this.slots[i]]);
  }

  offer(slot: number, score: number): void {
    const n = this.slots.length;
    if (n === this.k && !this.before(score, slot, n - 1)) return;
    let i = n === this.k ? n - 1 : n;
    while (i > 0 && this.before(score, slot, i - 1)) {
      this.slots[i] = this.slots[i - 1];
      this.scores[i] = this.scores[i - 1];
      i--;
    }
    this.slots[i] = slot;
    this.scores[i] = score;
  }
}

const byScoreThenId = (a: Hit, b: Hit) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class MatchEngine {
  private readonly gazetteer = new Gazetteer();
  private readonly jobs = new JobStore(this.gazetteer);
  private readonly groups = new Groups();
  private readonly seekers = new Map<string, SeekerDoc>();

  /** Adds, replaces and removes jobs; a put for a known id replaces that job. */
  applyChanges(changes: Changes<MatchDoc>): void {
    for (const id of changes.remove ?? []) this.removeJob(id);
    for (const doc of changes.put ?? []) {
      this.removeJob(doc.id);
      const group = this.groups.acquire(doc);
      group.slots.add(this.jobs.insert(doc, group.id));
    }
  }

  applySeekerChanges(changes: Changes<SeekerDoc>): void {
    for (const id of changes.remove ?? []) this.seekers.delete(id);
    for (const s of changes.put ?? []) this.seekers.set(s.id, s);
  }

  private removeJob(id: string): void {
    const slot = this.jobs.slotOf(id);
    if (slot === undefined) return;
    this.groups.release(this.jobs.group[slot], slot);
    this.jobs.remove(id);
  }

  /** Jobs for what a worker typed, best first, each with its reasons. */
  search(text: string, options: SearchOptions = {}): Hit[] {
    const k = options.k ?? 10;
    const query = parseQuery(text, this.gazetteer);
    const ask: QueryAsk = {
      places: new Set(query.places),
      payPeriod: payPeriodCode(query.payPeriod),
      perkBits: query.perks.reduce((bits, p) => bits | perkBit(p), 0),
      wage: query.wage,
      han: query.han,
      origin: options.origin,
      now: options.now ?? Date.now(),
    };
    const fits = this.groups.score(query.probes, scoreOccupations(query.probes));
    let best = 0;
    for (const s of fits.values()) best = Math.max(best, s);

    const top = new TopK(k, this.jobs.ids);
    const store = this.jobs;
    const consider = (slot: number, fit: number) => {
      if (!passesFilters(store, slot, options, ask.now)) return;
      top.offer(slot, W.fit * fit + askScore(store, slot, ask));
    };
    if (best >= MIN_FIT) {
      for (const [group, fit] of fits)
        if (fit >= best - FIT_WINDOW) for (const slot of group.slots) consider(slot, fit);
    } else {
      // Nothing names an occupation: rank every job by place, pay terms and title words.
      for (let slot = 0; slot < store.size; slot++) if (store.alive[slot]) consider(slot, 0);
    }

    return top.slots.map((slot, i) => {
      const group = this.groups.get(store.group[slot]);
      const fit = group ? (fits.get(group) ?? 0) : 0;
      const place = store.inPlace(slot, ask.places);
      return {
        id: store.ids[slot],
        score: top.scores[i],
        reasons: searchReasons(
          store.facts(slot),
          fit >= MIN_FIT && group ? occupationReason(group) : undefined,
          ask,
          place >= 0 ? this.gazetteer.names[place] : undefined,
        ),
      };
    });
  }

  /** Jobs for a seeker's profile: wished occupations first, related ones after. */
  matchSeekerToJobs(seeker: SeekerDoc, options: { k?: number; now?: number } = {}): Hit[] {
    const now = options.now ?? Date.now();
    const wanted = new Set(seeker.occupations.flatMap((c) => [c, ...(occupationByCode(c)?.related ?? [])]));
    const groups = [...this.groups.all()].filter((g) => g.code && wanted.has(g.code));
    const slots = groups.length > 0 ? groups.flatMap((g) => [...g.slots]) : this.liveSlots();
    const hits = slots.map((slot) => {
      const fit = pairFit(this.jobs.facts(slot), this.groups.get(this.jobs.group[slot])?.code, seeker, now);
      return { id: this.jobs.ids[slot], score: fit.score, reasons: fit.reasons };
    });
    return hits.sort(byScoreThenId).slice(0, options.k ?? 10);
  }

  /** Seekers for a job (staff only: the caller checks the role). */
  matchJobToSeekers(jobId: string, options: { k?: number; now?: number } = {}): Hit[] {
    const slot = this.jobs.slotOf(jobId);
    if (slot === undefined) return [];
    const now = options.now ?? Date.now();
    const job = this.jobs.facts(slot);
    const code = this.groups.get(job.group)?.code;
    const hits = [...this.seekers.values()].map((seeker) => {
      const fit = pairFit(job, code, seeker, now);
      return { id: seeker.id, score: fit.score, reasons: fit.reasons };
    });
    return hits.sort(byScoreThenId).slice(0, options.k ?? 10);
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

export function createEngine(jobs: MatchDoc[] = [], seekers: SeekerDoc[] = []): MatchEngine {
  const engine = new MatchEngine();
  engine.applyChanges({ put: jobs });
  engine.applySeekerChanges({ put: seekers });
  return engine;
}
