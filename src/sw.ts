/// <reference lib="webworker" />
/**
 * The service worker: the app shell and its assets are precached, so the app opens with
 * no network at all. Navigations fall back to the cached shell; the sync API is never
 * cached (the app's data lives in IndexedDB, not in HTTP caches); station photos are. It also shows 提醒我's
 * due reminders as notifications, whenever something wakes it (docs/ARCHITECTURE.md says when).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { showDueReminders } from './pwa/reminder-check';

const STATION_PHOTO = /^\/api\/stations\/[^/]+\/photo$/;

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));
// Built files left out of the precache (vite.config.ts › CACHED_ON_FIRST_USE) are kept on first
// use. Their names carry a content hash, so a cached copy never goes stale; old builds' copies
// age out of the small cache.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: 'assets-on-first-use', plugins: [new ExpirationPlugin({ maxEntries: 20 })] }),
);
// Station photos are fetched as `?v=<hash>`: a URL names one picture for good, so a photo seen
// once shows offline; a new photo has a new URL. A few dozen stations' photos at most.
registerRoute(
  ({ url }) => url.origin === self.location.origin && STATION_PHOTO.test(url.pathname) && url.searchParams.has('v'),
  new CacheFirst({
    cacheName: 'station-photos',
    plugins: [new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 60 * 24 * 3600 })],
  }),
);

// A waiting build takes over only when the user taps the update prompt. An open page asks
// for a reminder check when it loads, comes back into view, and every minute while open.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (event.data?.type === 'CHECK_REMINDERS') event.waitUntil(showDueReminders(self.registration));
});
// With no page open, only periodic background sync wakes the worker (Chrome, installed app,
// at the browser's own pace): reminders can come late, or only at the next app open.
self.addEventListener('periodicsync', ((event: ExtendableEvent & { tag: string }) => {
  if (event.tag === 'reminders') event.waitUntil(showDueReminders(self.registration));
}) as EventListener);
// Tapping a reminder opens its session: in the app's open window if there is one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url: string = event.notification.data?.url ?? '/';
  event.waitUntil(
    (async () => {
      const [open] = await self.clients.matchAll({ type: 'window' });
      if (!open) return void (await self.clients.openWindow(url));
      await open.focus();
      await open.navigate(url);
    })(),
  );
});
// The very first install controls the open page at once, so it works offline on next load.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
