/**
 * sheets: the desk's lists as spreadsheets (CSV and .xlsx), and 导入表格: jobs and people from
 * an .xlsx/.xls/CSV (read in a worker). SheetJS loads only for an .xlsx.
 */
import { lazy } from 'solid-js';
import type { SheetFormat, Table } from './table';

export type { Cell, SheetFormat, Table, TableColumn } from './table';
export { fileDay } from './table';

/** 导出 Excel / 导出 CSV buttons; `table` is called on the tap. */
export const ExportButtons = lazy(() => import('./ExportButtons'));

/** 导入表格 (desks): jobs or people from a spreadsheet, checked row by row, all saved or none. */
export const SheetImport = lazy(() => import('./SheetImport'));

/** Makes the file and saves it (for screens that export from their own button). */
export async function downloadTable(table: Table, format: SheetFormat): Promise<void> {
  const { downloadTable: download } = await import('./export');
  return download(table, format);
}
