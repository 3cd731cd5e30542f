import { describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { toCsv } from '../../../src/features/sheets/csv';
import { type Table, safeCell } from '../../../src/features/sheets/table';
import { toXlsx } from '../../../src/features/sheets/xlsx-write';

const table: Table = {
  name: '本站岗位',
  columns: [
    { key: 'title', label: '岗位' },
    { key: 'wage', label: '工资' },
    { key: 'note', label: '备注' },
  ],
  rows: [
    { title: '保洁员', wage: 3000, note: '包吃, 包住' },
    { title: '=HYPERLINK("http://x","点我")', wage: -300, note: 'say "hi"\nsecond line' },
    { title: '@SUM(A1)', wage: undefined, note: null },
  ],
};

describe('safeCell', () => {
  it('keeps numbers and plain text, turns formula starters into text', () => {
    expect(safeCell(-300)).toBe(-300);
    expect(safeCell('保洁员')).toBe('保洁员');
    for (const formula of ['=1+1', '+1', '-1+2', '@x', '\t=1', '\r=1']) expect(safeCell(formula)).toBe(`'${formula}`);
    expect(safeCell(Number.NaN)).toBe('');
    expect(safeCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF lines, quoted commas, quotes and newlines', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF岗位,工资,备注\r\n')).toBe(true);
    expect(csv).toContain('保洁员,3000,"包吃, 包住"\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")",-300,"say ""hi""\nsecond line"\r\n`);
    expect(csv).toContain("'@SUM(A1),,\r\n");
  });
});

describe('toXlsx', () => {
  it('round-trips Chinese text and numbers, and writes no formula', () => {
    const book = read(new Uint8Array(toXlsx(table)), { type: 'array', cellFormula: true });
    const sheet = book.Sheets[book.SheetNames[0] as string];
    expect(book.SheetNames).toEqual(['本站岗位']);
    const rows = utils.sheet_to_json<unknown[]>(sheet as never, { header: 1, defval: '' });
    expect(rows[0]).toEqual(['岗位', '工资', '备注']);
    expect(rows[1]).toEqual(['保洁员', 3000, '包吃, 包住']);
    expect(rows[2]?.[0]).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(rows[2]?.[1]).toBe(-300);
    const formulas = Object.values(sheet as object).filter((cell) => cell && typeof cell === 'object' && 'f' in cell);
    expect(formulas).toEqual([]);
  });
});
