/**
 * An import from its checked rows to the device: which rows name records already here (an
 * earlier import of the same file), the new ones saved in one transaction, and the report of
 * refused rows (row, column, reason) as a table the desk downloads.
 */
import type { Actor } from '../../core/access';
import { countyOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import type { Mutated, Write } from '../../db/mutate';
import { errorText } from '../../ui/errors';
import { homePlace } from '../../ui/place';
import type { ImportField, ImportKind } from './import-fields';
import type { ImportContext, RowVerdict } from './import-rows';
import { t, type Words } from './strings';
import { fileDay, type Table } from './table';

export async function importContext(
  db: GigDb,
  actor: Actor,
  kind: ImportKind,
  employerName: string,
): Promise<ImportContext> {
  const home = await homePlace(db);
  return {
    kind,
    counties: actor.counties.length > 0 ? actor.counties : home ? [countyOf(home)] : [],
    homePlace: home,
    stationId: actor.role === 'station_staff' ? actor.stationIds[0] : undefined,
    employerName,
    thisYear: new Date().getFullYear(),
  };
}

export type Accepted = Extract<RowVerdict, { ok: true }>;
export type Refused = Extract<RowVerdict, { ok: false }>;

/** The accepted rows whose records this phone already holds (imported before, here or synced from another desk). */
export async function importedBefore(db: GigDb, kind: ImportKind, accepted: readonly Accepted[]): Promise<Set<string>> {
  const table = kind === 'job' ? db.jobs : db.seekers;
  const ids = accepted.map((row) => row.id);
  const found = await table.bulkGet(ids);
  return new Set(ids.filter((_, i) => found[i] !== undefined));
}

/** Saves every new row in one transaction (all or nothing); returns how many were saved. */
export async function saveNew(
  writeAll: (writes: readonly Write[]) => Promise<Mutated[]>,
  accepted: readonly Accepted[],
  before: ReadonlySet<string>,
): Promise<number> {
  const fresh = accepted.filter((row) => !before.has(row.id));
  if (fresh.length > 0) await writeAll(fresh.map((row) => row.write));
  return fresh.length;
}

export const fieldLabel = (field: ImportField): string => t(`sheets.field.${field}`);

/** A problem in words: the import's own codes here, the schema's through the app's error sentences. */
export const problemText = (code: string): string =>
  t.has(`sheets.problem.${code}`) ? t(`sheets.problem.${code}` as keyof Words) : errorText(code);

/** The column a field was read from, by its head in the file (the field's name when no column or no head). */
export const columnName = (
  field: ImportField,
  head: readonly string[],
  mapping: readonly (ImportField | undefined)[],
) => head[mapping.indexOf(field)] || fieldLabel(field);

/** The refused rows, one line per problem, with the column's head as the file has it. */
export function problemTable(
  refused: readonly Refused[],
  head: readonly string[],
  mapping: readonly (ImportField | undefined)[],
): Table {
  return {
    name: `${t('sheets.import.problemsFile')}-${fileDay()}`,
    columns: [
      { key: 'row', label: t('sheets.report.row') },
      { key: 'column', label: t('sheets.report.column') },
      { key: 'reason', label: t('sheets.report.reason') },
    ],
    rows: refused.flatMap((verdict) =>
      verdict.problems.map((problem) => ({
        row: verdict.row,
        column: columnName(problem.field, head, mapping),
        reason: problemText(problem.code),
      })),
    ),
  };
}
