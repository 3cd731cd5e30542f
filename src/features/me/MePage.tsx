/**
 * 我的: the account, then the role's own work first (a small switch on the role: a worker's
 * applications, 求助 and profile; an employer's postings; staff's day and tools), then the
 * sync state in full (what waits to be sent, in words, and what the server refused and why),
 * the places followed and the language. The reminders set on the phone (我的提醒) sit below the role's work.
 */
import { A } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, Match, Show, Suspense, Switch } from 'solid-js';
import { DESK_ROLES, isStaff } from '../../core/access';
import { lang, setLang } from '../../i18n';
import { useActor } from '../../ui/actor';
import { elder, setElder } from '../../ui/elder';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { AccountPanel } from '../account';
import { DeskHome, FieldHome } from '../desk';
import { ReminderList } from '../events';
import { FollowedPlaces } from '../place';
import { AnonymousHome, EmployerHome, StaffHome, WorkerHome } from './Homes';
import { heldWrites, loadWording, pendingLines, refusedLines, type Wording } from './me.repo';
import { StoragePanel } from '../storage';
import { t } from './strings';

/**
 * The parts every role's 我的 shows, fetched with the page rather than after it: each one
 * arriving later pushed the rest of the page down (a layout shift of 0.09-0.3 on a first visit).
 */
export const partsLoaded = Promise.all([
  AccountPanel.preload(),
  ReminderList.preload(),
  FollowedPlaces.preload(),
  StoragePanel.preload(),
]);

/** True when the browser may evict this site's data under storage pressure (not persisted). */
async function storageAtRisk(): Promise<boolean> {
  return navigator.storage?.persisted ? !(await navigator.storage.persisted()) : false;
}

/** Unsent writes older than this many days are at risk too: 我的 offers to export them to a file. */
const UNSENT_DAYS = 3;

export default function MePage() {
  const { db, scheduler } = useServices();
  const actor = useActor();
  const [atRisk] = createResource(storageAtRisk);
  // The words for writes (and the mutators the outbox's rules bring) load only once there is a
  // write to word: a first visit, with none, paints without them.
  const held = createLiveQuery(
    () => null,
    () => heldWrites(db),
    0,
  );
  const [wording, setWording] = createSignal<Wording | null>(null);
  let wordingAsked = false;
  createEffect(() => {
    if (held() === 0 || wordingAsked) return;
    wordingAsked = true;
    void loadWording().then(setWording);
  });
  const pending = createLiveQuery(wording, (w) => (w ? pendingLines(db, w) : Promise.resolve([])), []);
  const rejected = createLiveQuery(wording, (w) => (w ? refusedLines(db, w) : Promise.resolve([])), []);
  const waitedLong = () => pending().some((line) => Date.now() - line.at > UNSENT_DAYS * 86_400_000);
  const waitingForLogin = createLiveQuery(wording, (w) => (w ? w.waitingForLoginCount(db) : Promise.resolve(0)), 0);
  const account = () => (
    <>
      <AccountPanel />
      <Show when={waitingForLogin() > 0}>
        <p class="notice warn" data-testid="me-waiting-login">
          {t('me.waitingLogin', { n: waitingForLogin() })}
        </p>
        <A href="/login" class="button primary wide">
          {t('me.loginToSend')}
        </A>
      </Show>
    </>
  );
  const roleHome = () => (
    <>
      <Switch>
        <Match when={actor().role === 'worker'}>
          <WorkerHome />
        </Match>
        <Match when={actor().role === 'employer'}>
          <EmployerHome />
        </Match>
        <Match when={isStaff(actor())}>
          <Show when={DESK_ROLES.includes(actor().role)}>
            <DeskHome />
          </Show>
          <Show when={actor().role === 'field_staff'}>
            <FieldHome />
          </Show>
          <StaffHome />
        </Match>
        <Match when={actor().role === 'anonymous'}>
          <AnonymousHome />
        </Match>
      </Switch>
      <Suspense>
        <ReminderList />
      </Suspense>
    </>
  );
  return (
    <section class="page">
      <h2 class="page-title">{t('me.title')}</h2>
      <button
        type="button"
        class={elder() ? 'toggle wide on' : 'toggle wide'}
        aria-pressed={elder()}
        data-testid="elder-toggle"
        onClick={() => setElder(!elder())}
      >
        {t('me.elder')}
      </button>
      {/* 长辈模式: the role's own work first, the account after it. */}
      <Show when={elder()} fallback={[account(), roleHome()]}>
        {[roleHome(), account()]}
      </Show>
      <h3>{t('me.pendingTitle')}</h3>
      <p class="muted">{t('me.pendingHint')}</p>
      <button type="button" class="button wide" onClick={() => void scheduler.syncNow()}>
        {t('me.syncNow')}
      </button>
      <Show when={(atRisk() || waitedLong()) && pending().length > 0}>
        <p class="notice warn" data-testid="storage-warning">
          {waitedLong() ? t('me.unsentOld', { days: UNSENT_DAYS }) : t('me.storageWarning')}
        </p>
        {/* Nothing is lost if the browser clears the site: the writes travel as a file (src/features/syncfile). */}
        <A href="/syncfile/export" class="button wide warn" data-testid="me-export-unsent">
          {t('me.exportUnsent')}
        </A>
      </Show>
      <ul class="cards" data-testid="pending-list">
        <For each={pending()} fallback={<li class="muted">{t('me.nothingPending')}</li>}>
          {(line) => (
            <li class="card" data-testid="pending-item">
              {line.text} · {new Date(line.at).toLocaleString()}
            </li>
          )}
        </For>
      </ul>
      <Show when={rejected().length > 0}>
        <h3>{t('me.rejectedTitle')}</h3>
        <p class="muted">{t('me.rejectedHint')}</p>
        <ul class="cards" data-testid="rejected-list">
          <For each={rejected()}>
            {(line) => (
              <li class="card warn">
                <strong>{line.text}</strong>
                <br />
                {line.reason}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <FollowedPlaces />
      <h3>{t('me.language')}</h3>
      <button type="button" class="button wide" onClick={() => setLang(lang() === 'zh' ? 'en' : 'zh')}>
        {t('lang.switch')}
      </button>
      <p class="muted">{t('me.about')}</p>
      <StoragePanel />
    </section>
  );
}
