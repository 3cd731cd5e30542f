/** sheets: the desk's lists as spreadsheets (CSV and .xlsx). SheetJS loads only for an .xlsx. */
import { lazy } from 'solid-js';
import type { SheetFormat, Table } from './table';

export type { Cell, SheetFormat, Table, TableColumn } from './table';

/** 导出 Excel / 导出 CSV buttons; `table` is called on the tap. */
export const ExportButtons = lazy(() => import('./ExportButtons'));

/** Makes the file and saves it (for screens that export from their own button). */
export async function downloadTable(table: Table, format: SheetFormat): Promise<void> {
  const { downloadTable: download } = await import('./export');
  return download(table, format);
}
