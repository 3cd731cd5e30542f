/**
 * One session: when, where (or which live-stream room), who takes part and the jobs it
 * presents, from the phone's jobs table. 提醒我 sets a reminder on this phone. After the
 * session the page stays, and so do its jobs.
 */
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { mayEditEvent } from '../../core/access';
import { type Event, recordKey } from '../../core/records';
import { placeLabel } from '../../core/regions/names';
import { isDue } from '../../db/reminder-row';
import { useActor } from '../../ui/actor';
import { formatTime } from '../../ui/format';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { JobCard } from '../jobs';
import { remindAt } from './calendar';
import { attachedJobs, dropReminder, eventById, markSeen, reminderFor, setReminder } from './events.repo';
import { dateLabel, KindMark, useNow, whenText } from './present';
import { askToNotify, askWorkerToCheck, type NotifyState, notifyState } from './reminders';
import { t } from './strings';

function RemindMe(props: { event: Event; now: number }) {
  const { db } = useServices();
  const reminder = createLiveQuery(
    () => props.event.id,
    (id) => reminderFor(db, id),
    undefined,
  );
  const [notify, setNotify] = createSignal<NotifyState>(notifyState());
  // Opening the session is seeing its reminder: no banner for it any more.
  createEffect(() => {
    const r = reminder();
    if (r && isDue(r, props.now) && r.seenAt === undefined) void markSeen(db, r.eventId, props.now);
  });
  async function remind() {
    const event = props.event;
    // Asked at the tap itself, while the browser still counts it as the user's doing.
    const asked = askToNotify();
    await setReminder(db, {
      eventId: event.id,
      dueAt: remindAt(event, Date.now()),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      title: event.title,
      // A date, not 今天/明天: the notification is read on another day than it is written.
      body: `${t(`events.kind.${event.kind}`)} · ${dateLabel(event.startsAt)} ${formatTime(event.startsAt)} · ${placeLabel(event.regionCode)}`,
    });
    setNotify(await asked);
    askWorkerToCheck();
  }
  return (
    <Show
      when={reminder()}
      fallback={
        <button type="button" class="button primary wide" onClick={() => void remind()} data-testid="remind-me">
          {t('events.remind')}
        </button>
      }
    >
      {(r) => (
        <div class="notice" role="status" data-testid="reminder-set">
          <p>
            <strong>{t('events.remindSet', { time: whenText(r().dueAt, props.now) })}</strong>
          </p>
          <p>{notify() === 'granted' ? t('events.remindNotify') : t('events.remindInApp')}</p>
          <button type="button" class="button wide" onClick={() => void dropReminder(db, r().eventId)}>
            {t('events.remindCancel')}
          </button>
        </div>
      )}
    </Show>
  );
}

function Session(props: { event: Event }) {
  const { db } = useServices();
  const actor = useActor();
  const now = useNow();
  const [search] = useSearchParams<{ saved?: string }>();
  const jobs = createLiveQuery(
    () => props.event,
    (event) => attachedJobs(db, event),
    [],
  );
  const pending = createPendingKeys(db);
  const ended = () => props.event.endsAt <= now();
  const missing = () => jobs().filter((j) => !j.job).length;
  // Those named by the desk, then the employers of the jobs on the phone, each once.
  const employers = () => [
    ...new Set([...(props.event.employers ?? []), ...jobs().flatMap((j) => (j.job ? [j.job.employerName] : []))]),
  ];
  return (
    <article data-testid="event" data-event-id={props.event.id}>
      <KindMark kind={props.event.kind} />
      <h2 class="page-title">{props.event.title}</h2>
      <ReadAloud
        text={[
          props.event.title,
          `${t('events.when')}：${whenText(props.event.startsAt, now(), props.event.endsAt)}`,
          `${t('events.where')}：${placeLabel(props.event.regionCode)} ${props.event.place ?? ''}`,
          employers().length > 0 && `${t('events.employers')}：${employers().join('、')}`,
        ]}
      />
      <Show when={search.saved}>
        <p class="notice" role="status" data-testid="event-saved">
          <strong>{t('events.saved')}</strong>
          <Show when={pending().has(recordKey('event', props.event.id))}> · {t('sync.localOnly')}</Show>
        </p>
      </Show>
      <dl class="facts">
        <dt>{t('events.when')}</dt>
        <dd>{whenText(props.event.startsAt, now(), props.event.endsAt)}</dd>
        <dt>{t('events.where')}</dt>
        <dd>
          {placeLabel(props.event.regionCode)}
          <Show when={props.event.place}> {props.event.place}</Show>
        </dd>
        <Show when={props.event.stream}>
          {(stream) => (
            <>
              <dt>{t('events.watch')}</dt>
              <dd data-testid="event-stream">
                {t(`events.platform.${stream().platform}`)}
                <Show when={stream().room}>{(room) => <> · {t('events.room', { room: room() })}</>}</Show>
              </dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={props.event.stream?.url}>
        {(url) => (
          <a class="button wide" href={url()} target="_blank" rel="noopener noreferrer">
            {t('events.openStream')}
          </a>
        )}
      </Show>
      <Show when={ended()} fallback={<RemindMe event={props.event} now={now()} />}>
        <p class="notice" data-testid="event-over">
          {t('events.over')}
        </p>
      </Show>
      <Show when={employers().length > 0}>
        <h3>{t('events.employers')}</h3>
        <p data-testid="event-employers">{employers().join('、')}</p>
      </Show>
      <h3>{t('events.jobs')}</h3>
      <Show when={jobs().length > 0} fallback={<p class="muted">{t('events.noJobs')}</p>}>
        <ul class="cards" data-testid="event-jobs">
          <For each={jobs()}>
            {(entry) => (
              <Show when={entry.job}>
                {(job) => <JobCard job={job()} pending={pending().has(recordKey('job', job().id))} />}
              </Show>
            )}
          </For>
        </ul>
        <Show when={missing() > 0}>
          <p class="muted" data-testid="event-job-missing">
            {t('events.jobMissing', { n: missing() })}
          </p>
        </Show>
      </Show>
      <Show when={mayEditEvent(actor(), props.event)}>
        <A href={`/events/new?edit=${props.event.id}`} class="button wide" data-testid="event-edit">
          {t('events.edit')}
        </A>
      </Show>
    </article>
  );
}

export default function EventPage() {
  const { db } = useServices();
  const params = useParams<{ id: string }>();
  const event = createLiveQuery(
    () => params.id,
    (id) => eventById(db, id),
    undefined,
  );
  return (
    <section class="page">
      <A href="/events" class="back">
        ‹ {t('events.title')}
      </A>
      <Show when={event()} fallback={<p class="muted">{t('events.notOnDevice')}</p>}>
        {(e) => <Session event={e()} />}
      </Show>
    </section>
  );
}
