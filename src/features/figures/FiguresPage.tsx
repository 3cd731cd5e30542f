/**
 * 数据: a station's or a county's figures for a day, a week or a month, counted on this phone
 * from what it has synced (so it works offline, and says how fresh it is), each beside the
 * period before; visitors and new registrations per day as a chart (uPlot, loaded with the
 * chart) with the same numbers as a table; job heat as bars; and, when online, the whole
 * county as the server counts it (全县（服务器）), which includes stations this phone does not
 * hold. 导出月报 makes the monthly county report as a spreadsheet.
 */
import { createMemo, createResource, createSignal, For, lazy, Show } from 'solid-js';
import { mayReadFigures } from '../../core/access';
import {
  chinaIsoDate,
  type DayCount,
  type Figures,
  type JobHeat,
  PERIOD_UNITS,
  type Period,
  type PeriodUnit,
  periodName,
  periodOf,
  previousPeriod,
  type Scope,
} from '../../core/figures';
import { occupationByCode } from '../../core/occupations';
import { countyOf } from '../../core/regions/codes';
import { countyName } from '../../core/regions/names';
import { SEEKER_GROUPS, type Station } from '../../core/records';
import { useActor } from '../../ui/actor';
import { createOnline } from '../../ui/online';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ExportButtons } from '../sheets';
import { fetchCountyFigures, reportTable } from './county';
import { figuresRevision, lastSyncAt, phoneCountyFigures, phoneFigures } from './figures.repo';
import { t } from './strings';

const DayChart = lazy(() => import('./DayChart'));

/** The figures shown as big numbers, each with a part of it beneath where there is one. */
const TILES: { key: Exclude<keyof Figures, 'groups'>; part?: Exclude<keyof Figures, 'groups'> }[] = [
  { key: 'visitors', part: 'checkIns' },
  { key: 'newSeekers', part: 'keyGroupSeekers' },
  { key: 'jobsPosted' },
  { key: 'jobsVerified' },
  { key: 'applications', part: 'referrals' },
  { key: 'placements' },
  { key: 'complaintsReceived' },
  { key: 'complaintsResolved' },
  { key: 'courses' },
  { key: 'trainees', part: 'attendance' },
];

const county = (code: string) => countyName(code) ?? t('figures.title');

function periodText(period: Period): string {
  if (period.unit === 'month') return t('figures.period.month', { month: periodName(period) });
  if (period.unit === 'day') return t('figures.period.day', { date: chinaIsoDate(period.start) });
  return t('figures.period.week', { from: chinaIsoDate(period.start), to: chinaIsoDate(period.end - 1) });
}

function Change(props: { now: number; before: number }) {
  const diff = () => props.now - props.before;
  return (
    <span class="figure-change">
      {t('figures.before', { n: props.before })}{' '}
      <Show when={diff() !== 0} fallback={<span>{t('figures.same')}</span>}>
        <span class={diff() > 0 ? 'up' : 'down'}>
          <span aria-hidden="true">{diff() > 0 ? '↑' : '↓'}</span>
          {diff() > 0 ? t('figures.up', { n: diff() }) : t('figures.down', { n: -diff() })}
        </span>
      </Show>
    </span>
  );
}

function FigureGrid(props: { figures: Figures; previous: Figures; testid: string }) {
  const groups = () => SEEKER_GROUPS.filter((group) => (props.figures.groups[group] ?? 0) > 0);
  return (
    <>
      <ul class="figures-grid" data-testid={props.testid}>
        <For each={TILES}>
          {(tile) => (
            <li class="figure" data-testid={`${props.testid}-${tile.key}`}>
              <span class="figure-label">{t(`figure.${tile.key}`)}</span>
              <strong class="figure-number">{props.figures[tile.key]}</strong>
              <Show when={tile.part}>
                {(part) => (
                  <span class="figure-part">
                    {t(`figure.${part()}`)} {props.figures[part()]}
                  </span>
                )}
              </Show>
              <Change now={props.figures[tile.key]} before={props.previous[tile.key]} />
            </li>
          )}
        </For>
      </ul>
      <Show when={groups().length > 0}>
        <p class="muted">
          {t('figures.groups')}:{' '}
          {groups()
            .map((group) => `${t(`group.${group}`)} ${props.figures.groups[group]}`)
            .join('，')}
        </p>
      </Show>
    </>
  );
}

