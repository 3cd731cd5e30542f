/**
 * 我的提醒: the reminders set on this phone, what is due first marked. Where notifications are
 * blocked or missing this list (on the calendar and on 我的) is how a reminder reaches anyone.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { isDue } from '../../db/reminder-row';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { allReminders } from './events.repo';
import { useNow, whenText } from './present';
import { t } from './strings';

export default function ReminderList() {
  const { db } = useServices();
  const now = useNow();
  const reminders = createLiveQuery(
    () => null,
    () => allReminders(db),
    [],
  );
  const current = () => reminders().filter((r) => now() < r.endsAt);
  return (
    <Show when={current().length > 0}>
      <section data-testid="reminder-list">
        <h3>{t('events.reminders')}</h3>
        <ul class="cards">
          <For each={current()}>
            {(reminder) => (
              <li class={isDue(reminder, now()) ? 'card reminder due' : 'card reminder'} data-testid="reminder">
                <A href={`/events/${reminder.eventId}`} class="card-link">
                  <div class="card-row">
                    <strong>{reminder.title}</strong>
                    <Show when={isDue(reminder, now())}>
                      <span class="chip chip-pending" data-testid="reminder-due">
                        {reminder.startsAt <= now() ? t('events.started') : t('events.due')}
                      </span>
                    </Show>
                  </div>
                  <span class="muted">{whenText(reminder.startsAt, now())}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
