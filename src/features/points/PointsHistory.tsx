/** A ledger's entries, newest first: what for, the desk's note, when, and 待同步 until the server has it. */
import { For, Show } from 'solid-js';
import { type Points, recordKey } from '../../core/records';
import { createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { t } from './strings';

export function PointsHistory(props: { entries: Points[] }) {
  const { db } = useServices();
  const pending = createPendingKeys(db);
  return (
    <ul class="cards" data-testid="points-history" aria-label={t('points.history')}>
      <For each={props.entries} fallback={<li class="empty">{t('points.none')}</li>}>
        {(entry) => (
          <li class="card points-entry" data-testid="points-entry">
            <strong class={entry.delta > 0 ? 'points-delta plus' : 'points-delta'}>
              {entry.delta > 0 ? `+${entry.delta}` : entry.delta}
            </strong>
            <span>
              {t(`points.kind.${entry.kind}`)}
              <Show when={entry.reason}> · {entry.reason}</Show>
              <span class="muted points-date"> {new Date(entry.at).toLocaleDateString()}</span>
              <Show when={pending().has(recordKey('points', entry.id))}>
                {' '}
                <span class="chip chip-pending" data-testid="points-pending">
                  {t('points.pending')}
                </span>
              </Show>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
