/**
 * Which of the phone's voices reads: Mandarin in mainland Chinese first (zh-CN), then other
 * Mandarin, Cantonese last; for the English UI an English voice, else a Chinese one (the
 * records themselves are Chinese). Among equals a voice on the phone beats a network voice:
 * the app is used where there is no signal.
 */
import type { Lang } from '../../i18n';

/** What the choice needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

const normal = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/** How well a voice's language tag reads this language: 0 not at all. */
function languageFit(tag: string, want: Lang): number {
  const lang = normal(tag);
  if (want === 'en') return lang.startsWith('en') ? 1 : 0;
  if (lang === 'zh-cn' || lang === 'cmn-cn' || lang.startsWith('zh-hans') || lang.startsWith('cmn-hans')) return 4;
  if (lang === 'zh' || lang === 'cmn' || lang === 'zh-sg' || lang.startsWith('cmn-')) return 3;
  if (lang === 'zh-tw' || lang.startsWith('zh-hant-tw')) return 2;
  if (lang.startsWith('zh') || lang.startsWith('yue')) return 1;
  return 0;
}

/** The best voice for one language, or undefined when the phone has none for it. */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], want: Lang): V | undefined {
  let best: V | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    const language = languageFit(voice.lang, want);
    const score = language && language * 2 + (voice.localService ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** The voice for the UI's language; the English UI falls back to a Chinese voice. */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | undefined {
  return chooseVoice(voices, lang) ?? (lang === 'en' ? chooseVoice(voices, 'zh') : undefined);
}

/** How long to wait for a phone that lists its voices late (`voiceschanged`) before saying it has none. */
export const VOICES_WAIT_MS = 2_500;

/**
 * The phone's voices. Chrome lists them only after `voiceschanged`; some phones never fire
 * it, so the wait ends after `timeoutMs` with whatever is listed then (often nothing).
 */
export function loadVoices(
  synth: Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>,
  timeoutMs = VOICES_WAIT_MS,
): Promise<SpeechSynthesisVoice[]> {
  const listed = synth.getVoices();
  if (listed.length > 0) return Promise.resolve(listed);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}
