/** A list as the desk sees it, ready to become a spreadsheet: worded column heads, plain cells. */
export type Cell = string | number | null | undefined;

export interface TableColumn {
  key: string;
  /** The column's head in the UI's language (the people reading the file see it). */
  label: string;
}

export interface Table {
  /** The file's name without extension, e.g. "本站岗位-2026-12-01". */
  name: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

export type SheetFormat = 'csv' | 'xlsx';

/** A file name's day, as a spreadsheet sorts it: 2026-12-01 on the phone's calendar. */
export const fileDay = (at: number = Date.now()): string => new Date(at).toLocaleDateString('sv-SE');

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR before one) gets a
 * leading apostrophe, so a job title like "=HYPERLINK(…)" typed by an employer stays text on the
 * desk's computer (CSV injection). Numbers stay numbers: -300 is a number, not a formula.
 */
export function safeCell(value: Cell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The table as rows of cells, the head first. */
export function tableGrid(table: Table): (string | number)[][] {
  return [
    table.columns.map((column) => safeCell(column.label)),
    ...table.rows.map((row) => table.columns.map((column) => safeCell(row[column.key]))),
  ];
}
