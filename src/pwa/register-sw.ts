/**
 * Service worker registration. A new build waits until the user taps "有新版本，点击更新";
 * then it takes over and the page reloads once. No SW in dev (vite serves no sw.js).
 * workbox-window is imported here on demand: registering can wait for the first screen.
 */
export async function registerServiceWorker(onUpdateReady: (apply: () => void) => void): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    onUpdateReady(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register().catch((error) => console.warn('[sw] registration failed', error));
}
