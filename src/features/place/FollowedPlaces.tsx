/** 我的 › 我关注的地区: the followed counties as chips named with their city, changed with the picker. */
import { createSignal, For, Show } from 'solid-js';
import { MAX_FOLLOWED_COUNTIES } from '../../core/protocol';
import { countyWithCity } from '../../core/regions/names';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { placeChoice } from './choice';
import { followPlace, unfollowCounty } from './place.repo';
import PlacePicker from './PlacePicker';
import { t } from './strings';

export default function FollowedPlaces() {
  const { db, scheduler } = useServices();
  const choice = createLiveQuery(
    () => null,
    () => placeChoice(db),
    { asking: false, counties: [], nearFirst: [] },
  );
  const [picking, setPicking] = createSignal(false);
  const changed = () => void scheduler.syncNow();
  return (
    <div data-testid="followed-places">
      <h3>{t('place.followed')}</h3>
      <p class="muted">{t('place.followedHint', { n: MAX_FOLLOWED_COUNTIES })}</p>
      <div class="chips" data-testid="follow-counties">
        <For each={choice().counties}>
          {(county) => (
            <button
              type="button"
              class="toggle small on"
              aria-label={t('place.remove', { county: countyWithCity(county) })}
              onClick={() => void unfollowCounty(db, county).then(changed)}
            >
              {countyWithCity(county)} ✕
            </button>
          )}
        </For>
      </div>
      <Show when={choice().counties.length === 0}>
        <p class="muted">{choice().asking ? t('place.none') : t('place.everywhere')}</p>
      </Show>
      <Show
        when={picking()}
        fallback={
          <button type="button" class="button wide" data-testid="place-add" onClick={() => setPicking(true)}>
            {t('place.add')}
          </button>
        }
      >
        <Show when={choice().counties.length >= MAX_FOLLOWED_COUNTIES}>
          <p class="notice">{t('place.full', { n: MAX_FOLLOWED_COUNTIES })}</p>
        </Show>
        <PlacePicker
          onPick={(code) => {
            setPicking(false);
            void followPlace(db, code).then(changed);
          }}
          onCancel={() => setPicking(false)}
        />
      </Show>
    </div>
  );
}
