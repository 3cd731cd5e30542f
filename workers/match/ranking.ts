/**
 * One query's ranking over the job store: which jobs are scored, in what order, and which
 * may be skipped because they cannot reach the top k (each shortcut is exact: the top k and
 * the count are those of scoring every job; tests/unit/match/bounds.test.ts).
 */
import { passesFilters } from './filters';
import type { JobStore } from './jobs';
import { askScore, ceilingBeyondTerms, ceilingOfTerms, freshness, type QueryAsk, termsScore, W } from './rank';
import type { SearchOptions } from './types';

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

/** One query's ranking: the jobs offered are filtered, counted, and kept when among the k best. */
export class Ranking {
  readonly top: TopK;
  total = 0;

  constructor(
    private readonly store: JobStore,
    private readonly ask: QueryAsk,
    private readonly options: SearchOptions,
    private readonly k: number,
  ) {
    this.top = new TopK(k, store.ids);
  }

  /** A named place narrows the count (the list still shows other places after it). */
  private counted(slot: number): boolean {
    return this.ask.places.size === 0 || this.store.inPlace(slot, this.ask.placeMarks) >= 0;
  }

  /** Counts a job that passes the filters without ranking it. */
  private count(slot: number): void {
    if (this.counted(slot) && passesFilters(this.store, slot, this.options, this.ask.now)) this.total++;
  }

  consider(slot: number, fit: number): void {
    if (!passesFilters(this.store, slot, this.options, this.ask.now)) return;
    if (this.counted(slot)) this.total++;
    const top = this.top;
    const fitScore = W.fit * fit;
    // Once k jobs are held, a job that cannot pass the last of them is not scored to the end.
    const floor = top.slots.length === this.k ? top.scores[this.k - 1] - fitScore : Number.NEGATIVE_INFINITY;
    const rest = askScore(this.store, slot, this.ask, floor);
    if (rest !== Number.NEGATIVE_INFINITY) top.offer(slot, fitScore + rest);
  }

  /**
   * Places named, and perhaps pay terms (治安镇, 总寨 日结): every job is ranked by them, the
   * jobs in the places first. A job elsewhere scores at most `elsewhere` (every term but the
   * place), so the rest are scored only when that could still place one in the top k.
   */
  placesFirst(): void {
    const { store, ask, top, k } = this;
    for (let slot = 0; slot < store.size; slot++) if (store.alive[slot] && this.counted(slot)) this.consider(slot, 0);
    const elsewhere = ceilingOfTerms(ask) - W.place + ceilingBeyondTerms(ask) + W.fresh + W.verified;
    if (top.slots.length < k || top.scores[k - 1] <= elsewhere)
      for (let slot = 0; slot < store.size; slot++)
        if (store.alive[slot] && !this.counted(slot)) this.consider(slot, 0);
  }

  /**
   * Pay terms alone (日结, 包吃住, 一天200): every job is ranked by them. Jobs are visited by
   * bucket (day posted and verification), the freshest verified first, and the visit stops
   * once the best a job of the next bucket could score (every term asked, and the most the
   * rest add) cannot reach the top k; the jobs left are only counted.
   */
  byTerms(): void {
    const { store, ask, top, k } = this;
    const { slots, starts, newest, verified } = store.byDay();
    const buckets = newest.length;
    const tail = new Float64Array(buckets);
    for (let b = 0; b < buckets; b++) tail[b] = W.fresh * freshness(newest[b], ask.now) + W.verified * verified[b];
    const order = Array.from({ length: buckets }, (_, b) => b).sort((a, b) => tail[b] - tail[a]);
    const most = ceilingOfTerms(ask);
    const beyond = ceilingBeyondTerms(ask);
    let n = 0;
    for (; n < buckets; n++) {
      const b = order[n];
      const bound = beyond + tail[b];
      if (top.slots.length === k && most + bound < top.scores[k - 1]) break;
      for (let i = starts[b]; i < starts[b + 1]; i++) {
        const slot = slots[i];
        if (top.slots.length < k || termsScore(store, slot, ask) + bound >= top.scores[k - 1]) this.consider(slot, 0);
        else this.count(slot);
      }
    }
    for (; n < buckets; n++) for (let i = starts[order[n]]; i < starts[order[n] + 1]; i++) this.count(slots[i]);
  }
}
