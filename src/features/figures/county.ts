/**
 * 全县（服务器）: a county's figures from `GET /api/figures`, which counts every station's rows,
 * and the monthly county report made from them (or from the phone's rows when offline).
 */
import { type CountyFigures, FIGURES_PATH, type Figures, type Period, periodName } from '../../core/figures';
import { SEEKER_GROUPS } from '../../core/records';
import type { Services } from '../../ui/services';
import type { Table } from '../sheets';
import { t } from './strings';

/** The server refused or failed: the page says so and keeps the phone's figures. */
export class ServerFiguresError extends Error {}

export async function fetchCountyFigures(
  auth: Services['auth'],
  county: string,
  period: Period,
): Promise<CountyFigures> {
  const session = await auth.freshSession();
  if (!session) throw new ServerFiguresError('not logged in');
  const query = new URLSearchParams({ county, period: period.unit, at: periodName(period) });
  const response = await fetch(`${FIGURES_PATH}?${query}`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
  });
  if (!response.ok) throw new ServerFiguresError(`figures: ${response.status}`);
  return (await response.json()) as CountyFigures;
}

type Count = Exclude<keyof Figures, 'groups'>;
type Group = (typeof SEEKER_GROUPS)[number];

interface ReportColumn {
  key: string;
  label: () => string;
  value: (figures: Figures) => number;
}

const count = (key: Count): ReportColumn => ({ key, label: () => t(`figure.${key}`), value: (f) => f[key] });
const group = (name: Group): ReportColumn => ({
  key: `group.${name}`,
  label: () => t(`group.${name}`),
  value: (f) => f.groups[name] ?? 0,
});

/** The report's columns after the station, in the order of the county's monthly form. */
const REPORT_COLUMNS: ReportColumn[] = [
  ...(['visitors', 'newSeekers', 'keyGroupSeekers'] as const).map(count),
  ...SEEKER_GROUPS.map(group),
  ...(
    [
      'jobsPosted',
      'jobsVerified',
      'applications',
      'referrals',
      'placements',
      'complaintsReceived',
      'complaintsResolved',
      'courses',
      'trainees',
    ] as const
  ).map(count),
];

const cells = (figures: Figures) =>
  Object.fromEntries(REPORT_COLUMNS.map((column) => [column.key, column.value(figures)]));

/** 月报: one row per station of the county, then the county's total (which also counts what no station holds). */
export function reportTable(figures: CountyFigures, countyName: string): Table {
  const month = periodName(figures.period);
  return {
    name: t('report.name', { county: countyName, month }),
    columns: [
      { key: 'station', label: t('report.station') },
      ...REPORT_COLUMNS.map((column) => ({ key: column.key, label: column.label() })),
    ],
    rows: [
      ...figures.stations.map((row) => ({ station: row.name, ...cells(row.figures) })),
      { station: t('report.total'), ...cells(figures.figures) },
    ],
  };
}
