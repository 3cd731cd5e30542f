/**
 * In the shell on every screen, loaded after the first one: while the app is open it asks the
 * service worker to show due reminders (on opening, on coming back into view, every minute),
 * and the first time the app is open after a reminder's time it shows it here as a banner,
 * notification or not (the only way where notifications are blocked or missing).
 */
import { A } from '@solidjs/router';
import { For, onCleanup, onMount } from 'solid-js';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { allReminders, dropEnded, markSeen, unseenDue, waitingToNotify } from './events.repo';
import { useNow, whenText } from './present';
import { askWorkerToCheck, whileOpen } from './reminders';
import { t } from './strings';

export default function ReminderWatch() {
  const { db } = useServices();
  const now = useNow();
  const reminders = createLiveQuery(
    () => null,
    () => allReminders(db),
    [],
  );
  onMount(() => {
    void dropEnded(db, Date.now());
    // Only when a reminder waits for its notification: no wake-ups for nothing.
    const stop = whileOpen(
      () =>
        void allReminders(db).then((list) => {
          if (waitingToNotify(list, Date.now())) askWorkerToCheck();
        }),
    );
    onCleanup(stop);
  });
  const seen = (eventId: string) => void markSeen(db, eventId, Date.now());
  return (
    <For each={unseenDue(reminders(), now())}>
      {(reminder) => (
        <div class="notice warn reminder-banner" role="alert" data-testid="reminder-banner">
          <p>{t('events.banner', { title: reminder.title, time: whenText(reminder.startsAt, now()) })}</p>
          <div class="row">
            <A href={`/events/${reminder.eventId}`} class="button primary" onClick={() => seen(reminder.eventId)}>
              {t('events.bannerOpen')}
            </A>
            <button type="button" class="button" onClick={() => seen(reminder.eventId)}>
              {t('events.bannerClose')}
            </button>
          </div>
        </div>
      )}
    </For>
  );
}
