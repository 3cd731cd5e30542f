/**
 * 练面试: one question at a time, large and read aloud on request; the worker answers out
 * loud, then sees a tip. Recording the answer is offered once, asked before the microphone
 * is touched; a recording lives in this page's memory only and can be played and deleted.
 */
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { wishedOccupations } from './career.repo';
import { firstGroup, INTERVIEW_GROUPS, type InterviewGroup, practiceQuestions } from './interview';
import { canRecord, type Recording, startRecording } from './recorder';
import { t } from './strings';

/** Whether the worker agreed to recording: not yet asked, yes, or no (or no microphone). */
type Consent = 'ask' | 'yes' | 'no';

/** Record, play back and delete one question's answer; `url` is the recording there is, as an object URL. */
function Recorder(props: { url: string | undefined; keep: (url: string | undefined) => void }) {
  const [recording, setRecording] = createSignal<Recording>();
  const [failed, setFailed] = createSignal(false);
  const start = async () => {
    try {
      setRecording(await startRecording());
    } catch (error) {
      console.error('[recorder]', error);
      setFailed(true);
    }
  };
  const stop = async () => {
    const current = recording();
    if (!current) return;
    setRecording(undefined);
    props.keep(URL.createObjectURL(await current.stop()));
  };
  onCleanup(() => void recording()?.stop());
  return (
    <div class="interview-recorder">
      <Show when={!failed()} fallback={<p class="notice warn">{t('interview.noMic')}</p>}>
        <Show
          when={recording()}
          fallback={
            <button type="button" class="button wide" onClick={() => void start()} data-testid="interview-record">
              {t('interview.record')}
            </button>
          }
        >
          <p class="notice" role="status">
            {t('interview.recording')}
          </p>
          <button type="button" class="button primary wide" onClick={() => void stop()} data-testid="interview-stop">
            {t('interview.stop')}
          </button>
        </Show>
      </Show>
      <Show when={props.url}>
        {(src) => (
          <div data-testid="interview-answer">
            <p class="field-label" id="interview-answer-label">
              {t('interview.play')}
            </p>
            {/* biome-ignore lint/a11y/useMediaCaption: the worker's own spoken answer; no words exist to caption it */}
            <audio controls src={src()} aria-labelledby="interview-answer-label" />
            <button type="button" class="button" onClick={() => props.keep(undefined)} data-testid="interview-delete">
              {t('interview.delete')}
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}

export default function InterviewPage() {
  const { db } = useServices();
  const [group, setGroup] = createSignal<InterviewGroup>('construction');
  const [step, setStep] = createSignal(0);
  const [tipShown, setTipShown] = createSignal(false);
  const [consent, setConsent] = createSignal<Consent>(canRecord() ? 'ask' : 'no');
  // Recordings by question id, as object URLs of this page's memory.
  const [recordings, setRecordings] = createSignal<Readonly<Record<string, string>>>({});
  const keep = (questionId: string, url: string | undefined) => {
    const old = recordings()[questionId];
    if (old) URL.revokeObjectURL(old);
    const next = { ...recordings() };
    if (url) next[questionId] = url;
    else delete next[questionId];
    setRecordings(next);
  };

  onMount(async () => setGroup(firstGroup(await wishedOccupations(db))));
  onCleanup(() => {
    for (const url of Object.values(recordings())) URL.revokeObjectURL(url);
  });

  const questions = () => practiceQuestions(group());
  const question = () => questions()[step()];
  // The question's card mounts anew for each step, and the read-aloud player stops when it leaves.
  const go = (next: number) => {
    setTipShown(false);
    setStep(next);
  };

  return (
    <section class="page" data-testid="interview">
      <h2 class="page-title">{t('interview.title')}</h2>
      <p class="muted">{t('interview.hint')}</p>
      <label class="field">
        <span class="field-label">{t('interview.group')}</span>
        <select
          value={group()}
          onChange={(event) => {
            setGroup(event.currentTarget.value as InterviewGroup);
            go(0);
          }}
          data-testid="interview-group"
        >
          <For each={INTERVIEW_GROUPS}>{(g) => <option value={g}>{t(`interview.group.${g}`)}</option>}</For>
        </select>
      </label>

      <Show when={consent() === 'ask'}>
        <div class="notice" data-testid="interview-consent">
          <p>{t('interview.recordAsk')}</p>
          <p>{t('interview.recordPrivacy')}</p>
          <div class="row">
            <button
              type="button"
              class="button primary"
              onClick={() => setConsent('yes')}
              data-testid="interview-consent-yes"
            >
              {t('interview.recordYes')}
            </button>
            <button type="button" class="button" onClick={() => setConsent('no')} data-testid="interview-consent-no">
              {t('interview.recordNo')}
            </button>
          </div>
        </div>
      </Show>

      <Show
        when={question()}
        // Each question anew: a recording under way when the worker moves on stops with it.
        keyed
        fallback={
          <div data-testid="interview-done">
            <p class="notice">{t('interview.done')}</p>
            <button type="button" class="button primary wide" onClick={() => go(0)}>
              {t('interview.again')}
            </button>
          </div>
        }
      >
        {(current) => (
          <div class="interview-card" data-testid="interview-question">
            <p class="muted">{t('interview.progress', { n: step() + 1, total: questions().length })}</p>
            <p class="interview-ask">{t(current.ask)}</p>
            <ReadAloud text={t(current.ask)} />
            <Show when={consent() === 'yes'}>
              <Recorder url={recordings()[current.id]} keep={(url) => keep(current.id, url)} />
            </Show>
            <Show
              when={tipShown()}
              fallback={
                <button
                  type="button"
                  class="button wide"
                  onClick={() => setTipShown(true)}
                  data-testid="interview-show-tip"
                >
                  {t('interview.showTip')}
                </button>
              }
            >
              <div class="notice" data-testid="interview-tip">
                <p class="field-label">{t('interview.tip')}</p>
                <p>{t(current.tip)}</p>
              </div>
            </Show>
            <div class="row">
              <Show when={step() > 0}>
                <button type="button" class="button" onClick={() => go(step() - 1)}>
                  {t('interview.previous')}
                </button>
              </Show>
              <button type="button" class="button primary" onClick={() => go(step() + 1)} data-testid="interview-next">
                {t('interview.next')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
