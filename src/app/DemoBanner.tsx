/**
 * 演示数据: the server runs the demo county (`npm start`, DEMO=1), whose accounts and jobs are
 * not real. The server says so in GET /api/health; the answer is remembered so the banner
 * shows on an offline start too.
 */
import { createSignal, onMount, Show } from 'solid-js';
import { t } from '../i18n';

const REMEMBERED = 'gig-station.demo';

export function DemoBanner() {
  const [demo, setDemo] = createSignal(localStorage.getItem(REMEMBERED) === '1');
  onMount(() => {
    fetch('/api/health')
      .then((response) => (response.ok ? (response.json() as Promise<{ demo?: boolean }>) : undefined))
      .then((health) => {
        if (!health) return;
        setDemo(health.demo === true);
        localStorage.setItem(REMEMBERED, health.demo ? '1' : '0');
      })
      .catch(() => undefined); // offline: the remembered answer stands
  });
  return (
    <Show when={demo()}>
      <p class="demo-banner" role="note" data-testid="demo-banner">
        {t('demo.banner')}
      </p>
    </Show>
  );
}
