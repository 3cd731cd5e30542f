/**
 * "附上记工记录" on the 求助 form: the worker picks a boss from their log; the form gets the
 * days for that boss (a snapshot the desk can read, since it never holds the log) and what
 * is still owed, and shows the summary the desk will see.
 */
import { createEffect, createSignal, on, Show } from 'solid-js';
import { type DayLine, daysFor, summarize } from '../../core/worklog';
import { t } from './strings';
import { EmployerSelect, useMyDays } from './my-days';
import { linesOf } from './worklog.repo';
import WorklogSummary from './WorklogSummary';

export interface AttachedLog {
  employerName: string;
  days: DayLine[];
  owed: number;
}

export default function WorklogAttach(props: { initial?: string; onAttach: (log: AttachedLog | undefined) => void }) {
  const days = useMyDays();
  const [chosen, setChosen] = createSignal(props.initial?.trim() ?? '');
  const lines = () => (chosen() ? linesOf(daysFor(days(), { employerName: chosen() })) : []);
  // Tell the form whenever the choice or the log changes (the log arrives after the first render).
  createEffect(
    on(lines, (current) =>
      props.onAttach(
        current.length > 0 ? { employerName: chosen(), days: current, owed: summarize(current).owed } : undefined,
      ),
    ),
  );
  return (
    <Show when={days().length > 0}>
      <div class="worklog-attach" data-testid="worklog-attach">
        <EmployerSelect
          name="worklog"
          label={t('attach.title')}
          none={t('attach.none')}
          days={days()}
          value={chosen()}
          onChange={setChosen}
        />
        <Show when={lines().length > 0} fallback={<p class="muted">{t('attach.hint')}</p>}>
          <WorklogSummary days={lines()} employerName={chosen()} lines />
        </Show>
      </div>
    </Show>
  );
}
