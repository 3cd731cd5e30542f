/**
 * The place picker: search by hanzi or pinyin, browse province → city → county → town, or
 * "用我的位置" (the county of the nearest station). Works offline: the region table and its
 * pinyin ship with this chunk, and stations are read from the phone.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { regionName, regionPath } from '../../core/regions';
import { CODE_LENGTH } from '../../core/regions/codes';
import { countyWithCity } from '../../core/regions/names';
import { requestPosition } from '../../ui/geolocation';
import { useServices } from '../../ui/services';
import { nearestCounty } from './nearest';
import { placesUnder, searchPlaces } from './search';
import { t } from './strings';

export default function PlacePicker(props: { onPick: (code: string) => void; onCancel?: () => void }) {
  const { db } = useServices();
  const [query, setQuery] = createSignal('');
  const [parent, setParent] = createSignal('');
  const [locating, setLocating] = createSignal(false);
  const [located, setLocated] = createSignal<'denied' | undefined>();
  const found = createMemo(() => searchPlaces(query()));
  const below = createMemo(() => placesUnder(parent()));

  const [nearest, setNearest] = createSignal<{ county: string; text: string }>();
  const useMyPosition = async () => {
    setLocating(true);
    setLocated(undefined);
    const here = await requestPosition();
    const nearest = here ? nearestCounty(here, await db.stations.toArray()) : undefined;
    setLocating(false);
    if (!nearest) return setLocated('denied');
    // The user sees which station decided it before anything downloads: they may pick another place.
    setNearest({
      county: nearest.county,
      text: t('place.nearest', {
        station: nearest.station.name,
        km: (nearest.meters / 1000).toFixed(nearest.meters < 10_000 ? 1 : 0),
        county: countyWithCity(nearest.county),
      }),
    });
  };

  return (
    <div class="place-picker" data-testid="place-picker">
      <button type="button" class="button wide" onClick={() => void useMyPosition()} disabled={locating()}>
        {locating() ? t('place.locating') : t('place.useMine')}
      </button>
      <Show when={located() === 'denied'}>
        <p class="notice warn" data-testid="place-denied">
          {t('place.denied')}
        </p>
      </Show>
      <Show when={nearest()}>
        {(near) => (
          <div class="notice">
            <p>{near().text}</p>
            <button type="button" class="button primary wide" onClick={() => props.onPick(near().county)}>
              {t('place.chooseCounty', { county: countyWithCity(near().county) })}
            </button>
          </div>
        )}
      </Show>
      <label class="field">
        <span class="field-label">{t('place.searchLabel')}</span>
        <input
          type="search"
          name="place"
          placeholder={t('place.search')}
          value={query()}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      <Show
        when={query().trim() === ''}
        fallback={
          <Show when={found().length > 0} fallback={<p class="muted">{t('place.noMatch', { q: query().trim() })}</p>}>
            <ul class="place-list" data-testid="place-results">
              <For each={found()}>
                {(place) => (
                  <li>
                    <button type="button" class="button wide place-option" onClick={() => props.onPick(place.code)}>
                      {place.label}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        }
      >
        <Show when={parent() !== ''}>
          <p class="place-path">
            <button type="button" class="button" onClick={() => setParent(upOneLevel(parent()))}>
              {t('place.back')}
            </button>{' '}
            {regionPath(parent())
              .map((r) => r.name)
              .join(' ')}
          </p>
        </Show>
        <Show when={parent().length === CODE_LENGTH.counties}>
          <button
            type="button"
            class="button primary wide"
            data-testid="place-choose-county"
            onClick={() => props.onPick(parent())}
          >
            {t('place.chooseCounty', { county: regionName(parent()) ?? '' })}
          </button>
        </Show>
        <ul class="place-list" data-testid="place-browse">
          <For each={below()}>
            {(place) => (
              <li>
                <button
                  type="button"
                  class="button wide place-option"
                  onClick={() =>
                    place.code.length >= CODE_LENGTH.towns ? props.onPick(place.code) : setParent(place.code)
                  }
                >
                  {place.name}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.onCancel}>
        <button type="button" class="button wide" onClick={() => props.onCancel?.()}>
          {t('place.cancel')}
        </button>
      </Show>
    </div>
  );
}

/** The browse level above: a town's county, a county's city (or its province where NBS names no city). */
function upOneLevel(code: string): string {
  return (
    regionPath(code)
      .map((r) => r.code)
      .filter((c) => c.length < code.length)
      .at(-1) ?? ''
  );
}
