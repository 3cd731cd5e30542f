/**
 * 报名的人: for the desk and for the employer who posted the job. Each applicant with the
 * contact they gave when applying, 驿站推荐 on those a station referred, and the next steps
 * (联系过了, 约了面试, 录用, 没录用, 人没到).
 * Works offline; every step is a status event the server keeps in order.
 */
import { For, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { mayEditJob } from '../../core/access';
import type { Application, Job } from '../../core/records';
import type { GigDb } from '../../db/db';
import { actorOf, readSession } from '../../db/session';
import { ApplicationMoves } from '../referral';
import { t } from './strings';
import { createLiveQuery } from '../../ui/live';

/** The applications to this job, if this account may follow them up; undefined otherwise. */
async function applicantsFor(db: GigDb, job: Job): Promise<Application[] | undefined> {
  // Staff, or the employer who posted it: the server's rule for changing the job.
  if (!mayEditJob(actorOf(await readSession(db)), job)) return undefined;
  return db.applications.where('jobId').equals(job.id).sortBy('updatedAt');
}

export function Applicants(props: { job: Job }) {
  const { db } = useServices();
  const applications = createLiveQuery(
    () => props.job,
    (job) => applicantsFor(db, job),
    undefined,
  );
  return (
    <Show when={applications()}>
      {(list) => (
        <section class="applicants" data-testid="applicants">
          <h3>{t('applicants.title', { n: list().length })}</h3>
          <Show when={list().length === 0}>
            <p class="muted">{t('applicants.none')}</p>
          </Show>
          <ul class="cards">
            <For each={list()}>
              {(application) => (
                <li class="card" data-testid="applicant">
                  <p>
                    <strong>{application.contact?.name ?? t('applicants.unnamed')}</strong> ·{' '}
                    {t(`apply.status.${application.status}`)}
                  </p>
                  <Show when={application.channel === 'referral'}>
                    <p class="chips">
                      <span class="chip chip-ok" data-testid="applicant-referred">
                        {t('applicants.referred')}
                      </span>
                    </p>
                  </Show>
                  <Show when={application.contact?.phone} fallback={<p class="muted">{t('applicants.noPhone')}</p>}>
                    {(phone) => (
                      <a class="button wide" href={`tel:${phone()}`}>
                        {t('jobs.call')} {phone()}
                      </a>
                    )}
                  </Show>
                  <ApplicationMoves application={application} />
                </li>
              )}
            </For>
          </ul>
        </section>
      )}
    </Show>
  );
}
