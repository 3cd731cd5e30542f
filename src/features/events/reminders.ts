/**
 * 提醒我 on the page's side: asking for notification permission (only when the user taps
 * 提醒我), and asking the service worker to show what is due (src/pwa/reminder-check.ts).
 */
const MINUTE = 60_000;

/** What a reminder can do on this phone: notify, or only show in the app. */
export type NotifyState = 'granted' | 'denied' | 'unsupported';

export function notifyState(): NotifyState {
  if (typeof Notification === 'undefined' || !('serviceWorker' in navigator)) return 'unsupported';
  return Notification.permission === 'granted' ? 'granted' : 'denied';
}

/** The permission question, asked now that the user tapped 提醒我 (and never before). */
export async function askToNotify(): Promise<NotifyState> {
  if (notifyState() === 'unsupported') return 'unsupported';
  if (Notification.permission === 'default') await Notification.requestPermission();
  const state = notifyState();
  if (state === 'granted') void checkPeriodically();
  return state;
}

/**
 * Where the browser offers periodic background sync (Chrome, an installed app), it wakes the
 * worker now and then with no page open; the browser decides how often, so it can be hours.
 */
async function checkPeriodically(): Promise<void> {
  const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
    periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
  };
  await registration.periodicSync?.register('reminders', { minInterval: 15 * MINUTE }).catch(() => undefined);
}

/** Ask the service worker to show the reminders that are due now. */
export function askWorkerToCheck(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: 'CHECK_REMINDERS' }),
  );
}

/** While a page is open: check now, whenever it comes back into view, and every minute. */
export function whileOpen(check: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  check();
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(check, MINUTE);
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  };
}
