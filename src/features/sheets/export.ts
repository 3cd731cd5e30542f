/** Makes the file (CSV here; .xlsx with SheetJS, loaded only for it) and hands it to the desk. */
import { saveFile } from '../../ui/save-file';
import { toCsv } from './csv';
import type { SheetFormat, Table } from './table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function tableFile(table: Table, format: SheetFormat): Promise<Blob> {
  if (format === 'csv') return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const { toXlsx } = await import('./xlsx-write');
  return new Blob([toXlsx(table)], { type: XLSX_TYPE });
}

export async function downloadTable(table: Table, format: SheetFormat): Promise<void> {
  saveFile(await tableFile(table, format), `${table.name}.${format}`);
}
