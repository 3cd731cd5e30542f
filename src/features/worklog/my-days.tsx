/** The logged-in worker's 记工 days, live, and a choice of boss among them (the 记工 page and the 求助 form's attach). */
import { type Accessor, For } from 'solid-js';
import type { Workday } from '../../core/records';
import { useActor } from '../../ui/actor';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { employersOf, myDays } from './worklog.repo';

export function useMyDays(): Accessor<Workday[]> {
  const { db } = useServices();
  const actor = useActor();
  return createLiveQuery(
    () => actor().userId,
    (owner) => (owner ? myDays(db, owner) : Promise.resolve([])),
    [],
  );
}

/** A choice of one boss from the log ('' for none or all, worded by `none`). */
export function EmployerSelect(props: {
  name: string;
  label: string;
  none: string;
  days: readonly Workday[];
  value: string;
  onChange: (employer: string) => void;
}) {
  return (
    <label class="field">
      <span class="field-label">{props.label}</span>
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.none}</option>
        <For each={employersOf(props.days)}>{(employer) => <option value={employer}>{employer}</option>}</For>
      </select>
    </label>
  );
}
