/**
 * 我的报名 on a worker's 我的: each application with its job (title, town), where it stands,
 * and its steps with their dates (报名 → 已联系 → 录用 / 没录用). One a station made for the
 * worker (驿站推荐) names the station, so the worker knows who sent them and can call or go.
 * Read from the device, so a worker finds it offline; one not yet sent is marked 待同步.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { recordKey } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ApplicationSteps } from '../referral';
import { myApplications } from './mine.repo';
import { t } from './strings';

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
          {({ application, job, station }) => (
            <li class="card" data-testid="my-application">
              <A href={`/jobs/${application.jobId}`} class="card-link">
                <h4 class="job-title">{job?.title ?? t('mine.jobElsewhere')}</h4>
                <Show when={job}>{(j) => <p class="muted">{shortPlace(j().regionCode)}</p>}</Show>
              </A>
              <Show when={application.channel === 'referral' && station}>
                {(referrer) => (
                  <>
                    <p class="muted" data-testid="referred-by">
                      {t('mine.referredBy', { station: referrer().name })}
                    </p>
                    <Show when={referrer().phone}>
                      {(phone) => (
                        <a class="button wide" href={`tel:${phone()}`}>
                          {t('mine.callStation')} {phone()}
                        </a>
                      )}
                    </Show>
                  </>
                )}
              </Show>
              <ApplicationSteps
                application={application}
                unsent={pending().has(recordKey('application', application.id))}
              />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