function DayTable(props: { days: DayCount[] }) {
  return (
    <details class="figures-days">
      <summary>{t('figures.chartTable')}</summary>
      <table data-testid="figures-day-table">
        <thead>
          <tr>
            <th scope="col">{t('figures.day')}</th>
            <th scope="col">{t('figure.visitors')}</th>
            <th scope="col">{t('figure.newSeekers')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.days}>
            {(day) => (
              <tr>
                <th scope="row">{chinaIsoDate(day.day)}</th>
                <td>{day.visitors}</td>
                <td>{day.newSeekers}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </details>
  );
}

function HeatList(props: { title: string; rows: JobHeat['demand']; testid: string }) {
  const most = () => Math.max(1, ...props.rows.map((row) => row.count));
  return (
    <div class="heat">
      <h4>{props.title}</h4>
      <ol class="heat-list" data-testid={props.testid}>
        <For each={props.rows} fallback={<li class="muted">{t('figures.heatNone')}</li>}>
          {(row) => (
            <li>
              <span>
                {t('figures.heatRow', {
                  name: occupationByCode(row.occupationCode)?.name ?? row.occupationCode,
                  n: row.count,
                })}
              </span>
              <span class="heat-bar" aria-hidden="true" style={{ width: `${(100 * row.count) / most()}%` }} />
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}

export default function FiguresPage() {
  const { db, auth } = useServices();
  const actor = useActor();
  const stations = createLiveQuery(
    () => actor().stationIds,
    async (ids) => (await db.stations.bulkGet([...ids])).filter((s): s is Station => s !== undefined && !s.deleted),
    [],
  );
  /** The counties this account may see: its own; an admin's, those of the stations on the phone. */
  const counties = createLiveQuery(
    () => actor(),
    async (who) =>
      who.role === 'admin'
        ? [...new Set((await db.stations.toArray()).map((s) => countyOf(s.regionCode)))].sort()
        : who.counties.filter((code) => mayReadFigures(who, code)),
    [] as string[],
  );
  const scopes = createMemo(() => [
    ...stations().map((s) => ({ value: `station:${s.id}`, label: s.name, scope: { station: s.id } as Scope })),
    ...counties().map((code) => ({
      value: `county:${code}`,
      label: t('figures.scope.county', { county: county(code) }),
      scope: { county: code } as Scope,
    })),
  ]);
  const [chosen, setChosen] = createSignal<string>();
  const choice = () => scopes().find((s) => s.value === chosen()) ?? scopes()[0];
  const scopeCounty = () => {
    const scope = choice()?.scope;
    if (!scope) return undefined;
    if ('county' in scope) return scope.county;
    const station = stations().find((s) => s.id === scope.station);
    return station && countyOf(station.regionCode);
  };

  const [unit, setUnit] = createSignal<PeriodUnit>('day');
  const [anchor, setAnchor] = createSignal(Date.now());
  const period = createMemo(() => periodOf(unit(), anchor()));
  const isLatest = () => period().end > Date.now();

  const onPhone = createLiveQuery(
    () => ({ scope: choice()?.scope, period: period() }),
    // The worker's reads are out of this live query's sight: it follows the syncs and writes instead.
    async ({ scope, period }) => {
      await figuresRevision(db);
      return scope ? phoneFigures(db, scope, period) : undefined;
    },
    undefined,
  );
  const synced = createLiveQuery(
    () => null,
    () => lastSyncAt(db),
    null,
  );

  const online = createOnline();
  const [server] = createResource(
    () => {
      const code = scopeCounty();
      return code && online() ? { code, period: period() } : undefined;
    },
    ({ code, period }) => fetchCountyFigures(auth, code, period),
  );

  /** 月报 of the month holding the period: the server's whole county when it answers, else this phone's rows. */
  const report = async () => {
    const code = scopeCounty();
    if (!code) throw new Error('no county');
    const month = periodOf('month', period().start);
    const figures = await (online()
      ? fetchCountyFigures(auth, code, month).catch(() => phoneCountyFigures(db, code, month))
      : phoneCountyFigures(db, code, month));
    return reportTable(figures, county(code));
  };

  return (
    <section class="page figures" data-testid="figures-page">
      <h2 class="page-title">{t('figures.title')}</h2>
      <Show when={choice()} fallback={<p class="notice warn">{t('figures.noPlace')}</p>}>
        <Show when={scopes().length > 1}>
          <label class="field">
            <span>{t('figures.scope')}</span>
            <select
              value={choice()?.value}
              onChange={(event) => setChosen(event.currentTarget.value)}
              data-testid="figures-scope"
            >
              <For each={scopes()}>{(option) => <option value={option.value}>{option.label}</option>}</For>
            </select>
          </label>
        </Show>
        <fieldset class="figures-units">
          <legend>{t('figures.unit')}</legend>
          <For each={PERIOD_UNITS}>
            {(option) => (
              <button
                type="button"
                class={unit() === option ? 'button primary' : 'button'}
                aria-pressed={unit() === option}
                onClick={() => setUnit(option)}
                data-testid={`figures-unit-${option}`}
              >
                {t(`figures.unit.${option}`)}
              </button>
            )}
          </For>
        </fieldset>
        <div class="row figures-period">
          <button type="button" class="button" onClick={() => setAnchor(previousPeriod(period()).start)}>
            {t('figures.earlier')}
          </button>
          <strong data-testid="figures-period">{periodText(period())}</strong>
          <button type="button" class="button" disabled={isLatest()} onClick={() => setAnchor(period().end)}>
            {t('figures.later')}
          </button>
        </div>
        <p class="muted" data-testid="figures-freshness">
          {synced() ? t('figures.onPhone', { time: formatTime(synced() ?? 0) }) : t('figures.onPhoneNever')}
        </p>

        <Show when={onPhone()}>
          {(shown) => (
            <>
              <FigureGrid figures={shown().figures} previous={shown().previous} testid="figures-phone" />
              <Show when={unit() !== 'day'}>
                <h3>{t('figures.chart')}</h3>
                <DayChart
                  days={shown().days}
                  label={t('figures.chartSummary', {
                    period: periodText(period()),
                    visitors: shown().figures.visitors,
                    seekers: shown().figures.newSeekers,
                  })}
                />
                <DayTable days={shown().days} />
              </Show>
              <h3>{t('figures.heat')}</h3>
              <HeatList title={t('figures.demand')} rows={shown().heat.demand} testid="figures-demand" />
              <HeatList title={t('figures.supply')} rows={shown().heat.supply} testid="figures-supply" />
            </>
          )}
        </Show>

        <h3>{t('figures.server')}</h3>
        <Show
          when={online()}
          fallback={
            <p class="notice" data-testid="figures-server-offline">
              {t('figures.serverOffline')}
            </p>
          }
        >
          <Show
            when={!server.error}
            fallback={
              <p class="notice warn" role="alert">
                {t('figures.serverFailed')}
              </p>
            }
          >
            <Show when={server()} fallback={<p class="muted">{t('figures.serverLoading')}</p>}>
              {(county) => (
                <>
                  <p class="muted">{t('figures.serverHint')}</p>
                  <FigureGrid figures={county().figures} previous={county().previous} testid="figures-server" />
                </>
              )}
            </Show>
          </Show>
        </Show>

        <h3>{t('figures.export')}</h3>
        <p class="muted">
          {t('figures.exportHint', { month: periodName(periodOf('month', period().start)) })}{' '}
          {online() ? t('figures.exportFrom.server') : t('figures.exportFrom.phone')}
        </p>
        <ExportButtons table={report} testid="figures-export" />
      </Show>
    </section>
  );
}
