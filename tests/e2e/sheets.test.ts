/**
 * Issue 13's spreadsheets in Chromium at 360 px: the desk imports an .xlsx of 200 jobs with 7
 * bad rows (made here with SheetJS): 193 are imported, the report names the 7 rows with their
 * column and reason (downloaded and read back), and importing the file again adds nothing.
 * The station's jobs, exported as .xlsx, download and parse. Last year's register, a GBK CSV
 * with a title line above its head, brings its people in without their ID numbers.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { read, utils, write } from 'xlsx';
import { OCCUPATIONS } from '../../src/core/occupations';
import { gbk } from '../support/gbk';
import { expectAccessible } from './axe';
import { describeBrowser, logInWithPassword, serverForTests, waitForSynced, withPhone } from './harness';

const FEW_JOBS = { jobs: 60, seekers: 5, stationsPerCounty: 1 };
const SLOW = 300_000;
const DESK = '13800000002';
/** Names the imported jobs on the server apart from the demo's. */
const EMPLOYER = '总寨鑫源劳务';

/** The villages of the demo desk's town (总寨镇, 城中区 630103), as an employer writes them. */
const VILLAGES = ['王斌堡村', '张家庄村', '清河村', '谢家寨村', '杜家庄村', '新庄村', '陈家窑村'];

/** Row (1-based, as Excel numbers them; the head is row 1) → a bad cell and the reason the report gives. */
const BAD: Record<number, { column: string; value: string; reason: RegExp }> = {
  12: { column: '岗位名称', value: '', reason: /请填写/ },
  40: { column: '工资', value: '面议', reason: /工资要写数字/ },
  77: { column: '工作地点', value: '大王庄街道', reason: /不在本站负责的区县/ },
  101: { column: '联系电话', value: '12345', reason: /电话号码不对/ },
  133: { column: '招聘人数', value: '很多', reason: /人数要写整数/ },
  160: { column: '岗位名称', value: '=HYPERLINK("http://x","点我")', reason: /公式/ },
  190: { column: '工作地点', value: '火星村', reason: /找不到这个地点/ },
};
const HEAD = ['岗位名称', '工种', '用工单位', '工作地点', '工资', '结算方式', '招聘人数', '联系电话'];

function jobsWorkbook(): Buffer {
  const trades = OCCUPATIONS.slice(0, 12);
  const rows = Array.from({ length: 200 }, (_, i) => {
    const trade = trades[i % trades.length];
    const row: Record<string, string | number> = {
      岗位名称: `${trade.name}（${i + 1}号）`,
      工种: trade.name,
      用工单位: EMPLOYER,
      工作地点: `总寨镇${VILLAGES[i % VILLAGES.length]}`,
      工资: `${150 + (i % 50)}-${200 + (i % 50)}元/天`,
      结算方式: '日结',
      招聘人数: 1 + (i % 5),
      联系电话: `139${String(10_000_000 + i).padStart(8, '0')}`,
    };
    const bad = BAD[i + 2];
    if (bad) row[bad.column] = bad.value;
    return HEAD.map((column) => row[column]);
  });
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([HEAD, ...rows]), '招聘');
  return write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The import file input, given the workbook (again). */
