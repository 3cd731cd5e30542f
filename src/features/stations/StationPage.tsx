/** One station: hours and whether it is open now, services, a number to call, directions, its jobs. */
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { mayEditStation } from '../../core/access';
import { distanceMeters } from '../../core/geo';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { recordKey, type Station } from '../../core/records';
import type { KeyIn } from '../../i18n';
import { t } from './strings';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { position } from '../../ui/geolocation';
import { JobCard } from '../jobs';
import { CoordinateInput } from './CoordinateInput';
import { distanceText, openText, stationOpenState, travelText } from './format';
import { type MapLink, mapLinks } from './navigation';
import { ServiceChip } from './ServiceChip';
import { StationPhoto } from './StationPhoto';
import { openJobsAt, stationById } from './stations.repo';

const NAV_LABEL: Record<MapLink['app'], KeyIn<typeof t>> = {
  phone: 'station.navPhone',
  amap: 'station.navAmap',
  baidu: 'station.navBaidu',
};

const JOBS_PAGE = 10;

const hoursText = (station: Station) =>
  station.hours.allDay ? t('stations.allDay') : (station.hours.daily ?? t('station.hoursUnknown'));

export default function StationPage() {
  const { db } = useServices();
  const params = useParams<{ id: string }>();
  const actor = useActor();
  const station = createLiveQuery(
    () => params.id,
    (id) => stationById(db, id).then((s) => s ?? false),
    null,
  );
  const jobs = createLiveQuery(
    () => params.id,
    (id) => openJobsAt(db, id),
    [],
  );
  const pending = createPendingKeys(db);
  // A market station can hold hundreds of postings: show a page at a time.
  const [shown, setShown] = createSignal(JOBS_PAGE);

  return (
    <section class="page">
      <A href="/stations" class="back">
        ‹ {t('station.back')}
      </A>
      <Show when={station() !== null} fallback={<p class="muted">{t('stations.loading')}</p>}>
        <Show when={station()} fallback={<p class="empty">{t('station.notFound')}</p>}>
          {(s) => (
            <article data-testid="station-page">
              <h2 class="page-title">{s().name}</h2>
              <p class="muted">{s().kind}</p>
              <StationPhoto station={s()} />
              <p class={stationOpenState(s()).kind === 'closed' ? 'notice warn' : 'notice'} data-testid="station-open">
                {openText(stationOpenState(s()))}
              </p>
              <Show when={pending().has(recordKey('station', s().id))}>
                <p class="notice" data-testid="station-pending">
                  {t('station.pending')}
                </p>
              </Show>
              <Show when={mayEditStation(actor(), s())}>
                <A href={`/stations/${s().id}/edit`} class="button wide" data-testid="station-edit">
                  {t('station.edit')}
                </A>
              </Show>
              <ReadAloud
                text={[
                  s().name,
                  `${t('station.hours')}：${hoursText(s())}`,
                  `${t('stations.services')}：${s()
                    .services.map((service) => t(`service.${service}`))
                    .join('、')}`,
                  s().phone && t('station.call', { phone: s().phone! }),
                  `${t('station.address')}：${s().address}`,
                ]}
              />
              <dl class="facts">
                <dt>{t('station.address')}</dt>
                <dd>{s().address}</dd>
                <dt>{t('station.hours')}</dt>
                <dd>{hoursText(s())}</dd>
                <Show when={position()}>
                  {(from) => (
                    <>
                      <dt>{t('station.distance')}</dt>
                      <dd>{travelText(from(), s())}</dd>
                    </>
                  )}
                </Show>
              </dl>
              <h3>{t('stations.services')}</h3>
              <div class="chips">
                <For each={s().services}>{(service) => <ServiceChip service={service} />}</For>
              </div>
              <Show when={s().phone}>
                {(phone) => (
                  <a class="button primary wide" href={`tel:${phone()}`} data-testid="station-call">
                    {t('station.call', { phone: phone() })}
                  </a>
                )}
              </Show>
              <h3>{t('station.navigate')}</h3>
              <div class="station-nav">
                <For each={mapLinks(s(), navigator.userAgent)}>
                  {(link) => (
                    <a class="button" href={link.href} data-testid={`nav-${link.app}`}>
                      {t(NAV_LABEL[link.app])}
                    </a>
                  )}
                </For>
              </div>
              <p class="muted">{t('station.navHint')}</p>
              <h3>{t('station.jobs', { n: jobs().length })}</h3>
              <Show when={jobs().length > 0} fallback={<p class="muted">{t('station.noJobs')}</p>}>
                <ul class="cards" data-testid="station-jobs">
                  <For each={jobs().slice(0, shown())}>
                    {(job) => <JobCard job={job} pending={pending().has(recordKey('job', job.id))} />}
                  </For>
                </ul>
                <Show when={jobs().length > shown()}>
                  <button type="button" class="button wide" onClick={() => setShown(shown() + JOBS_PAGE)}>
                    {t('station.more')}
                  </button>
                </Show>
              </Show>
              {/* Checking the map point against a coordinate read on site: the station's own desk. */}
              <Show when={mayEditStation(actor(), s())}>
                <details class="station-coords" data-testid="station-coords">
                  <summary>{t('station.coords')}</summary>
                  <CoordinateInput>
                    {(wgs) => <p>{t('station.coordsOffset', { d: distanceText(distanceMeters(wgs, s())) })}</p>}
                  </CoordinateInput>
                </details>
              </Show>
            </article>
          )}
        </Show>
      </Show>
    </section>
  );
}
