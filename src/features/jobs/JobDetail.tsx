/** One job, everything a worker needs to decide and to call. */
import { A, useLocation, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { mayEditJob } from '../../core/access';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { recordKey } from '../../core/records';
import { placeLabel } from '../../core/regions/names';
import { postingFindings } from '../../core/rules';
import { essentialsFromHash } from '../../core/job-link';
import { ShareSheet } from '../share';
import { t } from './strings';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { SeekerMatches } from '../seekers';
import { Applicants } from './Applicants';
import { ApplyPanel } from './ApplyPanel';
import { FeeReport, FeeWarning } from './FeeReport';
import { Verification } from './Verification';
import { JobFromQr } from './JobFromQr';
import { JobActions } from './JobActions';
import { PostingCheck } from './PostingCheck';
import { postedText, wageText } from './format';
import { jobWithStation } from './jobs.repo';

export default function JobDetail() {
  const { db } = useServices();
  const params = useParams<{ id: string }>();
  const location = useLocation();
  const [sharing, setSharing] = createSignal(false);
  const actor = useActor();
  const data = createLiveQuery(
    () => params.id,
    (id) => jobWithStation(db, id),
    null,
  );
  const pending = createPendingKeys(db);

  return (
    <section class="page">
      <A href="/" class="back">
        ‹ {t('jobs.back')}
      </A>
      <Show when={data()} fallback={<p class="muted">{t('jobs.loading')}</p>}>
        {(loaded) => (
          <Show
            when={loaded().job}
            fallback={
              // A job this phone does not have, opened from its QR code: what the code carried.
              <Show
                when={essentialsFromHash(params.id, location.hash)}
                fallback={<p class="empty">{t('jobs.notFound')}</p>}
              >
                {(essentials) => <JobFromQr job={essentials()} />}
              </Show>
            }
          >
            {(job) => (
              <article class="job-detail" data-testid="job-detail">
                <h2 class="page-title">{job().title}</h2>
                <p class="wage big">{wageText(job())}</p>
                <div class="chips">
                  <span class="chip">{t(`pay.${job().payPeriod}`)}</span>
                  <span class={job().verification.state === 'verified' ? 'chip chip-ok' : 'chip chip-plain'}>
                    {job().verification.state === 'verified'
                      ? t('jobs.verified')
                      : job().verification.state === 'rejected'
                        ? t('jobs.checked.rejected')
                        : t('jobs.unverified')}
                  </span>
                  <span class="chip">{t(`jobs.status.${job().status}`)}</span>
                  <For each={job().benefits}>{(b) => <span class="chip">{t(`benefit.${b}`)}</span>}</For>
                  <Show when={pending().has(recordKey('job', job().id))}>
                    <span class="chip chip-pending" data-testid="local-only">
                      {t('sync.localOnly')}
                    </span>
                  </Show>
                </div>
                <FeeWarning job={job()} />
                <ReadAloud
                  text={[
                    job().title,
                    wageText(job()),
                    `${t('jobs.place')}：${placeLabel(job().regionCode, { city: true })} ${job().place}`,
                    job().requirements && `${t('jobs.requirements')}：${job().requirements}`,
                    t('jobs.noFee'),
                  ]}
                />
                <Verification job={job()} />
                <Show when={job().flags.length > 0}>
                  <PostingCheck
                    findings={postingFindings(job().title, job().description, job().requirements)}
                    where={job().verification.state === 'verified' ? 'verifiedJob' : 'job'}
                  />
                </Show>
                <dl class="facts">
                  <dt>{t('jobs.place')}</dt>
                  <dd data-testid="job-place">
                    {placeLabel(job().regionCode, { city: true })}
                    {job().place && !placeLabel(job().regionCode).includes(job().place) ? ` · ${job().place}` : ''}
                  </dd>
                  <dt>{t('jobs.employer')}</dt>
                  <dd>{job().employerName}</dd>
                  <dt>{t('jobs.headcount', { n: job().headcount })}</dt>
                  <dd>{postedText(job().postedAt)}</dd>
                  <Show when={job().startDate}>
                    <dt>{t('jobs.start')}</dt>
                    <dd>
                      {job().startDate}
                      {job().durationDays ? ` · ${t('jobs.duration', { n: job().durationDays! })}` : ''}
                    </dd>
                  </Show>
                  <Show when={job().skills.length > 0}>
                    <dt>{t('jobs.skills')}</dt>
                    <dd>{job().skills.join('、')}</dd>
                  </Show>
                  <Show when={job().requirements}>
                    <dt>{t('jobs.requirements')}</dt>
                    <dd>{job().requirements}</dd>
                  </Show>
                  <Show when={loaded().station}>
                    <dt>{t('jobs.station')}</dt>
                    <dd>{loaded().station!.name}</dd>
                  </Show>
                </dl>
                <Show when={job().description}>
                  <p class="description">{job().description}</p>
                </Show>
                <p class="notice">{t('jobs.noFee')}</p>
                <Show when={!mayEditJob(actor(), job())}>
                  <FeeReport job={job()} />
                </Show>
                <Show when={job().contactPhone}>
                  <a class="button primary wide" href={`tel:${job().contactPhone}`}>
                    {t('jobs.call')} {job().contactPhone}
                  </a>
                </Show>
                <Show
                  when={sharing()}
                  fallback={
                    <button type="button" class="button wide" onClick={() => setSharing(true)} data-testid="share-open">
                      {t('jobs.share')}
                    </button>
                  }
                >
                  <ShareSheet
                    job={job()}
                    station={loaded().station}
                    wage={wageText(job())}
                    onClose={() => setSharing(false)}
                  />
                </Show>
                <ApplyPanel job={job()} />
                <Show when={mayEditJob(actor(), job())}>
                  <JobActions job={job()} />
                </Show>
                <Applicants job={job()} />
                <SeekerMatches job={job()} />
              </article>
            )}
          </Show>
        )}
      </Show>
    </section>
  );
}
