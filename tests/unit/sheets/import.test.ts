/**
 * 导入表格 (src/features/sheets): reading files (CSV in UTF-8 and GBK, .xlsx), guessing what
 * each column is, checking rows with the mutators' own schemas, ids that make a second import
 * add nothing, and saving all the new rows in one transaction or none.
 */
import { describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { uuidv7 } from '../../../src/core/ids';
import { UUID_PATTERN } from '../../../src/core/ids';
import { GigDb } from '../../../src/db/db';
import { mutateAll } from '../../../src/db/mutate';
import { pendingCount } from '../../../src/db/outbox-view';
import { writeSession } from '../../../src/db/session';
import { contentId } from '../../../src/features/sheets/content-id';
import { findHead, guessMapping } from '../../../src/features/sheets/import-fields';
import { checkRows, type ImportContext, type RowVerdict } from '../../../src/features/sheets/import-rows';
import { importedBefore, problemTable, saveNew } from '../../../src/features/sheets/import-run';
import { birthYearFromId, occupationIn, parseWage, placeIn } from '../../../src/features/sheets/import-values';
import { decodeText, parseCsv } from '../../../workers/sheets/csv';
import { readSheet } from '../../../workers/sheets/read';
import { gbk } from '../../support/gbk';

const COUNTY = '630103';
const STATION = uuidv7();
const jobContext: ImportContext = {
  kind: 'job',
  counties: [COUNTY],
  homePlace: '630103100',
  stationId: STATION,
  thisYear: 2026,
};

const utf8 = (text: string) => new TextEncoder().encode(text);

function xlsxOf(rows: unknown[][]): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), '岗位');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const JOB_HEAD = ['岗位名称', '用工单位', '工作地点', '工资', '结算方式', '招聘人数', '联系电话'];

async function verdicts(head: string[], rows: string[][], ctx = jobContext): Promise<RowVerdict[]> {
  const mapping = guessMapping(ctx.kind, head);
  return checkRows(
    head,
    rows.map((cells, i) => ({ n: i + 2, cells })),
    mapping,
    ctx,
  );
}

