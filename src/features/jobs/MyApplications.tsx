/**
 * 我的报名 on a worker's 我的: each application with its job (title, town), where it stands,
 * and its steps with their dates (报名 → 已联系 → 录用 / 没录用). Read from the device, so a
 * worker finds it offline; one not yet sent is marked 仅保存在本机.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { recordKey } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { myApplications } from './mine.repo';
import { t } from './strings';

const day = (at: number) => {
  const date = new Date(at);
  return t('mine.date', { m: date.getMonth() + 1, d: date.getDate() });
};

export default function MyApplications() {
  const { db } = useServices();
  const applications = createLiveQuery(
    () => null,
    () => myApplications(db),
    [],
  );
  const pending = createPendingKeys(db);
  return (
    <section data-testid="my-applications">
      <h3>{t('mine.applicationsTitle', { n: applications().length })}</h3>
      <Show when={applications().length === 0}>
        <p class="muted">{t('mine.noApplications')}</p>
      </Show>
      <ul class="cards">
        <For each={applications()}>
          {({ application, job }) => (
            <li class="card" data-testid="my-application">
              <A href={`/jobs/${application.jobId}`} class="card-link">
                <h4 class="job-title">{job?.title ?? t('mine.jobElsewhere')}</h4>
                <Show when={job}>{(j) => <p class="muted">{shortPlace(j().regionCode)}</p>}</Show>
              </A>
              <div class="chips">
                <span class="chip" data-testid="application-status">
                  {t(`apply.status.${application.status}`)}
                </span>
                <Show when={pending().has(recordKey('application', application.id))}>
                  <span class="chip chip-pending">{t('sync.localOnly')}</span>
                </Show>
              </div>
              <ol class="steps" data-testid="application-history">
                <For each={application.history}>
                  {(step) => (
                    <li>
                      {t(`mine.step.${step.status}`)} · {day(step.at)}
                    </li>
                  )}
                </For>
              </ol>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
