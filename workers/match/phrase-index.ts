/**
 * Phrases filed by the sounds they contain, so a probe is compared only with the phrases
 * sharing a sound with it, and by the keys they are typed with on a 9-key keypad. The letter
 * view (typos, initials) runs over all of them, and only when the sound view found nothing good.
 */
import type { Probe } from './concepts';
import { type Evidence, type GuessFacts, gradeOf, type How, MIN_SCORE, outranks } from './evidence';
import { keySequences, keysOf } from './keypad';
import { type Comparison, compare, compareBound, letterMask, letterSimilarity, type Phrase } from './phrase';

/** A sound match this good needs no typo reading. */
const GOOD_ENOUGH = 0.9;
/** The same keys as an occupation word: as good as a similar sound, never better. */
const KEYPAD_SCORE = 0.85;

/** Same keys; better the more characters are the word's own (保运工 is 搬运工 before 操作工). */
function keypadScore(q: Phrase, p: Phrase): number {
  let same = 0;
  for (let i = 0; i < q.units.length; i++) if (q.units[i].ch === p.units[i]?.ch) same += q.units[i].w;
  return KEYPAD_SCORE - 0.1 + (0.1 * same) / q.weight;
}

function file<T>(map: Map<string, Set<T>>, key: string, item: T): void {
  const set = map.get(key);
  if (set) set.add(item);
  else map.set(key, new Set([item]));
}

function unfile<T>(map: Map<string, Set<T>>, key: string, item: T): void {
  const set = map.get(key);
  set?.delete(item);
  if (set?.size === 0) map.delete(key);
}

function keysFor(phrase: Phrase): string[] {
  return [...keySequences(phrase, false), `=${keysOf(phrase.letters)}`];
}

const howOf = (probe: Probe, c: Comparison): How =>
  !probe.phrase?.han ? 'pinyin' : c.fit === 'literal' ? 'text' : c.fit === 'whole' ? 'sound' : 'partial';

export class PhraseIndex<T> {
  private readonly bySound = new Map<string, Set<T>>();
  private readonly byKeys = new Map<string, Set<T>>();
  private readonly phrases = new Map<T, Phrase>();

  add(item: T, phrase: Phrase): void {
    this.phrases.set(item, phrase);
    for (const u of phrase.units) for (const sound of u.loose) file(this.bySound, sound, item);
    for (const keys of keysFor(phrase)) file(this.byKeys, keys, item);
  }

  remove(item: T): void {
    const phrase = this.phrases.get(item);
    if (!phrase) return;
    this.phrases.delete(item);
    for (const u of phrase.units) for (const sound of u.loose) unfile(this.bySound, sound, item);
    for (const keys of keysFor(phrase)) unfile(this.byKeys, keys, item);
  }

  /** Items sharing a sound with q, each with the weight of q's units that share one. */
  private sharingSounds(q: Phrase): Map<T, number> {
    const shared = new Map<T, number>();
    const touched = new Set<T>();
    for (const u of q.units) {
      touched.clear();
      for (const sound of u.loose) for (const item of this.bySound.get(sound) ?? []) touched.add(item);
      for (const item of touched) shared.set(item, (shared.get(item) ?? 0) + u.w);
    }
    return shared;
  }

  /** The best evidence each item has from the probes (items with none are absent). */
  score(probes: readonly Probe[]): Map<T, Evidence> {
    const out = new Map<T, Evidence>();
    for (const probe of probes) {
      const typed = probe.typed;
      const share = probe.share ?? 1;
      const offer = (item: T, whole: GuessFacts) => {
        const facts = { ...whole, coverage: whole.coverage * share };
        const grade = gradeOf(facts);
        if (!grade || !outranks({ grade, score: facts.score }, out.get(item))) return;
        out.set(item, { ...facts, typed, as: this.phrases.get(item)!.text, grade });
      };
      let best = 0;
      const q = probe.phrase;
      if (q) {
        for (const [item, shared] of this.sharingSounds(q)) {
          const p = this.phrases.get(item)!;
          if (compareBound(q, p, shared) < MIN_SCORE) continue;
          const c = compare(q, p);
          if (!c) continue;
          const score = c.score * probe.factor;
          best = Math.max(best, score);
          offer(item, { score, fit: c.fit, how: howOf(probe, c), coverage: c.coverage });
        }
        // Hanzi typed on the keypad (alone or among typed pinyin, houji司机): every reading of
        // every character, syllable by syllable.
        if (q.units.some((u) => u.ch !== undefined)) {
          for (const keys of keySequences(q, true)) {
            for (const item of this.byKeys.get(keys) ?? []) {
              const score = keypadScore(q, this.phrases.get(item)!) * probe.factor;
              offer(item, { score, fit: 'whole', how: 'keypad', coverage: 1, syllables: q.units.length });
            }
          }
        }
      }
      if (probe.letters) {
        const lettersArePinyin = q !== undefined;
        if (best < GOOD_ENOUGH) {
          const mask = letterMask(probe.letters);
          for (const [item, phrase] of this.phrases) {
            const m = letterSimilarity(probe.letters, phrase, mask);
            if (m)
              offer(item, { score: m.score * probe.factor, fit: 'whole', how: m.how, coverage: 1, lettersArePinyin });
          }
        }
        if (probe.letters.length >= 4) {
          const facts: GuessFacts = {
            score: KEYPAD_SCORE * probe.factor,
            fit: 'whole',
            how: 'keypad',
            coverage: 1,
            lettersArePinyin,
          };
          for (const item of this.byKeys.get(`=${keysOf(probe.letters)}`) ?? []) offer(item, facts);
        }
      }
    }
    return out;
  }
}
