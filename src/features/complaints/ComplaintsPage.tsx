/** 求助记录: the complaints on this device — a worker's own, or those a desk handles. */
import { A, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { t } from './strings';
import { createLiveQuery } from '../../ui/live';
import { complaintsOnDevice } from './complaints.repo';

export default function ComplaintsPage() {
  const { db } = useServices();
  const [params] = useSearchParams<{ filed?: string }>();
  const complaints = createLiveQuery(
    () => null,
    () => complaintsOnDevice(db),
    [],
  );
  return (
    <section class="page">
      <h2 class="page-title">{t('complaint.listTitle')}</h2>
      <Show when={params.filed === 'anonymous'}>
        <p class="notice" data-testid="complaint-filed-anonymous">
          {t('complaint.filedAnonymous')}
        </p>
      </Show>
      <A href="/complaints/new" class="button primary wide">
        {t('complaint.newTitle')}
      </A>
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
    </section>
  );
}
