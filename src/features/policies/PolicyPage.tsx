/**
 * One policy: the plain summary first (能领多少、谁能领、去哪办), then where it applies, the
 * full text, who issued it and when it takes effect; 朗读 reads the summary and the text.
 * Desks that may change it see 修改政策.
 */
import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { mayPublishPolicy } from '../../core/access';
import { type Policy, recordKey } from '../../core/records';
import { regionPath } from '../../core/regions';
import { useActor } from '../../ui/actor';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { PolicySummary, summaryLines } from './PolicySummary';
import { policyById } from './policies.repo';
import { t, topicWord } from './strings';

/** "西宁市 城中区", "青海省": the places a policy names, each at its own level. */
const placesOf = (policy: Policy) =>
  policy.regionCodes.length === 0
    ? t('policy.everywhere')
    : policy.regionCodes
        .map((code) =>
          regionPath(code)
            .slice(-2)
            .map((r) => r.name)
            .join(' '),
        )
        .join('、');

/** What 朗读 reads: the title, the summary's lines with their labels, then the full text. */
const spoken = (policy: Policy) => [
  policy.title,
  ...summaryLines(policy).map((line) => `${line.label}：${line.text}`),
  policy.body,
];

export default function PolicyPage() {
  const { db } = useServices();
  const params = useParams<{ id: string }>();
  const actor = useActor();
  const policy = createLiveQuery(
    () => params.id,
    (id) => policyById(db, id).then((p) => p ?? false),
    null,
  );
  const pending = createPendingKeys(db);
  return (
    <section class="page">
      <A href="/policies" class="back">
        ‹ {t('policy.back')}
      </A>
      <Show when={policy() !== null}>
        <Show when={policy()} fallback={<p class="empty">{t('policy.notOnDevice')}</p>}>
          {(p) => (
            <article data-testid="policy-page">
              <h2 class="page-title">{p().title}</h2>
              <div class="chips">
                {p().tags.map((tag) => (
                  <span class="chip">{topicWord(tag)}</span>
                ))}
                <Show when={pending().has(recordKey('policy', p().id))}>
                  <span class="chip chip-pending" data-testid="local-only">
                    {t('sync.localOnly')}
                  </span>
                </Show>
              </div>
              <PolicySummary policy={p()} />
              <ReadAloud text={spoken(p())} />
              <p class="notice">
                {placesOf(p())}
                <Show when={p().effectiveOn}>{(date) => ` · ${t('policy.since', { date: date() })}`}</Show>
              </p>
              <h3>{t('policy.fullText')}</h3>
              <div class="policy-body" data-testid="policy-body">
                {p()
                  .body.split(/\n+/)
                  .map((paragraph) => (
                    <p>{paragraph}</p>
                  ))}
              </div>
              <dl class="facts">
                <Show when={p().source}>
                  <dt>{t('policy.source')}</dt>
                  <dd>{p().source}</dd>
                </Show>
                <dt>{t('policy.publishedOn')}</dt>
                <dd>{p().publishedOn}</dd>
                <Show when={p().effectiveOn}>
                  <dt>{t('policy.effectiveOn')}</dt>
                  <dd>{p().effectiveOn}</dd>
                </Show>
                <Show when={p().validUntil}>
                  <dt>{t('policy.validUntil')}</dt>
                  <dd>{p().validUntil}</dd>
                </Show>
              </dl>
              <Show when={mayPublishPolicy(actor(), p().regionCodes)}>
                <A href={`/policies/new?edit=${p().id}`} class="button wide" data-testid="policy-edit">
                  {t('policy.edit')}
                </A>
              </Show>
            </article>
          )}
        </Show>
      </Show>
    </section>
  );
}
