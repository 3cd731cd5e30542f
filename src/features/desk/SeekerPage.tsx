/**
 * A person's page for staff (/seekers/:id): the profile, the applications with their
 * status, and the jobs on this phone that fit them best. Registering someone ends here
 * with "已保存" (and "仅保存在本机" until the record reaches the server), so the desk sees
 * what it saved and can go on: call, refer, or register the next person.
 */
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { mayAdvanceApplication, mayAwardPoints } from '../../core/access';
import { type Job, recordKey } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { lang } from '../../i18n';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { JobCard, wageText } from '../jobs';
import { SeekerPoints } from '../points';
import { ApplicationMoves, ApplicationSteps, ReferButton } from '../referral';
import { matchWorker } from '../search';
import { useActor } from '../../ui/actor';
import { jobsInOrder, seekerWithApplications } from './desk.repo';
import { t } from './strings';
import { occupationLabel } from '../../core/occupations';

const MATCHES = 5;

export default function SeekerPage() {
  const { db } = useServices();
  const params = useParams<{ id: string }>();
  const actor = useActor();
  const [search] = useSearchParams<{ saved?: string }>();
  const data = createLiveQuery(
    () => params.id,
    (id) => seekerWithApplications(db, id),
    undefined,
  );
  const pending = createPendingKeys(db);
  const unsent = () => pending().has(recordKey('seeker', params.id));
  // Undefined until the match worker first answers (it can take seconds on a cheap phone).
  const [matches, setMatches] = createSignal<{ job: Job; because: string }[]>();
  // Asked again when the profile changes (an edit, or the server's copy arriving).
  createEffect(
    on(
      () => data()?.seeker?.updatedAt,
      async (updatedAt) => {
        if (updatedAt === undefined) return;
        const hits = await (await matchWorker()).recommend(params.id, MATCHES, 'them');
        const jobs = await jobsInOrder(
          db,
          hits.map((h) => h.id),
        );
        setMatches(jobs.flatMap((job, i) => (job ? [{ job, because: hits[i].because[lang()] }] : [])));
      },
    ),
  );
  return (
    <section class="page">
      <A href="/desk/seekers" class="back">
        ‹ {t('desk.stationSeekers')}
      </A>
      <Show when={data()}>
        {(loaded) => (
          <Show when={loaded().seeker} fallback={<p class="empty">{t('seekerPage.notOnDevice')}</p>}>
            {(seeker) => (
              <article data-testid="seeker-page">
                <Show when={search.saved}>
                  <p class="notice" role="status" data-testid="seeker-saved">
                    <strong>{t('seekerPage.saved')}</strong>
                    <Show when={unsent()}> · {t('seekerPage.savedLocal')}</Show>
                  </p>
                </Show>
                <h2 class="page-title">{seeker().name}</h2>
                <div class="chips">
                  <Show when={unsent()}>
                    <span class="chip chip-pending" data-testid="local-only">
                      {t('sync.localOnly')}
                    </span>
                  </Show>
                  <For each={seeker().groups}>{(group) => <span class="chip">{group}</span>}</For>
                </div>
                <dl class="facts">
                  <Show when={seeker().phone}>
                    <dt>{t('seekerPage.phone')}</dt>
                    <dd>{seeker().phone}</dd>
                  </Show>
                  <dt>{t('seekerPage.place')}</dt>
                  <dd>{[shortPlace(seeker().regionCode), seeker().village].filter(Boolean).join(' ')}</dd>
                  <Show when={seeker().birthYear}>
                    <dt>{t('seekerPage.birthYear')}</dt>
                    <dd>{seeker().birthYear}</dd>
                  </Show>
                  <Show when={seeker().wishes.occupations.length > 0}>
                    <dt>{t('seekerPage.wants')}</dt>
                    <dd>
                      {seeker()
                        .wishes.occupations.map((c) => occupationLabel(c, lang()))
                        .join('、')}
                    </dd>
                  </Show>
                  <Show when={seeker().wishes.minWage}>
                    {(minWage) => (
                      <>
                        <dt>{t('seekerPage.minWage')}</dt>
                        <dd>
                          {wageText({
                            wageMin: minWage(),
                            wageMax: minWage(),
                            wageUnit: seeker().wishes.wageUnit ?? 'day',
                          })}
                        </dd>
                      </>
                    )}
                  </Show>
                  <Show when={seeker().skills.length > 0}>
                    <dt>{t('seekerPage.skills')}</dt>
                    <dd>{seeker().skills.join('、')}</dd>
                  </Show>
                  <dt>{t('seekerPage.registered')}</dt>
                  <dd>{seeker().registeredBy === 'self' ? t('seekerPage.bySelf') : t('seekerPage.byStaff')}</dd>
                </dl>
                <p class="muted">
                  {seeker().consentShareContact ? t('seekerPage.consent') : t('seekerPage.consentNo')}
                </p>
                <Show when={seeker().phone}>
                  <a class="button primary wide" href={`tel:${seeker().phone}`}>
                    {t('seekerPage.call')} {seeker().phone}
                  </a>
                </Show>

                <Show when={mayAwardPoints(actor(), seeker())}>
                  <SeekerPoints seekerId={seeker().id} />
                </Show>

                <h3>{t('seekerPage.applications', { n: loaded().applications.length })}</h3>
                <ul class="cards" data-testid="seeker-applications">
                  <For each={loaded().applications} fallback={<li class="empty">{t('seekerPage.noApplications')}</li>}>
                    {({ application, job }) => (
                      <li class="card" data-testid="seeker-application">
                        <A href={`/jobs/${application.jobId}`} class="card-link">
                          <strong>{job?.title ?? t('desk.unknownJob')}</strong>
                        </A>
                        <ApplicationSteps
                          application={application}
                          unsent={pending().has(recordKey('application', application.id))}
                        />
                        <Show when={mayAdvanceApplication(actor(), application, seeker())}>
                          <ApplicationMoves application={application} />
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>

                <h3>{t('seekerPage.matches')}</h3>
                <ul class="cards" data-testid="seeker-job-matches">
                  <For
                    each={matches()}
                    fallback={<li class="empty">{matches() ? t('seekerPage.noMatches') : t('jobs.loading')}</li>}
                  >
                    {(row) => (
                      <JobCard
                        job={row.job}
                        pending={pending().has(recordKey('job', row.job.id))}
                        because={row.because}
                      >
                        <ReferButton seeker={seeker()} job={row.job} />
                      </JobCard>
                    )}
                  </For>
                </ul>
              </article>
            )}
          </Show>
        )}
      </Show>
    </section>
  );
}
