/**
 * Packed rows, the pull page's row format 2 (issue 15): column by column instead of row by
 * row, each column in whichever of a few codings is shortest for this page. A county's jobs
 * repeat their occupation, place, employer, station and benefits, their timestamps move
 * together, and most of their flags are empty; written column by column, those repeats are
 * either coded once or sit next to each other where brotli and gzip find them.
 *
 * Decoding gives exactly the records `decodeRows` gives for format 1: absent and null fields
 * are left out.
 */

/** One column over a page's rows. */
export type PackedColumn =
  /** The values as they are; null = absent. */
  | { v: unknown[] }
  /** The same value in every row. */
  | { c: unknown }
  /** Dictionary: the distinct values, then each row's index into them. */
  | { d: unknown[]; i: number[] }
  /** Integers: each row's difference from the row before with a value (null = absent). */
  | { z: (number | null)[] }
  /** Integers: each row's difference from the column at index `r` (an expiry from its posting time). */
  | { r: number; z: (number | null)[] }
  /**
   * Distinct UUIDv7s: their millisecond time is the integer column at index `u` (named with a
   * leading `~`, never a field), `x` the rest of each in hex. A job's id holds its posting time.
   */
  | { u: number; x: string[] };

export interface PackedRows {
  /** Number of rows. */
  n: number;
  /**
   * Field names. `verification.at` is a field of an object every row has: such objects are
   * split into a column per field (one level deep), so their numbers can refer to the
   * record's own (a verification time to the posting time).
   */
  cols: string[];
  data: PackedColumn[];
}

/** A column only other columns read (a UUID's time); records never get a field of that name. */
export const HELPER = '~';

const present = (value: unknown) => value !== null && value !== undefined;

/** `time` (ms) and the other 20 hex digits back into the UUID's text. */
function uuidFromParts(time: number, hex: string): string {
  const all = time.toString(16).padStart(12, '0') + hex;
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

type Row = Record<string, unknown>;

const own = (value: unknown) => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

function unpackColumn(column: PackedColumn, n: number, earlier: readonly unknown[][]): unknown[] {
  if ('v' in column) return column.v;
  // A shared value (a constant, a dictionary entry) is copied, so changing one record never changes another.
  if ('c' in column) return Array.from({ length: n }, () => own(column.c));
  if ('d' in column) return column.i.map((at) => own(column.d[at]));
  if ('u' in column) {
    const times = earlier[column.u] as number[];
    return column.x.map((hex, row) => uuidFromParts(times[row], hex));
  }
  if ('r' in column)
    return column.z.map((difference, row) =>
      difference === null ? null : difference + (earlier[column.r][row] as number),
    );
  let previous = 0;
  return column.z.map((difference) => {
    if (difference === null) return null;
    previous += difference;
    return previous;
  });
}

export function unpackRows(packed: PackedRows): Row[] {
  const columns: unknown[][] = [];
  for (const column of packed.data) columns.push(unpackColumn(column, packed.n, columns));
  return Array.from({ length: packed.n }, (_, row) => {
    const record: Row = {};
    packed.cols.forEach((col, at) => {
      if (col.startsWith(HELPER)) return;
      const value = columns[at][row];
      const dot = col.indexOf('.');
      if (dot < 0) {
        if (present(value)) record[col] = value;
        return;
      }
      const parent = col.slice(0, dot);
      // The object is in every row, even where all its fields are absent.
      if (record[parent] === undefined) record[parent] = {};
      const object = record[parent] as Row;
      if (present(value)) object[col.slice(dot + 1)] = value;
    });
    return record;
  });
}
