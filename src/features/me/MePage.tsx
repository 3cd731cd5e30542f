/** 我的: the account, sync state in full (what waits to be sent, what the server refused and why), counties, language. */
import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { MAX_FOLLOWED_COUNTIES } from '../../core/protocol';
import { counties } from '../../core/regions';
import { lang, setLang } from '../../i18n';
import { errorText } from '../../ui/errors';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { AccountPanel } from '../account';
import { openReviewCount } from '../seekers';
import { StoragePanel } from '../storage';
import { pendingEntries, rejectedEntries } from '../../db/outbox';
import { followCounties, followedCounties } from './me.repo';
import { t } from './strings';
import { writeName } from './writes';

/** True when the browser may evict this site's data under storage pressure (not persisted). */
async function storageAtRisk(): Promise<boolean> {
  return navigator.storage?.persisted ? !(await navigator.storage.persisted()) : false;
}

export default function MePage() {
  const { db, scheduler } = useServices();
  const [atRisk] = createResource(storageAtRisk);
  const followed = createLiveQuery(
    () => null,
    () => followedCounties(db),
    [],
  );
  const toggleCounty = async (code: string) => {
    const list = followed();
    const next = list.includes(code) ? list.filter((c) => c !== code) : [...list, code].slice(-MAX_FOLLOWED_COUNTIES);
    await followCounties(db, next);
    void scheduler.syncNow();
  };
  const pending = createLiveQuery(
    () => null,
    () => pendingEntries(db),
    [],
  );
  const reviewCount = createLiveQuery(
    () => null,
    () => openReviewCount(db),
    0,
  );
  const rejected = createLiveQuery(
    () => null,
    () => rejectedEntries(db),
    [],
  );
  return (
    <section class="page">
      <h2 class="page-title">{t('me.title')}</h2>
      <p class="muted">{t('me.about')}</p>
      <AccountPanel />
      <button type="button" class="button primary wide" onClick={() => void scheduler.syncNow()}>
        {t('me.syncNow')}
      </button>
      <A href="/complaints/new" class="button wide warn" data-testid="complaint-link">
        {t('me.complaint')}
      </A>
      <A href="/complaints" class="button wide">
        {t('me.complaints')}
      </A>
      <A href="/profile" class="button wide">
        {t('me.profile')}
      </A>
      <A href="/seekers/new" class="button wide" data-testid="register-seeker">
        {t('me.registerSeeker')}
      </A>
      <Show when={reviewCount() > 0}>
        <A href="/reviews" class="button wide warn" data-testid="reviews-link">
          {t('me.reviews', { n: reviewCount() })}
        </A>
      </Show>
      <Show when={atRisk() && pending().length > 0}>
        <p class="notice warn" data-testid="storage-warning">
          {t('me.storageWarning')}
        </p>
      </Show>
      <h3>{t('me.pendingTitle')}</h3>
      <p class="muted">{t('me.pendingHint')}</p>
      <ul class="cards" data-testid="pending-list">
        <For each={pending()}>
          {(entry) => (
            <li class="card">
              #{entry.seq} {writeName(entry.name)} · {new Date(entry.at).toLocaleString()}
            </li>
          )}
        </For>
      </ul>
      <Show when={rejected().length > 0}>
        <h3>{t('me.rejectedTitle')}</h3>
        <p class="muted">{t('me.rejectedHint')}</p>
        <ul class="cards" data-testid="rejected-list">
          <For each={rejected()}>
            {(entry) => (
              <li class="card warn">
                #{entry.seq} {writeName(entry.name)}: {errorText(entry.code, entry.field)}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>{t('me.counties')}</h3>
      <p class="muted">{t('me.countiesHint', { n: MAX_FOLLOWED_COUNTIES })}</p>
      <div class="chips" data-testid="follow-counties">
        <For each={counties()}>
          {(county) => (
            <button
              type="button"
              class={followed().includes(county.code) ? 'toggle small on' : 'toggle small'}
              aria-pressed={followed().includes(county.code)}
              onClick={() => void toggleCounty(county.code)}
            >
              {county.name}
            </button>
          )}
        </For>
      </div>
      <p class="muted">{followed().length === 0 ? t('me.allCounties') : ''}</p>
      <h3>{t('me.language')}</h3>
      <button type="button" class="button wide" onClick={() => setLang(lang() === 'zh' ? 'en' : 'zh')}>
        {t('lang.switch')}
      </button>
      <StoragePanel />
    </section>
  );
}
