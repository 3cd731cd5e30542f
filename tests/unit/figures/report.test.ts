/**
 * 导出月报: the monthly county report's shape (a row per station of the county, the county's
 * total last, the county form's columns in Chinese) and the phone's own count of it read from
 * Dexie by index, which equals the shared count over the same rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countFigures, countyReport, periodOf } from '../../../src/core/figures';
import { uuidv7 } from '../../../src/core/ids';
import { GigDb, TABLE_OF } from '../../../src/db/db';
import { reportTable } from '../../../src/features/figures/county';
import { phoneCountyFigures } from '../../../src/features/figures/figures.repo';
import { china, figureRecords } from '../../fixtures/figures';

const { hall, market, records } = figureRecords();
const december = periodOf('month', china('2026-12-15T12:00'));
const TABLES = {
  stations: TABLE_OF.station,
  visits: TABLE_OF.visit,
  seekers: TABLE_OF.seeker,
  jobs: TABLE_OF.job,
  applications: TABLE_OF.application,
  complaints: TABLE_OF.complaint,
  courses: TABLE_OF.course,
  enrollments: TABLE_OF.enrollment,
};

describe('the monthly county report', () => {
  let db: GigDb | undefined;
  afterEach(() => db?.close());

  it('has a row per station of the county, then the county’s total, under the county form’s heads', () => {
    const report = countyReport(records, '630103', december);
    const table = reportTable(
      {
        county: '630103',
        period: december,
        figures: report.total,
        previous: report.total,
        days: [],
        heat: { demand: [], supply: [] },
        stations: report.stations,
      },
      '城中区',
    );
    expect(table.name).toBe('月报-城中区-2026-12');
    expect(table.columns.map((c) => c.label)).toEqual([
      '驿站',
      '来访人次',
      '新登记求职者',
      '其中重点群体',
      '脱贫人口',
      '农民工',
      '高校毕业生',
      '失业人员',
      '转岗待岗职工',
      '新就业形态劳动者',
      '发布岗位',
      '核实岗位',
      '报名',
      '推荐',
      '上岗',
      '求助受理',
      '求助办结',
      '培训班次',
      '参训人次',
    ]);
    const [first, second, total] = table.rows;
    expect(table.rows).toHaveLength(3);
    expect([first.station, second.station].sort()).toEqual([hall.name, market.name].sort());
    const hallRow = first.station === hall.name ? first : second;
    expect(hallRow).toMatchObject({
      visitors: 3,
      newSeekers: 2,
      'group.脱贫人口': 1,
      'group.失业人员': 0,
      placements: 2,
    });
    expect(total).toMatchObject({ station: '全县合计', visitors: 4, newSeekers: 3, applications: 3 });
  });

  it('on the phone, read from Dexie by index, counts what the shared module counts over the same rows', async () => {
    db = new GigDb(`figures-${uuidv7()}`);
    const local = db;
    await local.transaction('rw', Object.values(TABLES), async () => {
      for (const [list, table] of Object.entries(TABLES)) {
        await local.table(table).bulkPut([...records[list as keyof typeof TABLES]]);
      }
    });
    const onPhone = await phoneCountyFigures(local, '630103', december);
    expect(onPhone.figures).toEqual(countFigures(records, { county: '630103' }, december));
    expect(onPhone.stations).toEqual(countyReport(records, '630103', december).stations);
  });
});
