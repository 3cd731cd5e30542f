/** The 求助 on this device with their status (a worker's own, or those a desk handles): on 求助记录 and a worker's 我的. */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { complaintsOnDevice } from './complaints.repo';
import { t } from './strings';

export default function ComplaintList() {
  const { db } = useServices();
  const complaints = createLiveQuery(
    () => null,
    () => complaintsOnDevice(db),
    [],
  );
  return (
    <>
      <Show when={complaints().length === 0}>
        <p class="muted">{t('complaint.none')}</p>
      </Show>
      <ul class="cards">
        <For each={complaints()}>
          {(complaint) => (
            <li class="card">
              <A href={`/complaints/${complaint.id}`} data-testid="complaint-card">
                <strong>{t(`complaint.kind.${complaint.kind}`)}</strong> · {complaint.employerName} ·{' '}
                {t(`complaint.status.${complaint.status}`)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
