/**
 * Packing a pull page's rows (row format 2, src/core/packed-rows.ts says what each coding
 * means): per column the coding that deflates smallest, so the choice follows what brotli
 * and gzip will make of it.
 */
import { deflateRawSync } from 'node:zlib';
import { HELPER, type PackedColumn, type PackedRows } from '../../src/core/packed-rows';

type Row = Record<string, unknown>;

const present = (value: unknown) => value !== null && value !== undefined;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every value a distinct lowercase UUIDv7 (a dictionary would not help; the time inside might). */
const distinctUuids = (values: unknown[]) =>
  values.length > 1 &&
  values.every((value) => typeof value === 'string' && UUID_V7.test(value)) &&
  new Set(values).size === values.length;

const NAME = /^[A-Za-z_$][\w$]*$/;

const isPlainObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);

const sameInEveryRow = (values: unknown[]) => {
  const first = JSON.stringify(values[0]);
  return values.every((value) => JSON.stringify(value) === first);
};

/** An object in every row, with plain field names (a map keyed by user text stays one value). */
const splittable = (values: unknown[]) =>
  values.every((value) => isPlainObject(value) && Object.keys(value).every((key) => NAME.test(key))) &&
  !sameInEveryRow(values);

function dictionary(values: unknown[]): { d: unknown[]; i: number[] } {
  const index = new Map<string, number>();
  const d: unknown[] = [];
  const i = values.map((value) => {
    const key = JSON.stringify(value);
    let at = index.get(key);
    if (at === undefined) {
      at = d.length;
      index.set(key, at);
      d.push(value);
    }
    return at;
  });
  return { d, i };
}

/**
 * What a coding costs on the wire, estimated by deflating it: brotli and gzip both reward
 * repeats, which a plain length would miss (an expiry 30 days after each posting is as long
 * as the expiry itself, but the same difference in every row).
 */
const cost = (column: PackedColumn) => deflateRawSync(JSON.stringify(column), { level: 1 }).length;

/** Integers or absent; an absent value stays absent in the differences. */
const integersOrAbsent = (values: unknown[]) => values.every((value) => value === null || isInteger(value));

function deltas(values: unknown[]): (number | null)[] {
  let previous = 0;
  return values.map((value) => {
    if (value === null) return null;
    const difference = (value as number) - previous;
    previous = value as number;
    return difference;
  });
}

const distinct = (values: unknown[]) => new Set(values).size;

/** Of the integer codings, the few with the fewest distinct differences: only those are worth deflating. */
const FEW = 3;

function packColumn(values: unknown[], earlier: readonly unknown[][]): PackedColumn {
  if (sameInEveryRow(values)) return { c: values[0] };
  const candidates: PackedColumn[] = [{ v: values }, dictionary(values)];
  if (integersOrAbsent(values)) {
    const numeric: { z: (number | null)[]; r?: number }[] = [{ z: deltas(values) }];
    earlier.forEach((other, r) => {
      if (!values.every((value, row) => value === null || isInteger(other[row]))) return;
      const z = values.map((value, row) => (value === null ? null : (value as number) - (other[row] as number)));
      numeric.push({ r, z });
    });
    const fewest = numeric
      .map((coding) => ({ coding, distinct: distinct(coding.z) }))
      .sort((a, b) => a.distinct - b.distinct)
      .slice(0, FEW);
    for (const { coding } of fewest)
      candidates.push(coding.r === undefined ? { z: coding.z } : { r: coding.r, z: coding.z });
  }
  let best = candidates[0];
  let bestCost = cost(best);
  for (const candidate of candidates.slice(1)) {
    const candidateCost = cost(candidate);
    if (candidateCost < bestCost) [best, bestCost] = [candidate, candidateCost];
  }
  return best;
}

/** Pack records, keeping only the fields in `names` (the record schema's). */
export function packRows(records: readonly object[], names: readonly string[]): PackedRows {
  const rows = records as readonly Row[];
  const fields: { col: string; values: unknown[] }[] = [];
  const add = (col: string, values: unknown[]) => {
    if (values.some(present)) fields.push({ col, values });
  };
  for (const name of names) {
    const values = rows.map((row) => row[name] ?? null);
    if (rows.length === 0 || !splittable(values)) {
      add(name, values);
      continue;
    }
    const objects = values as Row[];
    const before = fields.length;
    for (const key of new Set(objects.flatMap((object) => Object.keys(object)))) {
      add(
        `${name}.${key}`,
        objects.map((object) => object[key] ?? null),
      );
    }
    // An object whose fields are all absent in every row still exists in every row.
    if (fields.length === before) add(name, values);
  }
  // A UUID's time goes first, as a helper column the record's own times may refer to.
  const uuids = fields.filter((field) => distinctUuids(field.values));
  const helpers = uuids.map(({ col, values }) => ({
    col: HELPER + col,
    values: values.map((value) => Number.parseInt((value as string).slice(0, 8) + (value as string).slice(9, 13), 16)),
  }));
  const ordered = [...helpers, ...fields];
  const columns = ordered.map((field) => field.values);
  const data = ordered.map(({ values }, at): PackedColumn => {
    const uuid = uuids.findIndex((field) => field.values === values);
    if (uuid >= 0) return { u: uuid, x: (values as string[]).map((value) => value.replaceAll('-', '').slice(12)) };
    return packColumn(values, columns.slice(0, at));
  });
  return { n: rows.length, cols: ordered.map((field) => field.col), data };
}
