/** 求助记录: the complaints on this device — a worker's own, or those a desk handles. */
import { A, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import ComplaintList from './ComplaintList';
import { t } from './strings';

export default function ComplaintsPage() {
  const [params] = useSearchParams<{ filed?: string }>();
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
      <ComplaintList />
    </section>
  );
}
