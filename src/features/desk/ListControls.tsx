/** The search box and the filter selects above the desk's lists (they filter; they write nothing). */
import { For } from 'solid-js';
import type { Choice } from './lists';
import { t } from './strings';

export function SearchInput(props: { value: string; placeholder: string; onInput: (text: string) => void }) {
  return (
    <input
      type="search"
      class="search-box"
      name="q"
      aria-label={t('desk.search')}
      placeholder={props.placeholder}
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
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
