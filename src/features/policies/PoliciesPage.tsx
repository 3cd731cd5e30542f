/**
 * 政策: the policies in force where the user is (the counties they follow and their
 * provinces, plus those for everywhere), newest first, filtered by topic. Each card starts
 * with the plain summary. Read from the phone, so it works without signal.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { mayPublishPolicy } from '../../core/access';
import { useActor } from '../../ui/actor';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { placeChoice } from '../place';
import { PolicySummary, summaryLines } from './PolicySummary';
import { currentPolicies, topicsOf } from './policies.repo';
import { t, topicWord } from './strings';

export default function PoliciesPage() {
  const { db } = useServices();
  const actor = useActor();
  const policies = createLiveQuery(
    () => null,
    async () => currentPolicies(db, (await placeChoice(db)).nearFirst),
    undefined,
  );
  /** The topic chosen; '' for every topic. */
  const [topic, setTopic] = createSignal('');
  const topics = createMemo(() => topicsOf(policies() ?? []));
  const shown = createMemo(() => (policies() ?? []).filter((p) => !topic() || p.tags.includes(topic())));

  return (
    <section class="page" data-testid="policies">
      <h2 class="page-title">{t('policy.listTitle')}</h2>
      <p class="muted">{t('policy.listHint')}</p>
      <Show when={mayPublishPolicy(actor())}>
        <A href="/policies/new" class="button primary wide" data-testid="policy-new">
          {t('policy.publish')}
        </A>
      </Show>
      <Show when={topics().length > 1}>
        <div class="chips policy-topics" role="group" aria-label={t('policy.topics')}>
          <For each={['', ...topics()]}>
            {(option) => (
              <button
                type="button"
                class={topic() === option ? 'toggle small on' : 'toggle small'}
                aria-pressed={topic() === option}
                onClick={() => setTopic(option)}
              >
                {option ? topicWord(option) : t('policy.all')}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={policies() && shown().length === 0}>
        <p class="muted">{topic() ? t('policy.noneInTopic') : t('policy.none')}</p>
      </Show>
      <ul class="cards">
        <For each={shown()}>
          {(policy) => (
            <li class="card">
              <A href={`/policies/${policy.id}`} class="policy-card" data-testid="policy-card">
                <strong class="policy-card-title">{policy.title}</strong>
                <Show
                  when={summaryLines(policy).length > 0}
                  fallback={<span class="policy-card-body">{policy.body}</span>}
                >
                  <PolicySummary policy={policy} />
                </Show>
                <span class="policy-card-meta">
                  {policy.tags.map(topicWord).join(' · ')}
                  {policy.tags.length > 0 ? ' · ' : ''}
                  {policy.publishedOn}
                </span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
