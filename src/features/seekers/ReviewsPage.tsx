/**
 * 待核对: what the server would not decide alone. Two registrations that look like one
 * person (merge them, or say they are two people) and identity changes made on an old copy
 * of a profile. Works offline; the decision syncs like any other write.
 */
import { For, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import type { Review, Seeker } from '../../core/records';
import { t } from './strings';
import { maskPhone } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { openReviews } from './seekers.repo';

function ProfileLine(props: { seeker: Seeker | undefined }) {
  return (
    <Show when={props.seeker} fallback={<p class="muted">{t('review.notOnDevice')}</p>}>
      {(s) => (
        <p>
          <strong>{s().name}</strong> {s().phone ? maskPhone(s().phone!) : ''} {s().birthYear ?? ''} {s().village ?? ''}
          <span class="muted"> · {t(s().registeredBy === 'self' ? 'review.bySelf' : 'review.byStaff')}</span>
        </p>
      )}
    </Show>
  );
}

export default function ReviewsPage() {
  const { db, write } = useServices();
  const reviews = createLiveQuery(
    () => null,
    () => openReviews(db),
    [],
  );
  const decide = (review: Review, outcome: 'merged' | 'dismissed') =>
    void write('review.resolve', { id: review.id, outcome });
  return (
    <section class="page">
      <h2 class="page-title">{t('review.title')}</h2>
      <Show when={reviews().length === 0}>
        <p class="muted">{t('review.none')}</p>
      </Show>
      <ul class="cards" data-testid="reviews">
        <For each={reviews()}>
          {({ review, seekers }) => (
            <li class="card" data-testid="review">
              <p>
                <strong>{t(review.kind === 'possible_duplicate' ? 'review.duplicate' : 'review.identity')}</strong>
              </p>
              <For each={seekers}>{(seeker) => <ProfileLine seeker={seeker} />}</For>
              <p class="muted">{review.detail}</p>
              <Show
                when={review.kind === 'possible_duplicate'}
                fallback={
                  <button type="button" class="button wide" onClick={() => decide(review, 'dismissed')}>
                    {t('review.seen')}
                  </button>
                }
              >
                <button type="button" class="button primary wide" onClick={() => decide(review, 'merged')}>
                  {t('review.merge')}
                </button>
                <button type="button" class="button wide" onClick={() => decide(review, 'dismissed')}>
                  {t('review.notSame')}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
