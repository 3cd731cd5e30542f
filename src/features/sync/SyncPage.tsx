/** 我的: sync state in full — what waits to be sent, what the server sent back and why. */
import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { db, scheduler } from '../../app/services';
import { lang, setLang, t } from '../../i18n';
import { createLiveQuery } from '../../ui/live';
import { MAX_FOLLOWED_COUNTIES } from '../../core/protocol';
import { counties } from '../../core/regions';
import { AccountPanel } from '../account/AccountPanel';
import { openReviewCount } from '../seekers/seekers.repo';
import { pendingEntries, rejectedEntries } from '../../db/outbox';
import { followCounties, followedCounties } from './sync.repo';

/** True when the browser may evict this site's data under storage pressure (not persisted). */
async function storageAtRisk(): Promise<boolean> {
  return navigator.storage?.persisted ? !(await navigator.storage.persisted()) : false;
}

export default function SyncPage() {
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
        {t('sync.now')}
      </button>
      <A href="/complaints/new" class="button wide warn" data-testid="complaint-link">
        {t('complaint.cta')}
      </A>
      <A href="/complaints" class="button wide">
        {t('complaint.listTitle')}
      </A>
      <A href="/profile" class="button wide">
        {t('seeker.titleSelf')}
      </A>
      <A href="/seekers/new" class="button wide" data-testid="register-seeker">
        {t('seeker.titleStaff')}
      </A>
      <Show when={reviewCount() > 0}>
        <A href="/reviews" class="button wide warn" data-testid="reviews-link">
          {t('review.link', { n: reviewCount() })}
        </A>
      </Show>
      <Show when={atRisk() && pending().length > 0}>
        <p class="notice warn" data-testid="storage-warning">
          {t('sync.storageWarning')}
        </p>
      </Show>
      <h3>{t('sync.pendingTitle')}</h3>
      <p class="muted">{t('sync.pendingHint')}</p>
      <ul class="cards" data-testid="pending-list">
        <For each={pending()}>
          {(entry) => (
            <li class="card">
              #{entry.seq} {entry.name} · {new Date(entry.at).toLocaleString()}
            </li>
          )}
        </For>
      </ul>
      <Show when={rejected().length > 0}>
        <h3>{t('sync.rejectedTitle')}</h3>
        <p class="muted">{t('sync.rejectedHint')}</p>
        <ul class="cards" data-testid="rejected-list">
          <For each={rejected()}>
            {(entry) => (
              <li class="card warn">
                #{entry.seq} {entry.name}: {entry.message}
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
    </section>
  );
}