describe('reading a file', () => {
  it('reads CSV in UTF-8 with and without a BOM, and in GBK, to the same rows', () => {
    const text = '姓名,电话,住址\r\n马春花,13900000001,"总寨镇王斌堡村, 三社"\r\n';
    for (const bytes of [utf8(text), utf8(`\uFEFF${text}`), gbk(text)]) {
      const read = readSheet(bytes);
      expect(read).toEqual({
        ok: true,
        head: ['姓名', '电话', '住址'],
        rows: [{ n: 2, cells: ['马春花', '13900000001', '总寨镇王斌堡村, 三社'] }],
      });
    }
  });

  it('decodes invalid UTF-8 as GB18030 and parses quotes, doubled quotes and line breaks in cells', () => {
    expect(decodeText(gbk('电焊工'))).toBe('电焊工');
    expect(parseCsv('a,b\n"say ""hi""","two\nlines"\n', 10)).toEqual([
      ['a', 'b'],
      ['say "hi"', 'two\nlines'],
    ]);
    expect(parseCsv('a\tb\n1\t2', 10)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads the first sheet of an .xlsx with row numbers as Excel shows them, skipping blank rows', () => {
    const read = readSheet(
      xlsxOf([JOB_HEAD, ['保洁员', '鑫家政', '总寨镇', 150, '日结', 2, '13900000001'], [], ['瓦工', 'x', 'y', 300]]),
    );
    expect(read.ok && read.head).toEqual(JOB_HEAD);
    expect(read.ok && read.rows.map((r) => r.n)).toEqual([2, 4]);
    expect(read.ok && read.rows[0].cells[3]).toBe('150');
  });

  it('refuses files over the caps and files without rows, each with its reason', () => {
    expect(readSheet(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({ ok: false, problem: 'too_big' });
    const many = ['a,b', ...Array.from({ length: 5001 }, (_, i) => `${i},x`)].join('\n');
    expect(readSheet(utf8(many))).toEqual({ ok: false, problem: 'too_many_rows' });
    expect(readSheet(utf8(`${Array.from({ length: 61 }, (_, i) => `c${i}`).join(',')}\n1`))).toEqual({
      ok: false,
      problem: 'too_many_columns',
    });
    expect(readSheet(utf8('岗位,工资\n'))).toEqual({ ok: false, problem: 'empty' });
    expect(readSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: 'unreadable' });
  });
});

describe('what each column is', () => {
  it('guesses from the heads people write, the longest word deciding, each field once', () => {
    expect(
      guessMapping('job', ['工种', '岗位', '用工单位', '日薪', '工资单位', '人数', '联系电话', '备注', '随便']),
    ).toEqual([
      'occupation',
      'title',
      'employerName',
      'wage',
      'wageUnit',
      'headcount',
      'contactPhone',
      'description',
      undefined,
    ]);
    expect(guessMapping('seeker', ['序号', '姓名', '身份证号码', '手机号', '家庭住址', '求职意向', '电话'])).toEqual([
      undefined,
      'name',
      'idNumber',
      'phone',
      'place',
      'occupations',
      undefined,
    ]);
  });
});

describe('reading values', () => {
  it('wages, occupations, places and ID numbers', () => {
    expect(parseWage('200-300元/天')).toEqual({ value: { min: 200, max: 300, unit: 'day' } });
    expect(parseWage('月薪５千')).toEqual({ value: { min: 5000, max: 5000, unit: 'month' } });
    expect(parseWage('面议')).toEqual({ problem: 'wage_number' });
    expect(occupationIn('电焊工')?.code).toBe(occupationIn('招电焊工两名')?.code);
    expect(occupationIn('保洁')?.code).toBe('cleaner');
    expect(placeIn('总寨镇王斌堡村', [COUNTY])).toEqual({ value: '630103100200' });
    expect(placeIn('王斌堡村委会', [COUNTY])).toEqual({ value: '630103100200' });
    expect(placeIn('火星', [COUNTY])).toEqual({ problem: 'place_unknown' });
    // 大王庄街道 is in 河东区 (120102): a real place, not this desk's.
    expect(placeIn('大王庄街道', [COUNTY])).toEqual({ problem: 'place_outside' });
    expect(birthYearFromId('11010519491231002X')).toEqual({ value: 1949 });
    expect(birthYearFromId('110105194912310021')).toEqual({ problem: 'id_number' });
  });
});

describe('checking rows', () => {
  it('turns a good row into job.post with the station, and words every bad row by field', async () => {
    const rows = [
      ['保洁员', '鑫家政', '总寨镇王斌堡村', '150-180元/天', '日结', '2', '13900000001'],
      ['', '鑫家政', '总寨镇', '150', '', '', ''],
      ['电焊工', '鑫家政', '大王庄街道', '300', '', '', ''],
      ['电焊工', '鑫家政', '总寨镇', '面议', '', '', ''],
      ['电焊工', '鑫家政', '总寨镇', '300', '', '', '12345'],
      ['=HYPERLINK("http://x","点我")', '鑫家政', '总寨镇', '300', '', '', ''],
      ['保洁员', '鑫家政', '总寨镇王斌堡村', '150-180元/天', '日结', '2', '13900000001'],
    ];
    const result = await verdicts(JOB_HEAD, rows);
    const [good, ...bad] = result;
    expect(good.ok && good.write).toMatchObject({
      name: 'job.post',
      args: {
        title: '保洁员',
        occupationCode: 'cleaner',
        regionCode: '630103100200',
        wageMin: 150,
        wageMax: 180,
        wageUnit: 'day',
        payPeriod: 'daily',
        headcount: 2,
        stationId: STATION,
      },
    });
    const problems = bad.map((v) => (v.ok ? [] : v.problems.map((p) => `${p.field}:${p.code}`)));
    expect(problems).toEqual([
      ['title:required'],
      ['place:place_outside'],
      ['wage:wage_number'],
      ['contactPhone:phone'],
      ['title:formula'],
      ['title:duplicate_row'],
    ]);
    const report = problemTable(
      bad.filter((v): v is Extract<RowVerdict, { ok: false }> => !v.ok),
      JOB_HEAD,
      guessMapping('job', JOB_HEAD),
    );
    expect(report.rows[0]).toEqual({ row: 3, column: '岗位名称', reason: '请填写' });
    expect(report.rows[1]).toEqual({ row: 4, column: '工作地点', reason: '这个地点不在本站负责的区县' });
  });

  it('keeps an ID number only as a birth year', async () => {
    const head = ['姓名', '身份证号', '电话', '住址', '意向工种'];
    const [row] = await verdicts(
      head,
      [['马春花', '11010519491231002X', '13900000001', '总寨镇王斌堡村', '保洁、瓦工']],
      {
        ...jobContext,
        kind: 'seeker',
      },
    );
    expect(row.ok).toBe(true);
    if (!row.ok || row.write.name !== 'seeker.register') return;
    expect(row.write.args).toMatchObject({
      name: '马春花',
      birthYear: 1949,
      regionCode: '630103100200',
      registeredBy: 'staff',
    });
    expect(row.write.args.wishes.occupations).toContain('cleaner');
    expect(JSON.stringify(row.write.args)).not.toContain('11010519491231002X');
  });

  it('gives a row the same id on every import, a UUID without a creation time', async () => {
    const a = await contentId('job', ['鑫家政', '保洁员', '630103100200', '13900000001']);
    expect(a).toBe(await contentId('job', ['鑫家政', '保洁员', '630103100200', '13900000001']));
    expect(a).not.toBe(await contentId('job', ['鑫家政', '保洁员', '630103100201', '13900000001']));
    expect(a).toMatch(UUID_PATTERN);
    expect(a.startsWith('00000000-0000-8')).toBe(true);
  });
});

describe('saving', () => {
  async function deskDb() {
    const db = new GigDb(`test-${uuidv7()}`);
    await writeSession(db, {
      account: { id: uuidv7(), phone: '13800000002', role: 'station_staff', stationIds: [STATION], counties: [COUNTY] },
      accessToken: 'a',
      accessExpiresAt: Date.now() + 60_000,
      refreshToken: 'r',
    });
    return db;
  }
  const rows = Array.from({ length: 30 }, (_, i) => [`保洁员${i}`, '鑫家政', '总寨镇', '150', '日结', '1', '']);

  it('saves the new rows in one go, and a second import of the same rows adds nothing', async () => {
    const db = await deskDb();
    const accepted = (await verdicts(JOB_HEAD, rows)).filter((v) => v.ok);
    expect(accepted).toHaveLength(30);
    const first = await saveNew((w) => mutateAll(db, w), accepted, await importedBefore(db, 'job', accepted));
    expect(first).toBe(30);
    expect(await db.jobs.count()).toBe(30);
    const again = (await verdicts(JOB_HEAD, rows)).filter((v) => v.ok);
    const before = await importedBefore(db, 'job', again);
    expect(before.size).toBe(30);
    expect(await saveNew((w) => mutateAll(db, w), again, before)).toBe(0);
    expect(await db.jobs.count()).toBe(30);
    expect(await pendingCount(db)).toBe(30);
  });

  it('writes nothing at all when one write of the batch fails', async () => {
    const db = await deskDb();
    const accepted = (await verdicts(JOB_HEAD, rows)).filter((v) => v.ok);
    const broken = accepted.map((row, i) =>
      i === 17 && row.write.name === 'job.post'
        ? { ...row, write: { ...row.write, args: { ...row.write.args, headcount: -1 } } }
        : row,
    );
    await expect(
      mutateAll(
        db,
        broken.map((row) => (row.ok ? row.write : null)!),
      ),
    ).rejects.toThrow();
    expect(await db.jobs.count()).toBe(0);
    expect(await pendingCount(db)).toBe(0);
  });
});

describe('finding the head', () => {
  it('skips a register’s title and date lines above the head', () => {
    const sheet = {
      head: ['2025年总寨镇求职人员登记表'],
      rows: [
        { n: 2, cells: ['填表日期：2025-03-01', ''] },
        { n: 3, cells: ['序号', '姓名', '电话', '住址'] },
        { n: 4, cells: ['1', '马春花', '13900000001', '王斌堡村'] },
      ],
    };
    expect(findHead('seeker', sheet)).toEqual({ head: ['序号', '姓名', '电话', '住址'], rows: [sheet.rows[2]] });
    const plain = { head: ['姓名', '电话'], rows: [{ n: 2, cells: ['马春花', '13900000001'] }] };
    expect(findHead('seeker', plain)).toBe(plain);
  });
});
