/** One worksheet from a table with SheetJS. Text cells stay text (no formulas are ever written). */
import { utils, write } from 'xlsx';
import { type Table, tableGrid } from './table';

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

export function toXlsx(table: Table): ArrayBuffer {
  const sheet = utils.aoa_to_sheet(tableGrid(table));
  sheet['!cols'] = table.columns.map((column) => ({ wch: Math.max(8, Math.min(40, column.label.length * 2 + 2)) }));
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, sheetName(table.name));
  return write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
}
