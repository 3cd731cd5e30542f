/**
 * Coordinates typed or pasted from another map app, converted to WGS-84 at this edge
 * (MAPS.md §5). Reusable wherever a position is entered; `onValue` only ever sees WGS-84.
 */
import { createEffect, createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { type Datum, type LatLon, parseCoordinates, toWgs84 } from '../../core/geo';
import { t } from './strings';

/** Most coordinates pasted in China come from 高德 or 腾讯, so GCJ-02 comes first and is the default. */
const DATUM_CHOICES: Datum[] = ['gcj02', 'bd09', 'wgs84'];

export function CoordinateInput(props: {
  onValue?: (wgs84: LatLon | null) => void;
  children?: (wgs84: LatLon) => JSX.Element;
}) {
  const [text, setText] = createSignal('');
  const [datum, setDatum] = createSignal<Datum>(DATUM_CHOICES[0]);
  const value = createMemo(() => {
    const parsed = parseCoordinates(text());
    return parsed ? toWgs84(parsed, datum()) : null;
  });
  createEffect(() => props.onValue?.(value()));
  return (
    <div class="form coord-input">
      <p class="muted">{t('station.coordsHint')}</p>
      <label class="field">
        <span class="field-label">{t('station.coordsPaste')}</span>
        <input
          name="coordinates"
          inputmode="decimal"
          autocomplete="off"
          placeholder="120.1949,30.2798"
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <fieldset class="toggles">
        <legend>{t('station.coordsFrom')}</legend>
        <For each={DATUM_CHOICES}>
          {(d) => (
            <button
              type="button"
              class={datum() === d ? 'toggle on' : 'toggle'}
              aria-pressed={datum() === d}
              onClick={() => setDatum(d)}
            >
              {t(`station.datum.${d}`)}
            </button>
          )}
        </For>
      </fieldset>
      <Show when={text().trim() !== ''}>
        <Show when={value()} fallback={<p class="field-error">{t('station.coordsInvalid')}</p>}>
          {(wgs) => (
            <div data-testid="coords-result">
              <p>{t('station.coordsResult', { lat: wgs().lat.toFixed(6), lon: wgs().lon.toFixed(6) })}</p>
              {props.children?.(wgs())}
            </div>
          )}
        </Show>
      </Show>
    </div>
  );
}
