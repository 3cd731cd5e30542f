/**
 * 导入表格 fed malformed files (fast-check): random bytes, truncated .xlsx zips, 1 MB cells,
 * numbers and formulas where text belongs. Reading answers ok or a worded refusal and never
 * throws; checking answers every row with a write that passes the mutator's schema or with
 * problems, and never throws either.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { mutators } from '../../../src/core/mutators';
import { validate } from '../../../src/core/validation';
import { guessMapping, type ImportKind } from '../../../src/features/sheets/import-fields';
import { checkRows, type ImportContext } from '../../../src/features/sheets/import-rows';
import { readSheet } from '../../../workers/sheets/read';

const PROBLEMS = ['too_big', 'too_many_rows', 'too_many_columns', 'empty', 'unreadable'];
const context = (kind: ImportKind): ImportContext => ({
  kind,
  counties: ['630103'],
  homePlace: '630103100',
  thisYear: 2026,
});

function xlsx(rows: unknown[][]): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'S');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function expectAnswer(read: ReturnType<typeof readSheet>) {
  if (read.ok) expect(read.rows.length).toBeGreaterThan(0);
  else expect(PROBLEMS).toContain(read.problem);
}

describe('reading malformed files', () => {
  it('answers random bytes (and random bytes behind a zip signature) without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), (bytes, zipped) => {
        const file = zipped ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        expectAnswer(readSheet(file));
      }),
      { numRuns: 300 },
    );
  });

  it('answers an .xlsx cut off anywhere without throwing', () => {
    const whole = xlsx([
      ['岗位', '工资'],
      ['保洁员', 150],
      ['瓦工', 300],
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: whole.length - 1 }), (length) => {
        expectAnswer(readSheet(whole.subarray(0, length)));
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a 1 MB cell (an .xlsx cell holds 32,767 characters at most) to just over the cap: the row is refused, not the file', async () => {
    const huge = '保洁'.repeat(512 * 1024);
    const longest = '保洁'.repeat(16_383);
    for (const file of [
      new TextEncoder().encode(`岗位,工资\n${huge},150\n保洁员,150\n`),
      xlsx([
        ['岗位', '工资'],
        [longest, 150],
        ['保洁员', 150],
      ]),
    ]) {
      const read = readSheet(file);
      if (!read.ok) throw new Error(read.problem);
      expect(read.rows[0].cells[0].length).toBe(2001);
      const [tooLong, fine] = await checkRows(read.head, read.rows, guessMapping('job', read.head), {
        ...context('job'),
        employerName: '鑫家政',
      });
      expect(tooLong.ok ? [] : tooLong.problems).toEqual([{ field: 'title', code: 'too_long' }]);
      expect(fine.ok).toBe(true);
    }
  }, 60_000); // 1 MB through SheetJS: seconds on a loaded 2-core machine

  it('reads a formula cell as its last value, never as the formula', () => {
    const sheet = utils.aoa_to_sheet([['岗位', '工资']]);
    sheet.A2 = { t: 's', f: 'HYPERLINK("http://x","点我")', v: '点我' };
    sheet.B2 = { t: 'n', f: '100+50', v: 150 };
    sheet['!ref'] = 'A1:B2';
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, 'S');
    const read = readSheet(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(read.ok && read.rows[0].cells).toEqual(['点我', '150']);
  });
});

describe('checking arbitrary cells', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '=1+1',
      '+86 139',
      '@SUM(A1)',
      '-300',
      '面议',
      '1e309',
      'NaN',
      '总寨镇',
      '保洁',
      '150-180元/天',
      '',
    ),
    fc.integer().map(String),
    fc.double().map(String),
  );

  for (const kind of ['job', 'seeker'] as const) {
    it(`answers every ${kind} row with a write the schema accepts, or with problems`, async () => {
      const head =
        kind === 'job'
          ? ['岗位', '用工单位', '地点', '工资', '结算', '人数', '电话']
          : ['姓名', '身份证', '电话', '住址', '意向', '技能', '年龄'];
      const mapping = guessMapping(kind, head);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 20 }),
          async (grid) => {
            const rows = grid.map((cells, i) => ({ n: i + 2, cells }));
            const verdicts = await checkRows(head, rows, mapping, context(kind));
            expect(verdicts).toHaveLength(rows.length);
            for (const verdict of verdicts) {
              if (verdict.ok) expect(validate(mutators[verdict.write.name].args, verdict.write.args).ok).toBe(true);
              else expect(verdict.problems.length).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  }
});
