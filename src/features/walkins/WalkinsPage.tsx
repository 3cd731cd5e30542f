/**
 * 来访登记 at the desk: who came (a person found by name or phone, or nobody named) and one
 * tap on what they came for logs the visit, offline like every write. Below, today's visits
 * at the station, newest first, with a count per reason; check-ins from the door's code
 * (CheckInPage) arrive here when the worker's phone and the desk have synced.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import { recordKey, type Seeker } from '../../core/records';
import { useActor } from '../../ui/actor';
import { formatTime, maskPhone } from '../../ui/format';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ExportButtons, fileDay, type Table } from '../sheets';
import { ReasonButtons } from './ReasonButtons';
import { countByReason, REASONS, type Reason, reasonOf, servicesFor } from './reasons';
import { t } from './strings';
import { findPeople, stationsOf, type TodayVisit, visitsToday } from './walkins.repo';

/** The day's list is re-read each minute, so it turns over at midnight on a desk left open. */
const MINUTE_MS = 60_000;

/** Today's visits as a spreadsheet: time, reason, who, and whether they checked in at the door. */
function visitsTable(visits: readonly TodayVisit[], now: number): Table {
  return {
    name: `${t('walkins.title')}-${fileDay(now)}`,
    columns: [
      { key: 'time', label: t('walkins.col.time') },
      { key: 'reason', label: t('walkins.col.reason') },
      { key: 'name', label: t('walkins.col.name') },
      { key: 'how', label: t('walkins.col.how') },
    ],
    rows: visits.map(({ visit, name }) => ({
      time: formatTime(visit.at),
      reason: t(`reason.${reasonOf(visit)}`),
      name: name ?? t('walkins.unnamed'),
      how: visit.checkInDay !== undefined ? t('walkins.door') : t('walkins.atDesk'),
    })),
  };
}

export default function WalkinsPage() {
  const { db, write } = useServices();
  const actor = useActor();
  const stations = createLiveQuery(
    () => actor().stationIds,
    (ids) => stationsOf(db, ids),
    [],
  );
  const [chosenStation, setChosenStation] = createSignal<string>();
  const stationId = () => chosenStation() ?? stations()[0]?.id;

  const [now, setNow] = createSignal(Date.now());
  const clock = window.setInterval(() => setNow(Date.now()), MINUTE_MS);
  onCleanup(() => window.clearInterval(clock));
  const today = createLiveQuery(
    () => ({ station: stationId(), now: now() }),
    ({ station, now }) => (station ? visitsToday(db, station, now) : Promise.resolve([])),
    [],
  );
  const counts = createMemo(() => countByReason(today().map((row) => row.visit)));
  const pending = createPendingKeys(db);

  const [query, setQuery] = createSignal('');
  const found = createLiveQuery(query, (q) => findPeople(db, q), []);
  const [person, setPerson] = createSignal<Seeker>();
  const [logged, setLogged] = createSignal<Reason>();

  const log = async (reason: Reason) => {
    const station = stationId();
    if (!station) return;
    const at = Date.now();
    await write('visit.log', {
      id: uuidv7(at),
      stationId: station,
      at,
      services: servicesFor(reason),
      seekerId: person()?.id,
    });
    setNow(at);
    setLogged(reason);
    setPerson(undefined);
    setQuery('');
  };

  return (
    <section class="page walkins" data-testid="walkins-page">
      <h2 class="page-title">{t('walkins.title')}</h2>
      <p class="muted">{t('walkins.hint')}</p>
      <Show when={stationId()} fallback={<p class="notice warn">{t('walkins.noStation')}</p>}>
        <Show when={stations().length > 1}>
          <label class="field">
            <span>{t('walkins.station')}</span>
            <select value={stationId()} onChange={(event) => setChosenStation(event.currentTarget.value)}>
              <For each={stations()}>{(station) => <option value={station.id}>{station.name}</option>}</For>
            </select>
          </label>
        </Show>
        <A href={`/desk/walkins/poster/${stationId()}`} class="button wide" data-testid="walkins-poster-link">
          {t('walkins.poster')}
        </A>

        <h3>{t('walkins.who')}</h3>
        <Show
          when={person()}
          fallback={
            <>
              <label class="field">
                <span>{t('walkins.find')}</span>
                <input
                  type="search"
                  value={query()}
                  onInput={(event) => setQuery(event.currentTarget.value)}
                  data-testid="walkins-find"
                />
              </label>
              <Show when={query().trim()}>
                <ul class="walkins-people">
                  <For each={found()} fallback={<li class="muted">{t('walkins.findNone')}</li>}>
                    {(seeker) => (
                      <li>
                        <button
                          type="button"
                          class="button wide"
                          onClick={() => setPerson(seeker)}
                          data-testid="walkins-person"
                        >
                          {seeker.name}
                          {seeker.phone ? ` · ${maskPhone(seeker.phone)}` : ''}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          }
        >
          {(chosen) => (
            <p class="walkins-chosen" data-testid="walkins-chosen">
              <strong>{t('walkins.chosen', { name: chosen().name })}</strong>
              <button type="button" class="button" onClick={() => setPerson(undefined)}>
                {t('walkins.clear')}
              </button>
            </p>
          )}
        </Show>

        <h3>{t('walkins.what')}</h3>
        <ReasonButtons onChoose={log} testId="walkins-reason" />
        <Show when={logged()}>
          {(reason) => (
            <p class="notice" role="status" data-testid="walkins-logged">
              {t('walkins.logged', { reason: t(`reason.${reason()}`) })}
            </p>
          )}
        </Show>

        <h3 data-testid="walkins-count">{t('walkins.today', { n: today().length })}</h3>
        <Show when={today().length > 0}>
          <ul class="walkins-tally" aria-label={t('walkins.byReason')}>
            <For each={REASONS}>
              {(reason) => (
                <li data-testid={`walkins-tally-${reason}`}>
                  {t(`reason.${reason}`)} <strong>{counts()[reason]}</strong>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={today().length > 0}>
          <ExportButtons table={() => visitsTable(today(), now())} testid="walkins-export" />
        </Show>
        <ul class="cards" data-testid="walkins-today">
          <For each={today()} fallback={<li class="empty">{t('walkins.todayNone')}</li>}>
            {({ visit, name }) => (
              <li class="card" data-testid="walkins-visit">
                <strong>{t(`reason.${reasonOf(visit)}`)}</strong> · {name ?? t('walkins.unnamed')}
                <p class="muted">
                  {formatTime(visit.at)}
                  <Show when={visit.checkInDay !== undefined}> · {t('walkins.door')}</Show>
                </p>
                <Show when={pending().has(recordKey('visit', visit.id))}>
                  <span class="chip chip-pending">{t('walkins.pending')}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
