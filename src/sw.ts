/// <reference lib="webworker" />
/**
 * The service worker: the app shell and its assets are precached, so the app opens with
 * no network at all. Navigations fall back to the cached shell; the sync API is never
 * cached (the app's data lives in IndexedDB, not in HTTP caches).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

// A waiting build takes over only when the user taps the update prompt.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The very first install controls the open page at once, so it works offline on next load.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
