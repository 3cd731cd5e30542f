/**
 * A spreadsheet as the sheets worker (workers/sheets/read.ts) hands it to the import screen
 * (src/features/sheets): rows of text cells with their row numbers, or why the file was refused.
 */

export const SHEET_LIMITS = {
  /** An employer's list or a year's register is well under 1 MB; 5 MB leaves room for pictures in an .xlsx. */
  bytes: 5 * 1024 * 1024,
  rows: 5000,
  columns: 60,
  /** Longer cells are cut to one character over this, so the row is refused as too long, not the file. */
  cellChars: 2000,
} as const;

/** Why a file was refused; the import screen words each. */
export type ReadProblem = 'too_big' | 'too_many_rows' | 'too_many_columns' | 'empty' | 'unreadable';

export interface SheetRow {
  /** The row's number in the spreadsheet (the head is usually 1). */
  n: number;
  cells: string[];
}

export type SheetRead = { ok: true; head: string[]; rows: SheetRow[] } | { ok: false; problem: ReadProblem };
