/**
 * 招聘会·直播: the sessions of the places the phone follows, by day, the home county's first;
 * the ended ones below under 已结束 (their pages and jobs stay). Read from the phone.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { mayScheduleEvents } from '../../core/access';
import type { Event } from '../../core/records';
import { recordKey } from '../../core/records';
import { placeLabel } from '../../core/regions/names';
import { useActor } from '../../ui/actor';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { calendarOf } from './calendar';
import { allEvents, followedPlaces } from './events.repo';
import { dayLabel, KindMark, useNow, whenText } from './present';
import ReminderList from './ReminderList';
import { t } from './strings';

function EventCard(props: { event: Event; now: number; pending: boolean }) {
  const started = () => props.event.startsAt <= props.now && props.now < props.event.endsAt;
  return (
    <li class="card event-card" data-testid="event-card" data-event-id={props.event.id}>
      <A href={`/events/${props.event.id}`} class="card-link">
        <div class="card-row">
          <KindMark kind={props.event.kind} />
          <Show when={started()}>
            <span class="chip chip-ok">{t('events.live')}</span>
          </Show>
        </div>
        <h3 class="event-title">{props.event.title}</h3>
        <div class="card-row muted">
          <span>{whenText(props.event.startsAt, props.now, props.event.endsAt)}</span>
          <span>{placeLabel(props.event.regionCode)}</span>
        </div>
        <Show when={props.pending}>
          <span class="chip chip-pending" data-testid="local-only">
            {t('sync.localOnly')}
          </span>
        </Show>
      </A>
    </li>
  );
}

export default function EventsCalendar() {
  const { db } = useServices();
  const actor = useActor();
  const now = useNow();
  const events = createLiveQuery(
    () => null,
    () => allEvents(db),
    [],
  );
  const where = createLiveQuery(
    () => null,
    () => followedPlaces(db),
    { counties: [] },
  );
  const pending = createPendingKeys(db);
  const calendar = () => calendarOf(events(), where(), now());
  const card = (event: Event) => (
    <EventCard event={event} now={now()} pending={pending().has(recordKey('event', event.id))} />
  );
  return (
    <section class="page" data-testid="events-calendar">
      <h2 class="page-title">{t('events.title')}</h2>
      <p class="muted">{t('events.hint')}</p>
      <Show when={mayScheduleEvents(actor())}>
        <A href="/events/new" class="button primary wide" data-testid="event-new">
          {t('events.schedule')}
        </A>
      </Show>
      <ReminderList />
      <Show when={calendar().upcoming.length > 0} fallback={<p class="muted">{t('events.none')}</p>}>
        <For each={calendar().upcoming}>
          {(group) => (
            <>
              <h3 class="event-day">{dayLabel(group.day, now())}</h3>
              <ul class="cards">
                <For each={group.events}>{card}</For>
              </ul>
            </>
          )}
        </For>
      </Show>
      <Show when={calendar().ended.length > 0}>
        <h3 class="event-day">{t('events.ended')}</h3>
        <ul class="cards ended" data-testid="events-ended">
          <For each={calendar().ended}>{card}</For>
        </ul>
      </Show>
    </section>
  );
}
