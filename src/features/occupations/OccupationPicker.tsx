/**
 * Choosing occupations without reading a list of 71: the categories as pictures first, then
 * a category's trades with theirs, or a search box read by the match worker (hanzi, pinyin,
 * English, dialect words: the search engine's own dictionary reading). A choice past the limit
 * is answered with words, never silently ignored.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import {
  OCCUPATION_CATEGORIES,
  OCCUPATIONS,
  type Occupation,
  occupationByCode,
  occupationNameIn,
} from '../../core/occupations';
import { lang } from '../../i18n';
import { matchWorker } from '../search';
import { afterTap } from './choices';
import { CATEGORIES } from './icons';
import OccupationIcon, { PictureIcon } from './OccupationIcon';
import { t } from './strings';

const nameOf = (o: Occupation) => occupationNameIn(o, lang());

export default function OccupationPicker(props: {
  label: string;
  chosen: readonly string[];
  max: number;
  onChange: (codes: string[]) => void;
  error?: string;
  testId?: string;
}) {
  const [query, setQuery] = createSignal('');
  const [category, setCategory] = createSignal<string>();
  const [full, setFull] = createSignal(false);
  const [found] = createResource(
    () => query().trim() || undefined,
    async (text) => (await (await matchWorker()).occupations(text)).flatMap((code) => occupationByCode(code) ?? []),
  );

  const tap = (code: string) => {
    const next = afterTap(props.chosen, code, props.max);
    setFull(next === 'full');
    if (next !== 'full') props.onChange(next);
  };

  const choice = (o: Occupation) => (
    <button
      type="button"
      class={props.chosen.includes(o.code) ? 'toggle picker-item on' : 'toggle picker-item'}
      aria-pressed={props.chosen.includes(o.code)}
      data-code={o.code}
      onClick={() => tap(o.code)}
    >
      <OccupationIcon code={o.code} />
      <span>{nameOf(o)}</span>
    </button>
  );

  return (
    <fieldset class={props.error ? 'field choice picker has-error' : 'field choice picker'} data-testid={props.testId}>
      <legend class="field-label">{props.label}</legend>
      <p class="picker-chosen" data-testid="picker-chosen">
        <span>{t('picker.chosen')}</span>
        <For each={props.chosen.flatMap((code) => occupationByCode(code) ?? [])} fallback={t('picker.noneChosen')}>
          {(o) => (
            <button
              type="button"
              class="chip picker-chosen-item"
              aria-label={t('picker.remove', { name: nameOf(o) })}
              onClick={() => tap(o.code)}
            >
              <OccupationIcon code={o.code} />
              {nameOf(o)} ×
            </button>
          )}
        </For>
      </p>
      <Show when={full()}>
        <p class="notice warn" role="alert" data-testid="picker-full">
          {t('picker.full', { max: props.max })}
        </p>
      </Show>
      <input
        type="search"
        class="search-box"
        data-testid="picker-search"
        enterkeyhint="search"
        aria-label={t('picker.search')}
        placeholder={t('picker.searchHint')}
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <Show
        when={!query().trim()}
        fallback={
          <Show when={!found.loading} fallback={<p class="muted">{t('picker.searching')}</p>}>
            <div class="picker-grid" data-testid="picker-results">
              <For each={found()} fallback={<p class="muted">{t('picker.noMatch')}</p>}>
                {choice}
              </For>
            </div>
          </Show>
        }
      >
        <Show
          when={category()}
          fallback={
            <div class="picker-grid" data-testid="picker-categories">
              <For each={OCCUPATION_CATEGORIES}>
                {(name) => (
                  <button type="button" class="toggle picker-item" onClick={() => setCategory(name)}>
                    <PictureIcon picture={CATEGORIES[name].picture} />
                    <span>{t(CATEGORIES[name].key)}</span>
                  </button>
                )}
              </For>
            </div>
          }
        >
          {(open) => (
            <>
              <button type="button" class="button" onClick={() => setCategory(undefined)}>
                ‹ {t('picker.allCategories')}
              </button>
              <div class="picker-grid" data-testid="picker-occupations">
                <For each={OCCUPATIONS.filter((o) => o.category === open())}>{choice}</For>
              </div>
            </>
          )}
        </Show>
      </Show>
      <Show when={props.error}>
        <span class="field-error" role="alert">
          {props.error}
        </span>
      </Show>
    </fieldset>
  );
}
