/** Whether the browser says it has a network, live: for what needs the server now (uploads, downloads, 全县). */
import { createSignal, onCleanup } from 'solid-js';

export function createOnline() {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onCleanup(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return online;
}
