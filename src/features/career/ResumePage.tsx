/**
 * 我的简历: the worker's profile as a one-page resume, read from the phone (works offline).
 * Printed on one A4 page (app.css's print rules), or sent as a picture. The lines only a
 * resume has (years, 工作经历, showing the phone) are added here and stay on this phone.
 */
import { A } from '@solidjs/router';
import { createEffect, createSignal, For, Index, on, Show } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { occupationByCode } from '../../core/occupations';
import { Field } from '../../ui/form';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { resumeFacts, saveResumeExtras } from './career.repo';
import {
  buildResume,
  NO_EXTRAS,
  occupationLabel,
  type Resume,
  type ResumeExtras,
  type ResumeFacts,
  type WorkLine,
} from './resume';
import { t } from './strings';
import { shareOrSave } from '../../ui/save-file';

function ResumeSheet(props: { resume: Resume }) {
  return (
    <article class="resume-sheet" data-testid="resume">
      <h3 class="resume-name">{props.resume.name}</h3>
      <p class="resume-about">{props.resume.about.join('　')}</p>
      <For each={props.resume.sections}>
        {(section) => (
          <section class="resume-section">
            <h4>{section.title}</h4>
            <ul>
              <For each={section.lines}>{(line) => <li>{line}</li>}</For>
            </ul>
          </section>
        )}
      </For>
    </article>
  );
}

function ShareButtons(props: { resume: Resume }) {
  const [status, setStatus] = createSignal<'making' | 'saved' | 'failed'>();
  const share = async () => {
    setStatus('making');
    try {
      // The canvas code loads only when a picture is asked for.
      const { resumeImage } = await import('./resume-image');
      const outcome = await shareOrSave(
        await resumeImage(props.resume),
        `${props.resume.name}-简历.png`,
        t('resume.title'),
      );
      setStatus(outcome === 'saved' ? 'saved' : undefined);
    } catch (error) {
      console.error('[resume image]', error);
      setStatus('failed');
    }
  };
  return (
    <div class="no-print">
      <div class="row">
        <button
          type="button"
          class="button primary"
          onClick={() => void share()}
          disabled={status() === 'making'}
          data-testid="resume-share"
        >
          {t('resume.share')}
        </button>
        <button type="button" class="button" onClick={() => window.print()} data-testid="resume-print">
          {t('resume.print')}
        </button>
      </div>
      <Show when={status()}>
        {(shown) => (
          <p class={shown() === 'failed' ? 'notice warn' : 'notice'} role="status" data-testid="resume-share-status">
            {t(shown() === 'making' ? 'resume.making' : shown() === 'saved' ? 'resume.saved' : 'resume.imageFailed')}
          </p>
        )}
      </Show>
    </div>
  );
}

/** A work-history line's fields, in the order people say them: when, where, what. */
const LINE_FIELDS: { name: keyof WorkLine; max: number }[] = [
  { name: 'when', max: 30 },
  { name: 'where', max: 40 },
  { name: 'what', max: 60 },
];

function ExtrasEditor(props: { facts: ResumeFacts; extras: ResumeExtras; change: (next: ResumeExtras) => void }) {
  const update = (patch: Partial<ResumeExtras>) => props.change({ ...props.extras, ...patch });
  const setLine = (index: number, field: keyof WorkLine, value: string) =>
    update({ history: props.extras.history.map((line, i) => (i === index ? { ...line, [field]: value } : line)) });
  return (
    <details class="resume-extras no-print" data-testid="resume-extras">
      <summary>{t('resume.edit')}</summary>
      <p class="muted">{t('resume.keptHere')}</p>
      <Show when={props.facts.seeker.phone}>
        <button
          type="button"
          class={props.extras.showPhone ? 'toggle wide on' : 'toggle wide'}
          aria-pressed={props.extras.showPhone}
          onClick={() => update({ showPhone: !props.extras.showPhone })}
          data-testid="resume-show-phone"
        >
          {t('resume.showPhone')}
        </button>
        <p class="muted">{t('resume.phoneHint')}</p>
      </Show>
      <For each={props.facts.seeker.wishes.occupations}>
        {(code) => {
          const occupation = occupationByCode(code);
          return (
            <Show when={occupation}>
              {(known) => (
                <Field label={t('resume.yearsOf', { trade: occupationLabel(known()) })}>
                  <input
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max="60"
                    value={props.extras.years[code] ?? ''}
                    onChange={(event) => {
                      const n = Math.round(Number(event.currentTarget.value));
                      const years = { ...props.extras.years };
                      if (n > 0 && n <= 60) years[code] = n;
                      else delete years[code];
                      update({ years });
                    }}
                  />
                </Field>
              )}
            </Show>
          );
        }}
      </For>
      <h4>{t('resume.history')}</h4>
      <p class="muted">{t('resume.historyHint')}</p>
      <Index each={props.extras.history}>
        {(line, index) => (
          <div class="resume-line">
            <For each={LINE_FIELDS}>
              {(field) => (
                <Field label={t(`resume.${field.name}`)}>
                  <input
                    maxlength={field.max}
                    value={line()[field.name]}
                    onChange={(e) => setLine(index, field.name, e.currentTarget.value)}
                  />
                </Field>
              )}
            </For>
            <button
              type="button"
              class="button"
              onClick={() => update({ history: props.extras.history.filter((_, i) => i !== index) })}
            >
              {t('resume.removeLine')}
            </button>
          </div>
        )}
      </Index>
      <button
        type="button"
        class="button wide"
        onClick={() => update({ history: [...props.extras.history, { where: '', what: '', when: '' }] })}
        data-testid="resume-add-line"
      >
        {t('resume.addLine')}
      </button>
    </details>
  );
}

export default function ResumePage() {
  const { db } = useServices();
  const facts = createLiveQuery(
    () => null,
    () => resumeFacts(db),
    undefined,
  );
  const [extras, setExtras] = createStore<ResumeExtras>({ ...NO_EXTRAS });
  // The extras come from the phone once per profile; after that this page is where they change.
  createEffect(
    on(
      () => facts()?.seeker.id,
      () => {
        const known = facts();
        if (known) setExtras(reconcile(known.extras));
      },
    ),
  );
  const change = (next: ResumeExtras) => {
    setExtras(reconcile(next));
    const known = facts();
    if (known) void saveResumeExtras(db, known.seeker.id, structuredClone(unwrap(extras)));
  };
  const year = new Date().getFullYear();

  return (
    <section class="page resume-page">
      <h2 class="page-title no-print">{t('resume.title')}</h2>
      <Show when={facts() !== undefined} fallback={<p class="muted">{t('resume.loading')}</p>}>
        <Show
          when={facts()}
          fallback={
            <div data-testid="resume-no-profile">
              <p class="notice">{t('resume.noProfile')}</p>
              <A href="/profile" class="button primary wide">
                {t('resume.makeProfile')}
              </A>
            </div>
          }
        >
          {(known) => {
            const resume = () => buildResume({ ...known(), extras }, year);
            return (
              <>
                <ResumeSheet resume={resume()} />
                <ShareButtons resume={resume()} />
                <ExtrasEditor facts={known()} extras={extras} change={change} />
                <A href="/profile" class="button wide no-print">
                  {t('resume.editProfile')}
                </A>
              </>
            );
          }}
        </Show>
      </Show>
    </section>
  );
}
