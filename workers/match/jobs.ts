/**
 * Job storage by slot: numbers in typed arrays (scanned per query), a few strings per job,
 * nothing per token. Slots of removed jobs are reused.
 */
import { PERK_HINT, WRITTEN_PERKS } from './perks';
import type { Gazetteer } from './places';
import type { MatchDoc, PayPeriod, Perk, PlaceNames, WageUnit } from './types';

export const LEVELS = [
  'province',
  'city',
  'county',
  'town',
  'village',
] as const satisfies readonly (keyof PlaceNames)[];
const NL = LEVELS.length;

export const UNITS: readonly (WageUnit | undefined)[] = [undefined, 'hour', 'day', 'month', 'piece'];
export const PERIODS: readonly (PayPeriod | undefined)[] = [undefined, 'daily', 'weekly', 'monthly'];
export const PERKS: readonly Perk[] = ['meals', 'lodging', 'transport'];
export const perkBit = (p: Perk): number => 1 << PERKS.indexOf(p);

/**
 * Distinct job titles filed by character, so the words of a query are looked up in titles
 * (哈达图, 滇红茶厂) without reading every job. A title keeps its id for the engine's life.
 */
class Titles {
  private readonly idOf = new Map<string, number>();
  private readonly byChar = new Map<string, number[]>();
  readonly texts: string[] = [];
  /** Perks each title writes (包吃住…), read once per distinct title. */
  readonly perks: number[] = [];
  private readonly refs: number[] = [];

