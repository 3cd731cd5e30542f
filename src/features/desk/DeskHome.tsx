/**
 * 今日待办 on the desk's 我的: the counts on top, then each kind of work with the items
 * that wait, oldest first. Every item opens where it is handled: a job on its verifying
 * page, an application on its job's page (报名的人), a 求助 on its own page, the review
 * items on 待核对. All of it is read from this phone, so the desk works through it offline.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { mayPrintForBoards } from '../../core/access';
import { shortPlace } from '../../core/regions';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { openReviewCount } from '../seekers';
import { useActor } from '../../ui/actor';
import { type DeskToday, deskToday } from './desk.repo';
import { t } from './strings';

/** How many of each list the home shows; the rest are one tap away. */
const SHOWN = 5;

const when = (at: number) => `${new Date(at).toLocaleDateString()} ${formatTime(at)}`;

export default function DeskHome() {
  const { db } = useServices();
  const actor = useActor();
  const today = createLiveQuery<ReturnType<typeof actor>, DeskToday>(actor, (who) => deskToday(db, who), {
    toVerify: [],
    feeReports: [],
    applications: [],
    complaints: [],
  });
  const reviews = createLiveQuery(
    () => null,
    () => openReviewCount(db),
    0,
  );
  // Until the first answer an empty list means "not read yet", not "nothing to do".
  const nothingOr = (words: string) => (today.answered() ? words : t('jobs.loading'));
  const tallies = () => [
    { href: '#desk-fees', n: today().feeReports.length, label: t('desk.tally.fees'), id: 'fees' },
    { href: '#desk-verify', n: today().toVerify.length, label: t('desk.tally.verify'), id: 'verify' },
    {
      href: '#desk-applications',
      n: today().applications.length,
      label: t('desk.tally.applications'),
      id: 'applications',
    },
    { href: '#desk-complaints', n: today().complaints.length, label: t('desk.tally.complaints'), id: 'complaints' },
    { href: '/reviews', n: reviews(), label: t('desk.tally.reviews'), id: 'reviews' },
  ];
  return (
    <section class="desk-home" data-testid="desk-home">
      <h3>{t('desk.today')}</h3>
      <div class="tally">
        <For each={tallies()}>
          {(tally) => (
            <a
              href={tally.href}
              class={tally.n > 0 ? 'tally-item due' : 'tally-item'}
              data-testid={`tally-${tally.id}`}
            >
              <strong>{today.answered() ? tally.n : '…'}</strong>
              <span>{tally.label}</span>
            </a>
          )}
        </For>
      </div>
      <A href="/seekers/new" class="button primary wide" data-testid="desk-register">
        {t('desk.register')}
      </A>
      <div class="row">
        <A href="/desk/jobs" class="button" data-testid="desk-jobs-link">
          {t('desk.stationJobs')}
        </A>
        <A href="/desk/seekers" class="button" data-testid="desk-seekers-link">
          {t('desk.stationSeekers')}
        </A>
      </div>
      <div class="row">
        <A href="/desk/walkins" class="button" data-testid="desk-walkins-link">
          {t('desk.walkins')}
        </A>
        <Show when={actor().stationIds[0]}>
          {(station) => (
            <A href={`/desk/walkins/poster/${station()}`} class="button" data-testid="desk-poster-link">
              {t('desk.doorPoster')}
            </A>
          )}
        </Show>
      </div>
      <Show when={actor().stationIds[0]}>
        {(station) => (
          <div class="row">
            <A href={`/stations/${station()}/edit`} class="button" data-testid="desk-station-edit">
              {t('desk.editStation')}
            </A>
            <A href={`/screen/${station()}`} class="button" data-testid="desk-screen-link">
              {t('desk.screen')}
            </A>
          </div>
        )}
      </Show>
      <A href="/desk/figures" class="button wide" data-testid="desk-figures-link">
        {t('desk.figures')}
      </A>
      <Show when={mayPrintForBoards(actor())}>
        <A href="/desk/print" class="button wide" data-testid="desk-print-link">
          {t('desk.printBoards')}
        </A>
      </Show>
      <A href="/desk/import" class="button wide" data-testid="desk-import-link">
        {t('desk.importSheet')}
      </A>
      <div class="row">
        <A href="/desk/syncfile" class="button" data-testid="desk-syncfile-link">
          {t('desk.importFile')}
        </A>
        <A href="/syncfile/county" class="button" data-testid="desk-county-link">
          {t('desk.countyFile')}
        </A>
      </div>

      <Show when={today().feeReports.length > 0}>
        <h4 id="desk-fees">{t('desk.feesTitle')}</h4>
        <p class="muted">{t('desk.feesHint')}</p>
        <ul class="cards" data-testid="desk-fees">
          <For each={today().feeReports}>
            {(job) => (
              <li class="card">
                <A href={`/desk/verify/${job.id}`} class="card-link" data-testid="fee-item">
                  <strong>{job.title}</strong>
                  <p class="muted">
                    {job.employerName} · {shortPlace(job.regionCode)}
                  </p>
                  <span class="chip chip-pending">{t('desk.feeReports', { n: job.feeReports ?? 0 })}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <h4 id="desk-verify">{t('desk.verifyTitle')}</h4>
      <ul class="cards" data-testid="desk-verify">
        <For
          each={today().toVerify.slice(0, SHOWN)}
          fallback={<li class="empty">{nothingOr(t('desk.verifyNone'))}</li>}
        >
          {(job) => (
            <li class="card">
              <A href={`/desk/verify/${job.id}`} class="card-link" data-testid="verify-item">
                <strong>{job.title}</strong>
                <p class="muted">
                  {job.employerName} · {shortPlace(job.regionCode)} · {when(job.postedAt)}
                </p>
                <Show when={job.flags.length > 0}>
                  <span class="chip chip-pending">{t('desk.flagged')}</span>
                </Show>
              </A>
            </li>
          )}
        </For>
      </ul>
      <Show when={today().toVerify.length > SHOWN}>
        <A href="/desk/jobs?status=open&verified=unverified" class="button wide">
          {t('desk.more', { n: today().toVerify.length - SHOWN })}
        </A>
      </Show>

      <h4 id="desk-applications">{t('desk.applicationsTitle')}</h4>
      <ul class="cards" data-testid="desk-applications">
        <For each={today().applications} fallback={<li class="empty">{nothingOr(t('desk.applicationsNone'))}</li>}>
          {({ application, job }) => (
            <li class="card">
              <A href={`/jobs/${application.jobId}`} class="card-link">
                <strong>{application.contact?.name ?? '—'}</strong> · {job?.title ?? t('desk.unknownJob')}
                <p class="muted">{when(application.updatedAt)}</p>
              </A>
            </li>
          )}
        </For>
      </ul>

      <h4 id="desk-complaints">{t('desk.complaintsTitle')}</h4>
      <ul class="cards" data-testid="desk-complaints">
        <For each={today().complaints} fallback={<li class="empty">{nothingOr(t('desk.complaintsNone'))}</li>}>
          {(complaint) => (
            <li class="card">
              <A href={`/complaints/${complaint.id}`} class="card-link" data-testid="complaint-item">
                <strong>{complaint.employerName}</strong>
                {complaint.amount ? ` · ${complaint.amount} 元` : ''}
                <p class="muted">
                  {shortPlace(complaint.regionCode)} · {when(complaint.updatedAt)}
                  {complaint.anonymous ? ` · ${t('desk.anonymous')}` : ''}
                </p>
                <p>{complaint.description.slice(0, 60)}</p>
              </A>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
