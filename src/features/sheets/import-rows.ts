/**
 * Each row of a spreadsheet as the write it becomes (`job.post` or `seeker.register`), checked
 * by the very schema the mutator (and the server) checks; or the row's problems, each naming
 * the field it is about. Ids come from the row's content, so importing a file again names the
 * same records and adds nothing.
 */
import { type MutatorArgs, mutators } from '../../core/mutators';
import { regionName } from '../../core/regions';
import type { SheetRow } from '../../core/sheet-read';
import { usualPayPeriod } from '../../core/rules';
import { type FieldError, validate } from '../../core/validation';
import type { Write } from '../../db/mutate';
import type { ImportField, ImportKind } from './import-fields';
import {
  birthYearFromId,
  type CellProblem,
  halfWidth,
  looksLikeFormula,
  occupationIn,
  type Parsed,
  parseBirthYear,
  parseCount,
  parsePayPeriod,
  parseWage,
  placeIn,
  wageUnitIn,
} from './import-values';
import { contentId } from './content-id';

export interface ImportContext {
  kind: ImportKind;
  /** The desk's counties: every row's place must be in one of them. */
  counties: readonly string[];
  /** Where a row that names no place is (the desk's own place, as every form starts). */
  homePlace: string;
  /** The desk's station, which imported jobs and people belong to. */
  stationId?: string;
  /** The employer of every row, for an employer's list without an employer column. */
  employerName?: string;
  thisYear: number;
}

export interface RowProblem {
  field: ImportField;
  /** A CellProblem, or a schema code (src/core/validation.ts) worded by src/ui/errors.ts. */
  code: CellProblem | string;
}

export type RowVerdict =
  | { row: number; ok: true; write: Write; id: string }
  | { row: number; ok: false; problems: RowProblem[] };

/** Which import field a schema's path is about. */
const FIELD_OF_PATH: Record<ImportKind, Record<string, ImportField>> = {
  job: {
    occupationCode: 'occupation',
    regionCode: 'place',
    wageMin: 'wage',
    wageMax: 'wage',
    wageUnit: 'wage',
  },
  seeker: { regionCode: 'place', village: 'place', 'wishes.occupations': 'occupations' },
};

/**
 * The schema's verdict by import field, once per field and code. An occupation read from the
 * title (no 工种 column) is the title's problem: an empty title leaves it empty too.
 */
function schemaProblems(
  errors: readonly FieldError[],
  mapping: readonly (ImportField | undefined)[],
  kind: ImportKind,
): RowProblem[] {
  const problems = new Map<string, RowProblem>();
  for (const error of errors) {
    const path = error.field.replace(/\.\d+$/, '');
    let field = FIELD_OF_PATH[kind][path] ?? (path as ImportField);
    if (field === 'occupation' && !mapping.includes('occupation')) field = 'title';
    problems.set(`${field}:${error.code}`, { field, code: error.code });
  }
  return [...problems.values()];
}

type Cells = (field: ImportField) => string;

function cellsOf(row: SheetRow, mapping: readonly (ImportField | undefined)[]): Cells {
  return (field) => {
    const column = mapping.indexOf(field);
    return column < 0 ? '' : halfWidth(row.cells[column] ?? '').trim();
  };
}

/** Collects problems while a row's values are read; `take` gives the value or undefined. */
function problemsOf() {
  const problems: RowProblem[] = [];
  const take = <T>(field: ImportField, parsed: Parsed<T>): T | undefined => {
    if ('problem' in parsed) {
      problems.push({ field, code: parsed.problem });
      return undefined;
    }
    return parsed.value;
  };
  return { problems, take };
}

const optional = (text: string) => text || undefined;
const list = (text: string) => text.split(/[，,、;；/\s]+/).filter(Boolean);

