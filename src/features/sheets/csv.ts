/** CSV the way Excel and WPS on a desk's computer open it: UTF-8 with a BOM, CRLF, RFC 4180 quoting. */
import { type Table, tableGrid } from './table';

const quote = (cell: string | number) => {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function toCsv(table: Table): string {
  // Without the BOM, Excel on a Chinese Windows reads UTF-8 as GBK and shows mojibake.
  return `\uFEFF${tableGrid(table)
    .map((row) => row.map(quote).join(','))
    .join('\r\n')}\r\n`;
}