  acquire(title: string): number {
    let id = this.idOf.get(title);
    if (id === undefined) {
      id = this.texts.length;
      this.idOf.set(title, id);
      this.texts.push(title);
      this.perks.push(writtenPerks(title));
      this.refs.push(0);
      for (const ch of title) {
        const ids = this.byChar.get(ch);
        // A character said twice in a title (工…工) was just filed under this id.
        if (!ids) this.byChar.set(ch, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    }
    this.refs[id]++;
    return id;
  }

  release(id: number): void {
    this.refs[id]--;
  }

  /** Ids of titles in use that hold `word`, looked up by its rarest character. */
  holding(word: string): number[] {
    let fewest: number[] | undefined;
    for (const ch of word) {
      const ids = this.byChar.get(ch) ?? [];
      if (!fewest || ids.length < fewest.length) fewest = ids;
    }
    return (fewest ?? []).filter((id) => this.refs[id] > 0 && this.texts[id].includes(word));
  }
}

/**
 * Distinct places of jobs, each a chain of names from province to village, so a job costs one
 * look-up by its most specific name instead of five in the gazetteer: 100,000 jobs name a few
 * thousand places. A chain holds one gazetteer reference per name while jobs are there.
 */
class PlaceChains {
  private readonly byLeaf = new Map<string, number[]>();
  /** Names and gazetteer ids (-1: no name) by chain and level, at chain * NL + level. */
  private readonly names: (string | undefined)[] = [];
  readonly ids: number[] = [];
  private readonly refs: number[] = [];

  constructor(private readonly gazetteer: Gazetteer) {}

  acquire(place: PlaceNames): number {
    let leaf = '';
    for (let l = NL - 1; l >= 0 && !leaf; l--) leaf = place[LEVELS[l]] ?? '';
    const chains = this.byLeaf.get(leaf);
    let chain = chains?.find((c) => this.isChain(c, place));
    if (chain === undefined) {
      chain = this.refs.length;
      for (const level of LEVELS) {
        this.names.push(place[level] || undefined);
        this.ids.push(-1);
      }
      this.refs.push(0);
      if (chains) chains.push(chain);
      else this.byLeaf.set(leaf, [chain]);
    }
    if (this.refs[chain]++ === 0) {
      for (let at = chain * NL; at < (chain + 1) * NL; at++) {
        const name = this.names[at];
        this.ids[at] = name ? this.gazetteer.acquire(name) : -1;
      }
    }
    return chain;
  }

  release(chain: number): void {
    if (--this.refs[chain] > 0) return;
    for (let at = chain * NL; at < (chain + 1) * NL; at++) if (this.ids[at] >= 0) this.gazetteer.release(this.ids[at]);
  }

  /** Whether a chain names exactly these places. */
  private isChain(chain: number, place: PlaceNames): boolean {
    for (let l = 0; l < NL; l++) if (this.names[chain * NL + l] !== (place[LEVELS[l]] || undefined)) return false;
    return true;
  }
}

/** A job read back from its slot, for reasons and pair matching. */
export interface JobFacts {
  id: string;
  title: string;
  group: number;
  skills: readonly string[];
  places: string[];
  lat: number;
  lon: number;
  wageMin: number;
  wageMax: number;
  wageUnit?: WageUnit;
  payPeriod?: PayPeriod;
  perks: number;
  postedAt: number;
  startDate?: string;
  verified: boolean;
}

/** Live jobs by bucket b, slots[starts[b], starts[b + 1]): posted before newest[b] (NaN: undated), verified or not. */
export interface JobsByDay {
  slots: Int32Array;
  starts: Int32Array;
  newest: Float64Array;
  verified: Uint8Array;
}

const DAY_MS = 86_400_000;
/** How many days back `byDay` keeps apart: a job older than a year is as stale as any. */
const OLDEST_DAY = 400;

/** Marks of nothing: every id reads undefined. */
const NO_MARKS = new Uint8Array(0);

export class JobStore {
  private cap = 0;
  /**
   * Slot of each live id. Left unbuilt while a bulk load fills an empty store (`deferIds`):
   * hashing 100,000 new id strings was a tenth of the build, and search never reads it.
   */
  private slotById: Map<string, number> | undefined = new Map();
  private readonly freeSlots: number[] = [];
  /** Slots ever used; live ones have alive[slot] = 1. */
  size = 0;

  ids: string[] = [];
  private readonly titleIndex = new Titles();
  private readonly placeChains: PlaceChains;
  private chain = new Int32Array(0);
  titleId = new Int32Array(0);
  skills: (readonly string[])[] = [];
  startDates: (string | undefined)[] = [];
  alive = new Uint8Array(0);
  group = new Int32Array(0);
  place = new Int32Array(0);
  wageMin = new Float64Array(0);
  wageMax = new Float64Array(0);
  wageUnit = new Uint8Array(0);
  payPeriod = new Uint8Array(0);
  perks = new Uint8Array(0);
  verified = new Uint8Array(0);
  postedAt = new Float64Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);

  /** Live slots by day posted and verification (see `byDay`); dropped at every change. */
  private days?: JobsByDay;

  constructor(private readonly gazetteer: Gazetteer) {
    this.placeChains = new PlaceChains(gazetteer);
  }

  /**
   * Live slots in buckets by the day they were posted (latest first, undated last) and by
   * verification: a counting sort, the days being few. What freshness and verification add
   * to a job is at most its bucket's.
   */
  byDay(): JobsByDay {
    if (this.days) return this.days;
    let latest = Number.NEGATIVE_INFINITY;
    for (let slot = 0; slot < this.size; slot++)
      if (this.alive[slot] && this.postedAt[slot] > latest) latest = this.postedAt[slot];
    const lastDay = Math.floor(latest / DAY_MS);
    // Days before the oldest kept apart share a bucket; the undated come after.
    const bucketOf = (slot: number) => {
      const posted = this.postedAt[slot];
      const age = Number.isNaN(posted) ? OLDEST_DAY + 1 : Math.min(OLDEST_DAY, lastDay - Math.floor(posted / DAY_MS));
      return 2 * age + (this.verified[slot] ? 0 : 1);
    };
    const buckets = 2 * (OLDEST_DAY + 2);
    const starts = new Int32Array(buckets + 1);
    for (let slot = 0; slot < this.size; slot++) if (this.alive[slot]) starts[bucketOf(slot) + 1]++;
    for (let b = 1; b <= buckets; b++) starts[b] += starts[b - 1];
    const slots = new Int32Array(this.count);
    const next = starts.slice(0, buckets);
    for (let slot = 0; slot < this.size; slot++) if (this.alive[slot]) slots[next[bucketOf(slot)]++] = slot;
    const newest = new Float64Array(buckets);
    const verified = new Uint8Array(buckets);
    for (let b = 0; b < buckets; b++) {
      const age = b >> 1;
      newest[b] = age > OLDEST_DAY ? Number.NaN : (lastDay - age + 1) * DAY_MS;
      verified[b] = b & 1 ? 0 : 1;
    }
    this.days = { slots, starts, newest, verified };
    return this.days;
  }

  get count(): number {
    return this.size - this.freeSlots.length;
  }

  /** The slot of a job; `fileIds` first if ids were deferred. */
  slotOf(id: string): number | undefined {
    return this.slotById?.get(id);
  }

  /** When the store is empty, the next inserts fill slots 0, 1, 2… without filing their ids. */
  deferIds(): void {
    if (this.count !== 0) return;
    this.size = 0;
    this.freeSlots.length = 0;
    this.slotById = undefined;
  }

  /**
   * Files the ids of jobs inserted since `deferIds`. Returns the slots of jobs whose id a later
   * job repeats, for the caller to remove: the later one stays, as when it is put on its own.
   */
  fileIds(): number[] {
    if (this.slotById) return [];
    const slotById = new Map<string, number>();
    const repeated: number[] = [];
    for (let slot = 0; slot < this.size; slot++) {
      const earlier = slotById.get(this.ids[slot]);
      if (earlier !== undefined) repeated.push(earlier);
      slotById.set(this.ids[slot], slot);
    }
    this.slotById = slotById;
    return repeated;
  }

  /** Makes room for `more` jobs at once, so a bulk load grows the columns once. */
  reserve(more: number): void {
    const needed = this.size + more;
    if (needed > this.cap) this.grow(Math.max(1024, this.cap * 2, needed));
  }

  /** Stores a job in a free slot and returns it; the caller removed any older version. */
  insert(doc: MatchDoc, group: number): number {
    const slot = this.freeSlots.pop() ?? this.size++;
    if (slot >= this.cap) this.grow(Math.max(1024, this.cap * 2));
    this.slotById?.set(doc.id, slot);
    this.days = undefined;
    this.ids[slot] = doc.id;
    const title = this.titleIndex.acquire(doc.title);
    this.titleId[slot] = title;
    this.skills[slot] = doc.skills;
    this.startDates[slot] = doc.startDate;
    this.alive[slot] = 1;
    this.group[slot] = group;
    const chain = this.placeChains.acquire(doc.place);
    this.chain[slot] = chain;
    for (let l = 0; l < NL; l++) this.place[slot * NL + l] = this.placeChains.ids[chain * NL + l];
    this.wageMin[slot] = doc.wageMin ?? Number.NaN;
    this.wageMax[slot] = doc.wageMax ?? doc.wageMin ?? Number.NaN;
    this.wageUnit[slot] = Math.max(0, UNITS.indexOf(doc.wageUnit));
    this.payPeriod[slot] = Math.max(0, PERIODS.indexOf(doc.payPeriod));
    this.perks[slot] = statedPerks(doc) | this.titleIndex.perks[title] | writtenPerks(doc.description ?? '');
    this.verified[slot] = doc.verified ? 1 : 0;
    this.postedAt[slot] = doc.postedAt ?? Number.NaN;
    this.lat[slot] = doc.lat ?? Number.NaN;
    this.lon[slot] = doc.lon ?? Number.NaN;
    return slot;
  }

  /** Frees a job's slot; its id stays filed if a later job has it (see `fileIds`). */
  remove(slot: number): void {
    if (this.slotById?.get(this.ids[slot]) === slot) this.slotById.delete(this.ids[slot]);
    this.alive[slot] = 0;
    this.days = undefined;
    this.titleIndex.release(this.titleId[slot]);
    this.placeChains.release(this.chain[slot]);
    this.skills[slot] = [];
    this.freeSlots.push(slot);
  }

  /** Live jobs whose title holds one of the words as typed. */
  slotsTitled(words: readonly string[]): number[] {
    const ids = new Set(words.flatMap((w) => this.titleIndex.holding(w)));
    const out: number[] = [];
    if (ids.size === 0) return out;
    for (let slot = 0; slot < this.size; slot++) if (this.alive[slot] && ids.has(this.titleId[slot])) out.push(slot);
    return out;
  }

  /** A mark per distinct title holding one of the words, read per job in the hot loop (titleId). */
  titleMarks(words: readonly string[]): Uint8Array {
    if (words.length === 0) return NO_MARKS;
    const marks = new Uint8Array(this.titleIndex.texts.length);
    for (const w of words) for (const id of this.titleIndex.holding(w)) marks[id] = 1;
    return marks;
  }

  /** The first level of the job's place (village up) marked in `marks` (by gazetteer id), or -1. */
  inPlace(slot: number, marks: Uint8Array): number {
    for (let l = NL - 1; l >= 0; l--) {
      const p = this.place[slot * NL + l];
      if (p >= 0 && marks[p] !== 0) return p;
    }
    return -1;
  }

  /** The marks of every level of the job's place, together. */
  placeBits(slot: number, marks: Uint8Array): number {
    let bits = 0;
    for (let l = 0; l < NL; l++) {
      const p = this.place[slot * NL + l];
      if (p >= 0) bits |= marks[p];
    }
    return bits;
  }

  facts(slot: number): JobFacts {
    const places: string[] = [];
    for (let l = 0; l < NL; l++) {
      const p = this.place[slot * NL + l];
      if (p >= 0) places.push(this.gazetteer.names[p]);
    }
    return {
      id: this.ids[slot],
      title: this.titleIndex.texts[this.titleId[slot]],
      group: this.group[slot],
      skills: this.skills[slot],
      places,
      lat: this.lat[slot],
      lon: this.lon[slot],
      wageMin: this.wageMin[slot],
      wageMax: this.wageMax[slot],
      wageUnit: UNITS[this.wageUnit[slot]],
      payPeriod: PERIODS[this.payPeriod[slot]],
      perks: this.perks[slot],
      postedAt: this.postedAt[slot],
      startDate: this.startDates[slot],
      verified: this.verified[slot] === 1,
    };
  }

  private grow(cap: number): void {
    const g = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(cap * per);
      next.set(old);
      return next;
    };
    this.alive = g(this.alive, (n) => new Uint8Array(n));
    this.titleId = g(this.titleId, (n) => new Int32Array(n));
    this.group = g(this.group, (n) => new Int32Array(n));
    this.chain = g(this.chain, (n) => new Int32Array(n));
    this.place = g(this.place, (n) => new Int32Array(n), NL);
    this.wageMin = g(this.wageMin, (n) => new Float64Array(n));
    this.wageMax = g(this.wageMax, (n) => new Float64Array(n));
    this.wageUnit = g(this.wageUnit, (n) => new Uint8Array(n));
    this.payPeriod = g(this.payPeriod, (n) => new Uint8Array(n));
    this.perks = g(this.perks, (n) => new Uint8Array(n));
    this.verified = g(this.verified, (n) => new Uint8Array(n));
    this.postedAt = g(this.postedAt, (n) => new Float64Array(n));
    this.lat = g(this.lat, (n) => new Float64Array(n));
    this.lon = g(this.lon, (n) => new Float64Array(n));
    this.cap = cap;
  }
}

/** Perks a posting states as data. */
function statedPerks(doc: MatchDoc): number {
  let bits = 0;
  for (const p of doc.perks ?? []) bits |= perkBit(p);
  return bits;
}

/** Perks a text writes (包吃住, 提供宿舍…). */
function writtenPerks(text: string): number {
  if (!PERK_HINT.test(text)) return 0;
  let bits = 0;
  for (const [pattern, perks] of WRITTEN_PERKS) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) for (const p of perks) bits |= perkBit(p);
  }
  return bits;
}