function jobWrite(cell: Cells, ctx: ImportContext, head: (field: ImportField) => string) {
  const { problems, take } = problemsOf();
  const title = cell('title');
  const occupationText = cell('occupation') || title;
  const occupation = occupationIn(occupationText);
  if (!occupation && occupationText)
    problems.push({ field: cell('occupation') ? 'occupation' : 'title', code: 'occupation_unknown' });
  const placeText = cell('place');
  const regionCode = placeText ? take('place', placeIn(placeText, ctx.counties)) : ctx.homePlace;
  const wage = take('wage', parseWage(cell('wage')));
  const wageUnit =
    wage?.unit ?? wageUnitIn(cell('wageUnit')) ?? wageUnitIn(head('wage')) ?? occupation?.typicalWage.unit ?? 'day';
  const payPeriod = cell('payPeriod')
    ? take('payPeriod', parsePayPeriod(cell('payPeriod')))
    : (usualPayPeriod(wageUnit) ?? occupation?.payPeriod ?? 'monthly');
  const headcount = cell('headcount') ? take('headcount', parseCount(cell('headcount'))) : 1;
  const args: Omit<MutatorArgs<'job.post'>, 'id'> = {
    title,
    occupationCode: occupation?.code ?? '',
    employerName: cell('employerName') || ctx.employerName?.trim() || '',
    regionCode: regionCode ?? '',
    place: placeText || regionName(ctx.homePlace) || '',
    wageMin: wage?.min ?? Number.NaN,
    wageMax: wage?.max ?? Number.NaN,
    wageUnit,
    payPeriod: payPeriod ?? 'monthly',
    headcount: headcount ?? 1,
    benefits: [],
    skills: [],
    stationId: ctx.stationId,
    description: optional(cell('description')),
    requirements: optional(cell('requirements')),
    contactPhone: optional(cell('contactPhone').replace(/\s/g, '')),
  };
  const key = [args.employerName, args.title, args.regionCode, args.contactPhone ?? ''];
  return { problems, name: 'job.post' as const, args, key };
}

function seekerWrite(cell: Cells, ctx: ImportContext) {
  const { problems, take } = problemsOf();
  const placeText = cell('place');
  const regionCode = placeText ? take('place', placeIn(placeText, ctx.counties)) : ctx.homePlace;
  const birthYear = cell('idNumber')
    ? take('idNumber', birthYearFromId(cell('idNumber')))
    : cell('birthYear')
      ? take('birthYear', parseBirthYear(cell('birthYear'), ctx.thisYear))
      : undefined;
  const occupations = list(cell('occupations')).map((word) => occupationIn(word));
  if (occupations.includes(undefined)) problems.push({ field: 'occupations', code: 'occupation_unknown' });
  const args: Omit<MutatorArgs<'seeker.register'>, 'id'> = {
    name: cell('name'),
    phone: optional(cell('phone').replace(/\s/g, '')),
    birthYear,
    regionCode: regionCode ?? '',
    village: optional(placeText),
    skills: list(cell('skills')),
    wishes: {
      occupations: [...new Set(occupations.flatMap((o) => (o ? [o.code] : [])))],
      payPeriods: [],
    },
    languages: ['普通话'],
    groups: [],
    // Consent to pass the phone on is the person's to give, at the desk: never assumed from a list.
    consentShareContact: false,
    registeredBy: 'staff',
    stationId: ctx.stationId,
  };
  const key = [args.name, args.phone ?? '', args.regionCode];
  return { problems, name: 'seeker.register' as const, args, key };
}

/** Rows checked between two progress reports (and two breaths of the main thread). */
const PROGRESS_EVERY = 200;

/**
 * Every row's verdict, in the file's order. A row equal (by its id) to an earlier row of the
 * same file is refused as a repeat, so one file never names one record twice.
 */
export async function checkRows(
  head: readonly string[],
  rows: readonly SheetRow[],
  mapping: readonly (ImportField | undefined)[],
  ctx: ImportContext,
  onProgress?: (done: number) => void,
): Promise<RowVerdict[]> {
  const headOf = (field: ImportField) => head[mapping.indexOf(field)] ?? '';
  const seen = new Map<string, number>();
  const verdicts: RowVerdict[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % PROGRESS_EVERY === 0 && index > 0) {
      onProgress?.(index);
      // Let the screen draw the progress and answer taps between slices of a long file.
      await new Promise((resolve) => setTimeout(resolve));
    }
    const cell = cellsOf(row, mapping);
    const formulas = mapping.flatMap((field) => (field && looksLikeFormula(cell(field)) ? [field] : []));
    if (formulas.length > 0) {
      verdicts.push({ row: row.n, ok: false, problems: formulas.map((field) => ({ field, code: 'formula' })) });
      continue;
    }
    const built = ctx.kind === 'job' ? jobWrite(cell, ctx, headOf) : seekerWrite(cell, ctx);
    if (built.problems.length > 0) {
      verdicts.push({ row: row.n, ok: false, problems: built.problems });
      continue;
    }
    const id = await contentId(ctx.kind, built.key);
    const args = { ...built.args, id };
    const checked = validate(mutators[built.name].args, args);
    if (!checked.ok) {
      verdicts.push({ row: row.n, ok: false, problems: schemaProblems(checked.errors, mapping, ctx.kind) });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      verdicts.push({
        row: row.n,
        ok: false,
        problems: [{ field: ctx.kind === 'job' ? 'title' : 'name', code: 'duplicate_row' }],
      });
      continue;
    }
    seen.set(id, row.n);
    verdicts.push({ row: row.n, ok: true, id, write: { name: built.name, args: checked.value } as Write });
  }
  return verdicts;
}
