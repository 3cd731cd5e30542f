/** A labelled form field with its error under it, announced to screen readers. */
import { type JSX, Show } from 'solid-js';

export function Field(props: { label: string; error?: string; children: JSX.Element }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed in as children, inside the label
    <label class={props.error ? 'field has-error' : 'field'}>
      <span class="field-label">{props.label}</span>
      {props.children}
      <Show when={props.error}>
        <span class="field-error" role="alert">
          {props.error}
        </span>
      </Show>
    </label>
  );
}
