/** The frame around every page: title, sync badge, language switch, tab bar. */
import { A } from '@solidjs/router';
import { type Component, createEffect, createSignal, type JSX, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { holdsReminders, loadReminderWatch } from '../features/events';
import { SyncBadge } from '../features/sync';
import { lang, setLang, t } from '../i18n';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { createLiveQuery } from '../ui/live';
import { useServices } from '../ui/services';
import { BrowserLimits } from './BrowserLimits';
import { DemoBanner } from './DemoBanner';
import { StorageLost } from './StorageLost';

/** Tab icons as plain SVG paths (24×24): no icon font, no emoji an old phone may lack. */
const TABS = [
  {
    href: '/',
    label: 'tab.jobs',
    icon: 'M10 3a7 7 0 1 1 0 14 7 7 0 0 1 0-14zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10zm5.3 10.9 5.4 5.4-1.4 1.4-5.4-5.4z',
  },
  {
    href: '/stations',
    label: 'tab.stations',
    icon: 'M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  },
  {
    href: '/services',
    label: 'tab.services',
    icon: 'M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z',
  },
  { href: '/post', label: 'tab.post', icon: 'M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z' },
  {
    href: '/me',
    label: 'tab.me',
    icon: 'M12 3a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 11c4.4 0 8 2.2 8 5v2H4v-2c0-2.8 3.6-5 8-5z',
  },
] as const;

export function Shell(props: { children?: JSX.Element }) {
  const { db } = useServices();
  const [reminderWatch, setReminderWatch] = createSignal<Component>();
  // The watch loads once the phone holds a reminder: a first visit fetches and runs none of it.
  const anyReminder = createLiveQuery(
    () => null,
    () => holdsReminders(db),
    false,
  );
  createEffect(() => {
    if (anyReminder() && !reminderWatch()) void loadReminderWatch().then((watch) => setReminderWatch(() => watch));
  });
  return (
    <div class="shell">
      <header class="top">
        <h1 class="app-name">{t('appName')}</h1>
        <button type="button" class="lang" onClick={() => setLang(lang() === 'zh' ? 'en' : 'zh')}>
          {t('lang.switch')}
        </button>
      </header>
      <DemoBanner />
      <BrowserLimits />
      <SyncBadge />
      <UpdatePrompt />
      <StorageLost />
      <Show when={reminderWatch()}>{(watch) => <Dynamic component={watch()} />}</Show>
      <main class="content">{props.children}</main>
      <nav class="tabs" aria-label="main">
        {TABS.map((tab) => (
          <A href={tab.href} end={tab.href === '/'} class="tab" activeClass="active">
            <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
              <path d={tab.icon} fill="currentColor" />
            </svg>
            <span>{t(tab.label)}</span>
          </A>
        ))}
      </nav>
    </div>
  );
}
