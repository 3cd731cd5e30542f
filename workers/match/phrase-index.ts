/**
 * Phrases filed by the sounds they contain, so a probe is compared only with the phrases
 * sharing a sound with it; the letter view (typos, initials) runs over all of them, and only
 * when the sound view found nothing good.
 */
import type { Probe } from './concepts';
import { letterSimilarity, type Phrase, similarity } from './phrase';

/** A sound match this good needs no typo reading. */
const GOOD_ENOUGH = 0.9;

export class PhraseIndex<T> {
  private readonly bySound = new Map<string, Set<T>>();
  private readonly phrases = new Map<T, Phrase>();

  add(item: T, phrase: Phrase): void {
    this.phrases.set(item, phrase);
    for (const u of phrase.units) {
      for (const sound of u.loose) {
        const set = this.bySound.get(sound);
        if (set) set.add(item);
        else this.bySound.set(sound, new Set([item]));
      }
    }
  }

  remove(item: T): void {
    const phrase = this.phrases.get(item);
    if (!phrase) return;
    this.phrases.delete(item);
    for (const u of phrase.units) {
      for (const sound of u.loose) {
        const set = this.bySound.get(sound);
        set?.delete(item);
        if (set?.size === 0) this.bySound.delete(sound);
      }
    }
  }

  /** Best score of each item over the probes (items scoring 0 are absent). */
  score(probes: readonly Probe[]): Map<T, number> {
    const out = new Map<T, number>();
    const raise = (item: T, s: number) => {
      if (s > (out.get(item) ?? 0)) out.set(item, s);
    };
    for (const probe of probes) {
      let best = 0;
      if (probe.phrase) {
        const seen = new Set<T>();
        for (const u of probe.phrase.units) {
          for (const sound of u.loose) {
            for (const item of this.bySound.get(sound) ?? []) {
              if (seen.has(item)) continue;
              seen.add(item);
              const s = similarity(probe.phrase, this.phrases.get(item)!) * probe.factor;
              best = Math.max(best, s);
              raise(item, s);
            }
          }
        }
      }
      if (probe.letters && best < GOOD_ENOUGH) {
        for (const [item, phrase] of this.phrases) raise(item, letterSimilarity(probe.letters, phrase) * probe.factor);
      }
    }
    return out;
  }
}
