/**
 * 大屏 (`/screen/:stationId`): the station hall's TV or kiosk. It covers the whole window
 * (全屏 hides the browser too) and turns through panels every few seconds: the county's open
 * jobs (checked ones first, the wage big, a QR code to open each on a phone), which trades
 * are in demand, today's events and courses, the policies in force. Everything comes from
 * this device's database through live queries, so it keeps showing offline and follows
 * each sync by itself; the clock and 上次同步 tell the hall how fresh it is. It shows only
 * what every phone may see, so it needs no login to keep running.
 */
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { openState } from '../../core/geo';
import { jobEssentials, jobQrText } from '../../core/job-link';
import { occupationByCode } from '../../core/occupations';
import type { Job, Station } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { wageAmount } from '../../core/words';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { QrCode } from '../../ui/qr/QrCode';
import { useServices } from '../../ui/services';
import { type HeatRow, nextPanel, type Panel, panelsOf, secondsPerPanel } from './panels';
import { lastSyncAt, screenContent, screenStation } from './screen.repo';
import { t } from './strings';

const EMPTY = { jobs: [], heat: [], events: [], courses: [], policies: [] };

export default function StationScreen() {
  const { db } = useServices();
  const params = useParams<{ stationId: string }>();
  const [search] = useSearchParams<{ every?: string }>();
  const [now, setNow] = createSignal(Date.now());
  const clock = setInterval(() => setNow(Date.now()), 10_000);
  onCleanup(() => clearInterval(clock));
  // Re-read a quarter-hourly too: jobs expire and events end without any write.
  const quarter = createMemo(() => Math.floor(now() / 900_000));

  const station = createLiveQuery(
    () => params.stationId,
    (id) => screenStation(db, id).then((s) => s ?? false),
    null,
  );
  const content = createLiveQuery(
    () => [station(), quarter()] as const,
    ([s]) => (s ? screenContent(db, s, Date.now()) : Promise.resolve(EMPTY)),
    EMPTY,
  );
  const synced = createLiveQuery(
    () => null,
    () => lastSyncAt(db),
    null,
  );
  const panels = createMemo(() => panelsOf(content()));

  // Turning: paused by the 暂停 button, or while a pointer or the keyboard is on the screen.
  const [index, setIndex] = createSignal(0);
  const [paused, setPaused] = createSignal(false);
  const [held, setHeld] = createSignal(false);
  const current = () => panels()[index() % Math.max(panels().length, 1)] as Panel | undefined;
  createEffect(() => {
    if (paused() || held()) return;
    const timer = setInterval(
      () => setIndex((i) => nextPanel(i % Math.max(panels().length, 1), panels().length)),
      secondsPerPanel(search.every) * 1000,
    );
    onCleanup(() => clearInterval(timer));
  });

  // A TV left on this page must not dim or sleep: hold the screen awake while it is shown.
  onMount(() => {
    let lock: WakeLockSentinel | undefined;
    const hold = async () => {
      if (document.visibilityState === 'visible')
        lock = await navigator.wakeLock?.request('screen').catch(() => undefined);
    };
    void hold();
    document.addEventListener('visibilitychange', hold);
    onCleanup(() => {
      document.removeEventListener('visibilitychange', hold);
      void lock?.release();
    });
  });

  let frame: HTMLElement | undefined;
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void frame?.requestFullscreen?.();
  };

  return (
    <section class="screen" ref={frame} data-testid="station-screen">
      <header class="screen-top">
        <div>
          <h2 class="screen-station">{station() ? (station() as Station).name : t('screen.title')}</h2>
          <Show when={station()}>{(s) => <p class="screen-open">{openWords(s(), now())}</p>}</Show>
        </div>
        <p class="screen-clock">
          <strong data-testid="screen-clock">{formatTime(now())}</strong>
          <span data-testid="screen-synced">
            {synced() ? t('sync.last', { time: formatTime(synced()!) }) : t('screen.neverSynced')}
          </span>
        </p>
      </header>

      <Show when={station() !== null} fallback={<p class="screen-empty">{t('screen.loading')}</p>}>
        <Show when={station()} fallback={<p class="screen-empty">{t('screen.noStation')}</p>}>
          {(s) => (
            <div
              class="screen-panel"
              role="region"
              aria-label={t('screen.panels')}
              aria-live="off"
              data-testid="screen-panel"
              data-panel={index() % Math.max(panels().length, 1)}
              data-kind={current()?.kind ?? 'none'}
              onMouseEnter={() => setHeld(true)}
              onMouseLeave={() => setHeld(false)}
              onFocusIn={() => setHeld(true)}
              onFocusOut={() => setHeld(false)}
            >
              <Show when={current()} fallback={<p class="screen-empty">{t('screen.nothing')}</p>}>
                {(panel) => <PanelView panel={panel()} station={s()} />}
              </Show>
            </div>
          )}
        </Show>
      </Show>

      <footer class="screen-bottom">
        <span class="screen-count">
          {panels().length > 0 ? t('screen.page', { n: (index() % panels().length) + 1, of: panels().length }) : ''}
        </span>
        <button type="button" class="button" aria-pressed={paused()} onClick={() => setPaused(!paused())}>
          {paused() ? t('screen.resume') : t('screen.pause')}
        </button>
        <Show when={document.fullscreenEnabled}>
          <button type="button" class="button" onClick={fullscreen} data-testid="screen-fullscreen">
            {t('screen.fullscreen')}
          </button>
        </Show>
        <A href="/me" class="button">
          {t('screen.leave')}
        </A>
      </footer>
    </section>
  );
}

