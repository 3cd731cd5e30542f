/**
 * 待核对: what the server would not decide alone. Two registrations that look like one
 * person: the desk sees both side by side and chooses which record to keep, or says they are
 * two people; when one is a worker's own (its phone is their login phone) and the phones
 * differ, the desk must first check the person's ID face to face. A merge can be undone.
 * Identity changes made on an old copy of a profile are shown to be seen. Works offline; the
 * decision syncs like any other write.
 */
import { createSignal, For, Show } from 'solid-js';
import type { Review, Seeker } from '../../core/records';
import { needsIdentityCheck } from '../../core/seekers';
import { maskPhone } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { openReviews, recentMerges } from './seekers.repo';
import { t } from './strings';

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

/** One profile of a possible duplicate, as a column to compare, with the button that keeps it. */
function ProfileColumn(props: { seeker: Seeker; kept: boolean; onKeep: () => void }) {
  const s = () => props.seeker;
  return (
    <div class="compare-column">
      <dl class="facts">
        <dt>{t('seeker.name')}</dt>
        <dd>
          <strong>{s().name}</strong>
        </dd>
        <dt>{t('review.phone')}</dt>
        <dd>{s().phone ? maskPhone(s().phone!) : '—'}</dd>
        <dt>{t('seeker.birthYear')}</dt>
        <dd>{s().birthYear ?? '—'}</dd>
        <dt>{t('seeker.village')}</dt>
        <dd>{s().village || '—'}</dd>
      </dl>
      <p class="muted">{t(s().registeredBy === 'self' ? 'review.bySelf' : 'review.byStaff')}</p>
      <button
        type="button"
        class={props.kept ? 'toggle wide on' : 'toggle wide'}
        aria-pressed={props.kept}
        onClick={props.onKeep}
      >
        {t('review.keepThis')}
      </button>
    </div>
  );
}

function DuplicateReview(props: { review: Review; seekers: (Seeker | undefined)[] }) {
  const { write } = useServices();
  const [keep, setKeep] = createSignal<string>();
  const [checked, setChecked] = createSignal(false);
  const present = () => props.seekers.filter((s): s is Seeker => s !== undefined);
  const comparable = () => present().length === props.seekers.length;
  const needsCheck = () => needsIdentityCheck(present());
  const ready = () => keep() !== undefined && (!needsCheck() || checked());
  const merge = () =>
    void write('review.resolve', {
      id: props.review.id,
      outcome: 'merged',
      keep: keep(),
      identityChecked: needsCheck() ? checked() : undefined,
    });
  return (
    <>
      <Show
        when={comparable()}
        fallback={<For each={props.seekers}>{(seeker) => <ProfileLine seeker={seeker} />}</For>}
      >
        <div class="compare" data-testid="compare">
          <For each={present()}>
            {(seeker) => (
              <ProfileColumn seeker={seeker} kept={keep() === seeker.id} onKeep={() => setKeep(seeker.id)} />
            )}
          </For>
        </div>
        <Show when={needsCheck()}>
          <p class="notice warn">{t('review.identityNeeded')}</p>
          <button
            type="button"
            class={checked() ? 'toggle wide on' : 'toggle wide'}
            aria-pressed={checked()}
            onClick={() => setChecked(!checked())}
          >
            {t('review.identityChecked')}
          </button>
        </Show>
        <button type="button" class="button primary wide" disabled={!ready()} onClick={merge}>
          {keep() ? t('review.merge') : t('review.chooseKeep')}
        </button>
      </Show>
      <button
        type="button"
        class="button wide"
        onClick={() => void write('review.resolve', { id: props.review.id, outcome: 'dismissed' })}
      >
        {t('review.notSame')}
      </button>
    </>
  );
}

export default function ReviewsPage() {
  const { db, write } = useServices();
  const reviews = createLiveQuery(
    () => null,
    () => openReviews(db),
    [],
  );
  const merges = createLiveQuery(
    () => null,
    () => recentMerges(db),
    [],
  );
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
              <p class="muted">{review.detail}</p>
              <Show
                when={review.kind === 'possible_duplicate'}
                fallback={
                  <>
                    <For each={seekers}>{(seeker) => <ProfileLine seeker={seeker} />}</For>
                    <button
                      type="button"
                      class="button wide"
                      onClick={() => void write('review.resolve', { id: review.id, outcome: 'dismissed' })}
                    >
                      {t('review.seen')}
                    </button>
                  </>
                }
              >
                <DuplicateReview review={review} seekers={seekers} />
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={merges().length > 0}>
        <h3>{t('review.recentMerges')}</h3>
        <ul class="cards" data-testid="merges">
          <For each={merges()}>
            {({ review, kept }) => (
              <li class="card">
                <p>{t('review.mergedInto', { name: kept?.name ?? t('review.notOnDevice') })}</p>
                <button
                  type="button"
                  class="button wide"
                  onClick={() => void write('review.undoMerge', { id: review.id })}
                >
                  {t('review.undo')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