const FILE = {
  name: '鑫源劳务-招聘.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

describeBrowser('导入表格 and exports in Chromium', () => {
  const server = serverForTests({ demo: FEW_JOBS });
  const imported = async () =>
    (
      await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM records WHERE kind = 'job' AND NOT deleted AND data->>'employerName' = $1`,
        [EMPLOYER],
      )
    )[0].n;

  it(
    'imports 193 of 200 jobs, reports the 7 bad rows with reasons, adds nothing the second time; exports the jobs',
    async () => {
      const workbook = jobsWorkbook();
      await withPhone(server, async (page) => {
        await logInWithPassword(page, server, DESK);
        await waitForSynced(page);
        await page.locator('a.tab[href="/me"]').click();
        await page.getByTestId('desk-import-link').click();
        await page.getByTestId('import-file').setInputFiles({ ...FILE, buffer: workbook });
        const summary = page.getByTestId('import-summary');
        await expect
          .poll(() => summary.textContent(), { timeout: 60_000 })
          .toContain('共 200 行：193 行可以导入，7 行有问题');
        await expectAccessible(page, '导入表格');
        expect(await page.getByTestId('import-problem').count()).toBe(7);
        // The columns were guessed from their heads: nothing left out.
        const mapped = await page
          .getByTestId('import-column')
          .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
        expect(mapped).toEqual([
          'title',
          'occupation',
          'employerName',
          'place',
          'wage',
          'payPeriod',
          'headcount',
          'contactPhone',
        ]);

        // The report, downloaded as CSV and read back: row, column, reason for each of the 7.
        const [report] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('import-report').getByTestId('export-csv').click(),
        ]);
        const lines = readFileSync((await report.path()) as string, 'utf8')
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(lines[0]).toBe('行号,列,原因');
        const rows = lines.slice(1).map((line) => line.split(','));
        expect(rows.map(([row]) => Number(row))).toEqual(Object.keys(BAD).map(Number));
        for (const [row, column, reason] of rows) {
          expect(column).toBe(BAD[Number(row)].column);
          expect(reason).toMatch(BAD[Number(row)].reason);
        }

        await page.getByTestId('import-go').click();
        await expect
          .poll(() => page.getByTestId('import-status').textContent(), { timeout: 60_000 })
          .toContain('已导入 193 条');
        await waitForSynced(page);
        expect(await imported()).toBe(193);

        // The same file again: every good row is already there; nothing to import.
        await page.getByTestId('import-file').setInputFiles([]);
        await page.getByTestId('import-file').setInputFiles({ ...FILE, buffer: workbook });
        await expect
          .poll(() => page.getByTestId('import-already').textContent(), { timeout: 60_000 })
          .toContain('193 条已导入过');
        await expect.poll(() => page.getByTestId('import-go').isDisabled()).toBe(true);
        await waitForSynced(page);
        expect(await imported()).toBe(193);

        // 本站岗位 as .xlsx: the list's rows, worded.
        await page.goto(`${server.url}/desk/jobs`);
        const listed = async () => Number((await page.getByTestId('list-count').textContent())?.match(/\d+/)?.[0] ?? 0);
        await expect.poll(listed, { timeout: 30_000 }).toBeGreaterThanOrEqual(193);
        const count = await listed();
        const [sheet] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('jobs-export').getByTestId('export-xlsx').click(),
        ]);
        expect(sheet.suggestedFilename()).toMatch(/^本站岗位-\d{4}-\d{2}-\d{2}\.xlsx$/);
        const book = read(readFileSync((await sheet.path()) as string));
        const grid = utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1 });
        expect(grid[0]).toEqual([
          '岗位',
          '工种',
          '用工单位',
          '地点',
          '工资',
          '结算',
          '人数',
          '电话',
          '状态',
          '核实',
          '发布日期',
        ]);
        expect(grid).toHaveLength(count + 1);
        expect(grid.flat().join(' ')).toContain(EMPLOYER);
      });
    },
    SLOW,
  );
  it(
    'imports people from a GBK CSV register with a title line, keeping only the birth year of an ID number',
    async () => {
      const csv = [
        '2025年总寨镇求职人员登记表,,,,',
        '序号,姓名,身份证号码,联系电话,家庭住址,求职意向',
        '1,韩春梅,11010519491231002X,13700000001,总寨镇王斌堡村,保洁',
        '2,祁永福,110105194912310021,13700000002,总寨镇张家庄村,瓦工',
        '3,李德山,,13700000003,总寨镇清河村,保洁',
      ].join('\r\n');
      await withPhone(server, async (page) => {
        await logInWithPassword(page, server, DESK);
        await waitForSynced(page);
        await page.goto(`${server.url}/desk/import`);
        await page.getByTestId('import-kind-seeker').check();
        await page
          .getByTestId('import-file')
          .setInputFiles({ name: '登记表.csv', mimeType: 'text/csv', buffer: Buffer.from(gbk(csv)) });
        await expect
          .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 })
          .toContain('共 3 行：2 行可以导入，1 行有问题');
        expect(await page.getByTestId('import-problem').textContent()).toMatch(/第 4 行.*身份证号码：身份证号不对/);
        await page.getByTestId('import-go').click();
        await expect
          .poll(() => page.getByTestId('import-status').textContent(), { timeout: 60_000 })
          .toContain('已导入 2 条');
        await waitForSynced(page);
        const people = await server.db.query<{ data: Record<string, unknown> }>(
          `SELECT data FROM records WHERE kind = 'seeker' AND NOT deleted AND data->>'phone' IN ('13700000001', '13700000003')
           ORDER BY data->>'phone'`,
        );
        expect(people.map((p) => [p.data.name, p.data.birthYear, p.data.registeredBy])).toEqual([
          ['韩春梅', 1949, 'staff'],
          ['李德山', undefined, 'staff'],
        ]);
        expect(JSON.stringify(people)).not.toContain('11010519491231002X');
      });
    },
    SLOW,
  );
});
