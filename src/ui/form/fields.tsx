/**
 * Inputs bound to a form: each reads and writes `form.values[name]` and shows
 * `form.error(name)` under itself. The name is typed: a TextField takes only a text
 * value's name, ChoiceChips only a list's. The `name` attribute is the field's name, so
 * tests and password managers find inputs by it.
 */
import { createEffect, For, type JSX, mergeProps, Show } from 'solid-js';
import type { FieldName, FormState } from './createForm';
import { Field } from './Field';
import { t } from './strings';
import { toggled } from './values';

interface Bound<V extends object, T> {
  form: FormState<V>;
  name: FieldName<V, T>;
  label: string;
}

const read = <V extends object, T>(props: Bound<V, T>) => props.form.values[props.name] as T;
const write = <V extends object, T>(props: Bound<V, T>, value: T) =>
  props.form.set(props.name, value as V[FieldName<V, T>]);

export function TextField<V extends object>(
  props: Bound<V, string> & {
    /** A textarea of this many rows instead of one line. */
    rows?: number;
    type?: 'text' | 'tel';
    inputmode?: 'text' | 'tel';
  },
) {
  return (
    <Field label={props.label} error={props.form.error(props.name)}>
      <Show
        when={props.rows}
        fallback={
          <input
            name={props.name}
            type={props.type}
            inputmode={props.inputmode}
            value={read(props)}
            onInput={(e) => write(props, e.currentTarget.value)}
          />
        }
      >
        <textarea
          name={props.name}
          rows={props.rows}
          value={read(props)}
          onInput={(e) => write(props, e.currentTarget.value)}
        />
      </Show>
    </Field>
  );
}

/** A number typed on the keypad, held as text until submit (see values.ts). */
export function NumberField<V extends object>(props: Bound<V, string> & { decimal?: boolean }) {
  return (
    <Field label={props.label} error={props.form.error(props.name)}>
      <input
        name={props.name}
        inputmode={props.decimal ? 'decimal' : 'numeric'}
        value={read(props)}
        onInput={(e) => write(props, e.currentTarget.value)}
      />
    </Field>
  );
}

/** A value from one of the phone's own pickers, as the input gives it ('' when not chosen). */
function PickerField<V extends object>(
  props: Bound<V, string> & { type: 'date' | 'time'; min?: string; max?: string },
) {
  return (
    <Field label={props.label} error={props.form.error(props.name)}>
      <input
        name={props.name}
        type={props.type}
        min={props.min}
        max={props.max}
        value={read(props)}
        onInput={(e) => write(props, e.currentTarget.value)}
      />
    </Field>
  );
}

/** A calendar day as 'YYYY-MM-DD' ('' when not chosen), the phone's own date picker. */
export const DateField = <V extends object>(props: Bound<V, string> & { min?: string; max?: string }) =>
  PickerField(mergeProps(props, { type: 'date' as const }));

/** A time of day as 'HH:MM' ('' when not chosen), the phone's own time picker. */
export const TimeField = <V extends object>(props: Bound<V, string>) =>
  PickerField(mergeProps(props, { type: 'time' as const }));

export interface Option<T extends string = string> {
  value: T;
  label: string;
  /** Options with a group are shown under that heading (an <optgroup>). */
  group?: string;
}

/** One choice from a list. `placeholder` adds a first "none" option with the value ''. */
export function SelectField<V extends object>(
  props: Bound<V, string> & {
    options: readonly Option[];
    placeholder?: string;
    /** Called after the value changes, for fields that follow this one. */
    onChange?: (value: string) => void;
  },
) {
  const groups = () => [...new Set(props.options.map((o) => o.group))];
  const option = (o: Option) => <option value={o.value}>{o.label}</option>;
  let select!: HTMLSelectElement;
  // Options that arrive after the value, or move (a list re-sorted), leave the select showing
  // its first option: show the form's value again whenever they change.
  createEffect(() => {
    const value = read(props);
    if (props.options.some((o) => o.value === value)) select.value = value;
  });
  return (
    <Field label={props.label} error={props.form.error(props.name)}>
      <select
        ref={select}
        name={props.name}
        value={read(props)}
        onChange={(e) => {
          write(props, e.currentTarget.value);
          props.onChange?.(e.currentTarget.value);
        }}
      >
        <Show when={props.placeholder !== undefined}>
          <option value="">{props.placeholder}</option>
        </Show>
        <For each={groups()}>
          {(group) => {
            const options = () => props.options.filter((o) => o.group === group);
            return group === undefined ? (
              <For each={options()}>{option}</For>
            ) : (
              <optgroup label={group}>
                <For each={options()}>{option}</For>
              </optgroup>
            );
          }}
        </For>
      </select>
    </Field>
  );
}

/** Several choices as tap-able chips (待遇, 工种, 凭证); `max` caps how many. */
export function ChoiceChips<V extends object>(
  props: Bound<V, readonly string[]> & {
    options: readonly Option[];
    max?: number;
    /** Smaller chips in a scrolling box, for long lists. */
    compact?: boolean;
  },
) {
  const chosen = () => read(props);
  return (
    <fieldset class={props.form.error(props.name) ? 'field choice has-error' : 'field choice'}>
      <legend class="field-label">{props.label}</legend>
      <div class={props.compact ? 'chips pick' : 'chips'}>
        <For each={props.options}>
          {(o) => (
            <button
              type="button"
              class={`toggle${props.compact ? ' small' : ''}${chosen().includes(o.value) ? ' on' : ''}`}
              aria-pressed={chosen().includes(o.value)}
              onClick={() => write(props, toggled(chosen(), o.value, props.max))}
            >
              {o.label}
            </button>
          )}
        </For>
      </div>
      <Show when={props.form.error(props.name)}>
        <span class="field-error" role="alert">
          {props.form.error(props.name)}
        </span>
      </Show>
    </fieldset>
  );
}

/** Yes or no, as one wide button that stays pressed (同意…, 匿名). */
export function ToggleField<V extends object>(props: Bound<V, boolean>) {
  return (
    <button
      type="button"
      name={props.name}
      class={read(props) ? 'toggle wide on' : 'toggle wide'}
      aria-pressed={read(props)}
      onClick={() => write(props, !read(props))}
    >
      {props.label}
    </button>
  );
}

/** The <form>: no browser validation bubbles (the shared schema speaks, in the user's words). */
export function Form<V extends object>(props: { form: FormState<V>; testId?: string; children: JSX.Element }) {
  return (
    <form class="form" onSubmit={(e) => void props.form.onSubmit(e)} novalidate data-testid={props.testId}>
      {props.children}
    </form>
  );
}

/** "有 2 处要改一下" and any problem no field shows, then the submit button (off while saving). */
export function SubmitRow<V extends object>(props: { form: FormState<V>; label: string; testId?: string }) {
  return (
    <>
      <Show when={props.form.problems() > 0}>
        <p class="notice warn" role="alert" data-testid="form-errors">
          {t('form.fixErrors', { n: props.form.problems() })}
        </p>
      </Show>
      <Show when={props.form.formError()}>
        <p class="notice warn" data-testid="form-error">
          {props.form.formError()}
        </p>
      </Show>
      <button type="submit" class="button primary wide" disabled={props.form.submitting()} data-testid={props.testId}>
        {props.label}
      </button>
    </>
  );
}
