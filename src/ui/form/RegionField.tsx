/**
 * Where: a county, then (optionally) a town in it, held as ONE region code in the form
 * (the county's 6 digits, or the town's 9), which is what every record stores. The two
 * selects are named "county" and "town"; an error on the code shows under the county.
 * Forms start it at the user's own place (src/ui/place.ts › homePlace).
 */
import { createMemo, For, Show } from 'solid-js';
import { counties, type Region, townsOf } from '../../core/regions';
import { countyOf, townOf } from '../../core/regions/codes';
import type { FieldName, FormState } from './createForm';
import { Field } from './Field';
import { t } from './strings';

export function RegionField<V extends object>(props: {
  form: FormState<V>;
  name: FieldName<V, string>;
  countyLabel?: string;
  townLabel?: string;
  /** The "no particular town" choice; '—' by default. */
  anyTown?: string;
  /**
   * The counties offered (staff: where they work, src/core/access.ts › countiesOffered);
   * every county when undefined. The current value's county stays listed.
   */
  counties?: readonly string[];
  /** Called after a pick with the new code and the town picked, if any. */
  onChange?: (code: string, town: Region | undefined) => void;
}) {
  const code = () => props.form.values[props.name] as string;
  const county = () => countyOf(code());
  const towns = createMemo(() => townsOf(county()));
  const offered = createMemo(() => {
    const only = props.counties;
    return only ? counties().filter((c) => only.includes(c.code) || c.code === county()) : counties();
  });
  const pick = (next: string) => {
    props.form.set(props.name, next as V[typeof props.name]);
    props.onChange?.(
      next,
      towns().find((town) => town.code === next),
    );
  };
  return (
    <div class="row">
      <Field label={props.countyLabel ?? t('form.county')} error={props.form.error(props.name)}>
        <select name="county" value={county()} onChange={(e) => pick(e.currentTarget.value)}>
          {/* No place known yet (src/ui/place.ts › homePlace): the user picks, nothing is assumed. */}
          <Show when={!county()}>
            <option value="">{t('form.chooseCounty')}</option>
          </Show>
          <For each={offered()}>{(c) => <option value={c.code}>{c.name}</option>}</For>
        </select>
      </Field>
      <Field label={props.townLabel ?? t('form.town')}>
        <select name="town" value={townOf(code()) ?? ''} onChange={(e) => pick(e.currentTarget.value || county())}>
          <option value="">{props.anyTown ?? '—'}</option>
          <For each={towns()}>{(town) => <option value={town.code}>{town.name}</option>}</For>
        </select>
      </Field>
    </div>
  );
}
