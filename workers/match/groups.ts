/**
 * Occupation groups: jobs sharing one occupation wording ("保洁员", "家政保洁"). A query is
 * matched against the few hundred groups, never against 100,000 jobs, and a group knows the
 * dictionary occupation its wording means.
 */
import { occupationByCode } from '../../src/core/occupations/index';
import { classifyOccupation, type Probe } from './concepts';
import { type Evidence, outranks, stronger } from './evidence';
import { hanPhrase, type Phrase } from './phrase';
import { PhraseIndex } from './phrase-index';
import type { MatchDoc } from './types';

export interface Group {
  id: number;
  key: string;
  phrase: Phrase;
  code?: string;
  /** The group's job slots, packed in slots[0, size) for the hot loop of search; in no order. */
  slots: Int32Array;
  size: number;
}

export class Groups {
  private readonly byKey = new Map<string, Group>();
  private readonly byId: (Group | undefined)[] = [];
  private readonly freeIds: number[] = [];
  private readonly index = new PhraseIndex<Group>();
  /** Where each job slot sits in its group's slots, so a job leaves its group in one step. */
  private place = new Int32Array(0);

  /** The group a job belongs to, created on first use. */
  acquire(doc: MatchDoc): Group {
    const wording = doc.occupation || occupationByCode(doc.occupationCode ?? '')?.name || doc.title;
    const key = doc.occupationCode ? `${doc.occupationCode}\u0000${wording}` : wording;
    let group = this.byKey.get(key);
    if (!group) {
      const id = this.freeIds.pop() ?? this.byId.length;
      const code =
        doc.occupationCode && occupationByCode(doc.occupationCode) ? doc.occupationCode : classifyOccupation(wording);
      group = { id, key, phrase: hanPhrase(wording), code, slots: new Int32Array(16), size: 0 };
      this.byKey.set(key, group);
      this.byId[id] = group;
      this.index.add(group, group.phrase);
    }
    return group;
  }

  get(id: number): Group | undefined {
    return this.byId[id];
  }

  /** Files a job's slot under its group. */
  join(group: Group, slot: number): void {
    if (group.size === group.slots.length) group.slots = grown(group.slots, group.size * 2);
    if (slot >= this.place.length) this.place = grown(this.place, Math.max(1024, this.place.length * 2, slot + 1));
    group.slots[group.size] = slot;
    this.place[slot] = group.size++;
  }

  /** Drops a job (its place goes to the group's last slot); a group left empty disappears so it cannot win a query with no jobs. */
  release(id: number, slot: number): void {
    const group = this.byId[id];
    if (!group) return;
    const last = group.slots[--group.size];
    group.slots[this.place[slot]] = last;
    this.place[last] = this.place[slot];
    if (group.size === 0) {
      this.byKey.delete(group.key);
      this.byId[id] = undefined;
      this.index.remove(group);
      this.freeIds.push(id);
    }
  }

  /** A group's slots as a view (no copy). */
  slotsOf(group: Group): Int32Array {
    return group.slots.subarray(0, group.size);
  }

  *all(): Iterable<Group> {
    for (const g of this.byId) if (g) yield g;
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * How well the probes name each group: by its own wording, or through its dictionary
   * occupation (slightly less, so the employer's exact wording wins a tie). A wording that
   * matches well speaks for its whole occupation: 果园采摘工 brings in 采摘工 jobs too.
   */
  score(probes: readonly Probe[], occupationEvidence: ReadonlyMap<string, Evidence>): Map<Group, Evidence> {
    const direct = this.index.score(probes);
    const byCode = new Map(occupationEvidence);
    for (const [g, e] of direct) if (g.code) byCode.set(g.code, stronger(e, byCode.get(g.code)));
    const out = new Map<Group, Evidence>();
    for (const g of this.all()) {
      const own = direct.get(g);
      const viaCode = g.code ? byCode.get(g.code) : undefined;
      const shared = viaCode && viaCode !== own ? { ...viaCode, score: viaCode.score * 0.97 } : undefined;
      const e = shared && outranks(shared, own) ? shared : own;
      if (e) out.set(g, e);
    }
    return out;
  }
}

function grown(old: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(old);
  return next;
}
