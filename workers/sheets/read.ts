/**
 * A desk's spreadsheet file → rows of text cells, each with its row number as the
 * spreadsheet shows it. Runs in the sheets worker only (workers/sheets.worker.ts).
 */
import { read, utils } from 'xlsx';
import { SHEET_LIMITS, type SheetRead, type SheetRow } from '../../src/core/sheet-read';
import { decodeText, parseCsv } from './csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (an OLE compound file). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function cellText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.length > SHEET_LIMITS.cellChars ? text.slice(0, SHEET_LIMITS.cellChars + 1) : text;
}

/** The first sheet of an .xlsx/.xls as shown (formatted text; a formula's last value, never the formula). */
function workbookRows(bytes: Uint8Array): { first: number; rows: unknown[][] } {
  const book = read(bytes, {
    type: 'array',
    dense: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
    // One row over the cap is enough to know the file has too many.
    sheetRows: SHEET_LIMITS.rows + 2,
  });
  const sheet = book.Sheets[book.SheetNames[0]];
  if (!sheet?.['!ref']) return { first: 1, rows: [] };
  const first = utils.decode_range(sheet['!ref']).s.r + 1;
  const rows = utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: false,
    defval: '',
    blankrows: true,
    // Dates as 1985-03-01, not the US m/d/yy of Excel's default date format.
    dateNF: 'yyyy-mm-dd',
  });
  return { first, rows };
}

function textRows(bytes: Uint8Array): { first: number; rows: unknown[][] } {
  return { first: 1, rows: parseCsv(decodeText(bytes), SHEET_LIMITS.rows + 1) };
}

/** Never throws: a file it cannot read is `unreadable`. */
export function readSheet(bytes: Uint8Array): SheetRead {
  if (bytes.byteLength > SHEET_LIMITS.bytes) return { ok: false, problem: 'too_big' };
  let grid: { first: number; rows: unknown[][] };
  try {
    grid = startsWith(bytes, ZIP) || startsWith(bytes, OLE) ? workbookRows(bytes) : textRows(bytes);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const rows: SheetRow[] = [];
  grid.rows.forEach((cells, i) => {
    const text = (Array.isArray(cells) ? cells : []).map(cellText);
    if (text.some((cell) => cell.trim() !== '')) rows.push({ n: grid.first + i, cells: text });
  });
  const [head, ...body] = rows;
  if (!head || body.length === 0) return { ok: false, problem: 'empty' };
  if (body.length > SHEET_LIMITS.rows) return { ok: false, problem: 'too_many_rows' };
  if (rows.some((row) => row.cells.length > SHEET_LIMITS.columns)) return { ok: false, problem: 'too_many_columns' };
  return { ok: true, head: head.cells.map((cell) => cell.trim()), rows: body };
}
