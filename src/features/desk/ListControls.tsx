/**
 * The frame of the desk's lists: a title, a search box and filter selects (they filter;
 * they write nothing), how many answer, and the rows a page at a time.
 */
import { A } from '@solidjs/router';
import { createSignal, For, type JSX, on, createEffect, Show } from 'solid-js';
import type { Choice } from './lists';
import { t } from './strings';

/** Rows drawn at first and per "还有 N 条": a station's list can hold hundreds. */
const PAGE = 50;

export function ListPage<T>(props: {
  title: string;
  /** Above the search box (e.g. 登记求职者). */
  action?: JSX.Element;
  search: { value: string; placeholder: string; onInput: (text: string) => void };
  /** The search words and filters: when they change, the list starts from the top again. */
  query: object;
  filters: JSX.Element;
  found: readonly T[];
  /** False while the list is still being read: "正在读取…" instead of "共 0 条". */
  answered: boolean;
  /** Under the count (e.g. the export buttons for what is found). */
  tools?: JSX.Element;
  testId: string;
  children: (row: T) => JSX.Element;
}) {
  const [shown, setShown] = createSignal(PAGE);
  createEffect(
    on(
      () => JSON.stringify(props.query),
      () => setShown(PAGE),
      { defer: true },
    ),
  );
  return (
    <section class="page">
      <A href="/me" class="back">
        ‹ {t('desk.today')}
      </A>
      <h2 class="page-title">{props.title}</h2>
      {props.action}
      <input
        type="search"
        class="search-box"
        name="q"
        aria-label={t('desk.search')}
        placeholder={props.search.placeholder}
        value={props.search.value}
        onInput={(e) => props.search.onInput(e.currentTarget.value)}
      />
      <div class="filter-selects pairs">{props.filters}</div>
      <p class="muted" data-testid="list-count">
        {props.answered ? t('desk.count', { n: props.found.length }) : t('jobs.loading')}
      </p>
      {props.tools}
      <ul class="cards" data-testid={props.testId}>
        <For
          each={props.found.slice(0, shown())}
          fallback={props.answered && <li class="empty">{t('desk.noneFound')}</li>}
        >
          {props.children}
        </For>
      </ul>
      <Show when={props.found.length > shown()}>
        <button type="button" class="button wide" onClick={() => setShown(shown() + PAGE)}>
          {t('desk.more', { n: props.found.length - shown() })}
        </button>
      </Show>
    </section>
  );
}

/** One filter: "全部" or one of the choices. */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('desk.filter.all')}</option>
        <For each={props.choices}>{(c) => <option value={c.value}>{c.label}</option>}</For>
      </select>
    </label>
  );
}
