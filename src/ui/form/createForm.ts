/**
 * One form's state and its submit path: values as typed, errors by field, and the write.
 * On submit the values become a mutator's arguments, are checked with that mutator's own
 * schema (the server runs the same one), and only then written; a MutationError from the
 * write (a rule the schema cannot see, e.g. wageMax below wageMin) lands on its field, or
 * above the submit button when no field shows it. Nothing is written while any error stands.
 */
import { isQuotaError } from '../../db/quota';
import { type Accessor, batch, createSignal } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import { type MutatorArgs, type MutatorName, mutators } from '../../core/mutators';
import { MutationError, validate } from '../../core/validation';
import { errorMessage, errorText } from '../errors';
import { useServices } from '../services';

/** The names of V's fields whose values are T (a TextField takes only a text field's name). */
export type FieldName<V, T> = { [K in keyof V]-?: V[K] extends T ? K : never }[keyof V] & string;

/** A write checked and saved: which mutator, with which arguments. */
export type Saved<N extends MutatorName> = N extends MutatorName ? { name: N; args: MutatorArgs<N> } : never;

export interface FormOptions<V extends object, N extends MutatorName> {
  /** The values the inputs start with (numbers as text: a half-typed "1." must survive). */
  initial: V;
  /** The write this form makes: a mutator's name and its arguments, built from the values. */
  mutation: (values: V) => { name: N; args: unknown };
  /** The form field that shows an error at this schema path; the path itself by default. */
  fieldOf?: (path: string) => string;
  /** A rule of this person's the schema cannot see (e.g. staff post only where they work), checked before writing. */
  refuse?: (args: MutatorArgs<N>) => { path: string; message: string } | undefined;
  /** After the write is saved on the phone: usually navigate on. */
  done: (saved: Saved<N>) => void | Promise<void>;
}

export interface FormState<V extends object> {
  /** The values as typed (a Solid store: read them in JSX and effects). */
  readonly values: V;
  set<K extends keyof V>(field: K, value: V[K]): void;
  patch(values: Partial<V>): void;
  /**
   * Starting values found late (the user's place, read from the phone): each is set only where
   * the field still holds its initial value, so a choice made meanwhile on a slow phone stands;
   * an undefined value suggests nothing.
   */
  suggest(values: Partial<V>): void;
  /** The sentence under a field, if any. */
  error(field: string): string | undefined;
  /** A problem no field shows (the write refused as a whole). */
  formError: Accessor<string | undefined>;
  /** How many problems stand (fields plus the form's own). */
  problems: Accessor<number>;
  submitting: Accessor<boolean>;
  onSubmit(event: SubmitEvent): Promise<void>;
}

export function createForm<V extends object, N extends MutatorName>(options: FormOptions<V, N>): FormState<V> {
  const { write } = useServices();
  const [values, setValues] = createStore<V>(structuredClone(options.initial));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [submitting, setSubmitting] = createSignal(false);
  const fieldOf = options.fieldOf ?? ((path: string) => path);

  /** Each problem next to its field; those no field of this form shows go above the button. */
  const show = (problems: { path: string; message: string }[]) => {
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    for (const { path, message } of problems) {
      const field = fieldOf(path);
      if (field in values) byField[field] ??= message;
      else rest.push(message);
    }
    batch(() => {
      setErrors(byField);
      setFormError(rest.length > 0 ? [...new Set(rest)].join(' ') : undefined);
    });
  };

  /** Show the problems and put the cursor in the first field that has one, so the keypad is where the fix goes. */
  const refuseWith = (form: HTMLFormElement, problems: { path: string; message: string }[]) => {
    show(problems);
    form.querySelector<HTMLElement>('.has-error :is(input, select, textarea, button)')?.focus();
  };

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (submitting()) return;
    const form = event.target as HTMLFormElement;
    const { name, args } = options.mutation(values);
    const checked = validate(mutators[name].args, args);
    if (!checked.ok) {
      return refuseWith(
        form,
        checked.errors.map((e) => ({ path: e.field, message: errorMessage(e) })),
      );
    }
    const refused = options.refuse?.(checked.value as MutatorArgs<N>);
    if (refused) return refuseWith(form, [refused]);
    show([]);
    setSubmitting(true);
    try {
      const saved = { name, args: checked.value } as Saved<N>;
      await write(saved.name, saved.args);
      await options.done(saved);
    } catch (error) {
      // A full phone is said above the button, never lost in the console.
      if (isQuotaError(error)) return show([{ path: '', message: errorText('STORAGE_FULL') }]);
      if (!(error instanceof MutationError)) throw error;
      refuseWith(form, [{ path: error.field ?? '', message: errorText(error.code, error.field) }]);
    } finally {
      setSubmitting(false);
    }
  }

  return {
    values,
    set: (field, value) => (setValues as (field: keyof V, value: unknown) => void)(field, value),
    patch: (next) => (setValues as SetStoreFunction<V>)(next as V),
    suggest: (next) => {
      const untouched = Object.entries(next).filter(
        ([field, value]) => value !== undefined && values[field as keyof V] === options.initial[field as keyof V],
      );
      (setValues as SetStoreFunction<V>)(Object.fromEntries(untouched) as V);
    },
    error: (field) => errors()[field],
    formError,
    problems: () => Object.keys(errors()).length + (formError() ? 1 : 0),
    submitting,
    onSubmit,
  };
}
