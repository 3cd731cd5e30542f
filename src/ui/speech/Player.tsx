/**
 * The read-aloud player, loaded on the first tap of 朗读: reads the text sentence by
 * sentence with the phone's own voice, highlights the sentence being read, pauses and goes
 * on, three speeds. A phone without a fitting voice gets a plain message and the text at
 * large size instead. Leaving the page (or closing the player) stops the voice.
 */
import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  createUniqueId,
  For,
  Match,
  onCleanup,
  Show,
  Switch,
} from 'solid-js';
import { lang } from '../../i18n';
import { splitSentences, spokenForm } from './sentences';
import { t } from './strings';
import { loadVoices, voiceFor } from './voices';

const SPEEDS = { slow: 0.75, normal: 1, fast: 1.25 } as const;
type Speed = keyof typeof SPEEDS;

/** The phone's speech engine, where the browser has one. */
const engine = (): SpeechSynthesis | undefined =>
  typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

export default function Player(props: { text: string }) {
  const sentences = createMemo(() => splitSentences(props.text));
  const [voice] = createResource(lang, async (want) => {
    const synth = engine();
    return (synth && voiceFor(await loadVoices(synth), want)) ?? null;
  });
  /** The sentence being read, or where reading paused; -1 before the start and after the end. */
  const [current, setCurrent] = createSignal(-1);
  const [playing, setPlaying] = createSignal(false);
  const [speed, setSpeed] = createSignal<Speed>('normal');
  const idPrefix = createUniqueId();
  // Every start and stop takes a new turn, so the end event of a cancelled sentence moves nothing on.
  let turn = 0;

  const halt = () => {
    turn += 1;
    const synth = engine();
    if (synth && (synth.speaking || synth.pending)) synth.cancel();
  };

  function readFrom(index: number) {
    halt();
    const chosen = voice();
    const synth = engine();
    if (!chosen || !synth || index >= sentences().length) {
      setCurrent(-1);
      setPlaying(false);
      return;
    }
    const mine = turn;
    setCurrent(index);
    setPlaying(true);
    const utterance = new SpeechSynthesisUtterance(spokenForm(sentences()[index], lang()));
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    utterance.rate = SPEEDS[speed()];
    utterance.onend = () => {
      if (mine === turn) readFrom(index + 1);
    };
    utterance.onerror = () => {
      if (mine === turn) setPlaying(false);
    };
    synth.speak(utterance);
    document.getElementById(`${idPrefix}-${index}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  const pause = () => {
    halt();
    setPlaying(false);
  };
  const stop = () => {
    pause();
    setCurrent(-1);
  };
  const changeSpeed = (next: Speed) => {
    setSpeed(next);
    if (playing()) readFrom(current());
  };

  // The user tapped 朗读: start as soon as the voice is known.
  let started = false;
  createEffect(() => {
    if (voice() && !started) {
      started = true;
      readFrom(0);
    }
  });
  // Leaving the page stops the voice: the route unmounts the player, or the tab goes away.
  const leave = () => stop();
  window.addEventListener('pagehide', leave);
  onCleanup(() => {
    window.removeEventListener('pagehide', leave);
    halt();
  });

  return (
    <div class="speech" data-testid="speech-player">
      <Switch>
        <Match when={voice.loading}>
          <p class="muted">{t('speech.loading')}</p>
        </Match>
        <Match when={voice() === null}>
          <p class="notice warn" data-testid="speech-no-voice">
            {t('speech.noVoice')}
          </p>
          <p class="muted">{t('speech.noVoiceHow')}</p>
          <div class="speech-large" data-testid="speech-large">
            <For each={props.text.split(/\n+/).filter((line) => line.trim())}>{(line) => <p>{line}</p>}</For>
          </div>
        </Match>
        <Match when={voice()}>
          <div class="speech-controls">
            <Show
              when={playing()}
              fallback={
                <button
                  type="button"
                  class="button primary"
                  data-testid="speech-resume"
                  onClick={() => readFrom(Math.max(current(), 0))}
                >
                  {current() < 0 ? t('speech.again') : t('speech.resume')}
                </button>
              }
            >
              <button type="button" class="button primary" data-testid="speech-pause" onClick={pause}>
                {t('speech.pause')}
              </button>
            </Show>
            <button type="button" class="button" data-testid="speech-stop" onClick={stop}>
              {t('speech.stop')}
            </button>
          </div>
          <fieldset class="toggles speech-speeds">
            <legend>{t('speech.speed')}</legend>
            <For each={Object.keys(SPEEDS) as Speed[]}>
              {(option) => (
                <button
                  type="button"
                  class={speed() === option ? 'toggle small on' : 'toggle small'}
                  aria-pressed={speed() === option}
                  onClick={() => changeSpeed(option)}
                >
                  {t(`speech.speed.${option}`)}
                </button>
              )}
            </For>
          </fieldset>
          <p class="speech-status" aria-live="polite">
            {current() >= 0 ? t('speech.reading', { n: current() + 1, total: sentences().length }) : ''}
          </p>
          <ol class="speech-text" data-testid="speech-text">
            <For each={sentences()}>
              {(sentence, i) => (
                <li id={`${idPrefix}-${i()}`} class={i() === current() ? 'speech-now' : undefined}>
                  {sentence}
                </li>
              )}
            </For>
          </ol>
        </Match>
      </Switch>
    </div>
  );
}