function openWords(station: Station, now: number): string {
  const state = openState(station.hours, now);
  if (state.kind === 'allDay') return t('screen.allDay');
  if (state.kind === 'open') return t('screen.openUntil', { time: state.closes });
  if (state.kind === 'closed') return t('screen.closedUntil', { time: state.opens });
  return '';
}

function PanelView(props: { panel: Panel; station: Station }) {
  return (
    <Switch>
      <Match when={props.panel.kind === 'jobs' && props.panel}>
        {(panel) => (
          <>
            <h3 class="screen-heading">
              {t('screen.jobs')}
              <Show when={panel().pages > 1}>
                <span class="screen-of">{t('screen.jobsPage', { n: panel().page, of: panel().pages })}</span>
              </Show>
            </h3>
            <p class="screen-hint">{t('screen.scan')}</p>
            <ul class="screen-jobs">
              <For each={panel().jobs}>{(job) => <ScreenJob job={job} station={props.station} />}</For>
            </ul>
          </>
        )}
      </Match>
      <Match when={props.panel.kind === 'heat' && props.panel}>{(panel) => <HeatView rows={panel().rows} />}</Match>
      <Match when={props.panel.kind === 'today' && props.panel}>
        {(panel) => (
          <>
            <h3 class="screen-heading">{t('screen.today')}</h3>
            <ul class="screen-list">
              <For each={panel().events}>
                {(event) => (
                  <li>
                    <strong>{event.title}</strong>
                    <span>
                      {formatTime(event.startsAt)}–{formatTime(event.endsAt)}
                      {event.place ? ` · ${event.place}` : ''}
                    </span>
                  </li>
                )}
              </For>
              <For each={panel().courses}>
                {(course) => (
                  <li>
                    <strong>{course.title}</strong>
                    <span>{t('screen.course', { days: course.days })}</span>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Match>
      <Match when={props.panel.kind === 'policies' && props.panel}>
        {(panel) => (
          <>
            <h3 class="screen-heading">{t('screen.policies')}</h3>
            <ul class="screen-list">
              <For each={panel().policies}>
                {(policy) => (
                  <li>
                    <strong>{policy.title}</strong>
                    <Show when={policy.summary?.amount ?? policy.summary?.who}>{(line) => <span>{line()}</span>}</Show>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Match>
    </Switch>
  );
}

function ScreenJob(props: { job: Job; station: Station }) {
  // The station's phone where the job is this station's (its desk checked it), else the job's contact.
  const qrText = () =>
    jobQrText(
      location.origin,
      jobEssentials(props.job, props.job.stationId === props.station.id ? props.station : undefined),
    );
  return (
    <li class="screen-job" data-testid="screen-job">
      <div>
        <strong class="screen-job-title">{props.job.title}</strong>
        <p class="screen-wage">
          {wageAmount(props.job.wageMin, props.job.wageMax)}
          <small>{t(`screen.per.${props.job.wageUnit}`)}</small>
        </p>
        <p>
          {props.job.employerName} · {shortPlace(props.job.regionCode)}
        </p>
        <Show when={props.job.verification.state === 'verified'}>
          <span class="chip">{t('screen.verified')}</span>
        </Show>
      </div>
      <QrCode class="screen-qr" text={qrText()} label={t('screen.qr', { title: props.job.title })} />
    </li>
  );
}

function HeatView(props: { rows: HeatRow[] }) {
  const most = () => Math.max(1, ...props.rows.map((row) => Math.max(row.jobs, row.seekers ?? 0)));
  const withSeekers = () => props.rows.some((row) => row.seekers !== undefined);
  const width = (n: number) => `${Math.round((n / most()) * 100)}%`;
  return (
    <>
      <h3 class="screen-heading">{t('screen.heat')}</h3>
      <p class="screen-hint">{withSeekers() ? t('screen.heatBoth') : t('screen.heatJobs')}</p>
      <ul class="screen-heat">
        <For each={props.rows}>
          {(row) => (
            <li>
              <span class="screen-heat-name">
                {occupationByCode(row.occupationCode)?.name ?? t('screen.otherWork')}
              </span>
              <span class="screen-bar jobs" style={{ width: width(row.jobs) }} />
              <span>{t('screen.heatJobsN', { n: row.jobs })}</span>
              <Show when={row.seekers !== undefined}>
                <span class="screen-bar seekers" style={{ width: width(row.seekers!) }} />
                <span>{t('screen.heatSeekersN', { n: row.seekers! })}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
