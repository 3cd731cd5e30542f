/**
 * Running a schema and turning its issues into field errors that a form can show next to
 * the field and a server can put in a 400. `code` is a stable key the UI translates.
 */
import * as v from 'valibot';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Valibot's own messages for type mismatches ("Invalid type: Expected …") become code "type". */
const KNOWN_CODES = new Set([
  'required',
  'too_long',
  'too_many',
  'region_code',
  'phone',
  'lat',
  'lon',
  'min',
  'max',
  'integer',
  'date',
  'uuid',
  'hours',
  'code',
]);

export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => {
    const field = v.getDotPath(issue) ?? '(body)';
    const missing = issue.kind === 'schema' && issue.received === 'undefined';
    // Words typed where a number goes (三千, 250元): the field is filled, but not with digits.
    const notDigits =
      issue.kind === 'schema' &&
      issue.expected === 'number' &&
      typeof issue.input === 'string' &&
      issue.input.trim() !== '';
    const code = KNOWN_CODES.has(issue.message)
      ? issue.message
      : missing
        ? 'required'
        : notDigits
          ? 'number'
          : issue.kind === 'schema'
            ? 'type'
            : 'invalid';
    const detail = missing
      ? ''
      : code === issue.message
        ? `expected ${issue.expected ?? '?'}, got ${issue.received}`
        : issue.message;
    return { field, code, message: `${field}: ${code}${detail ? ` (${detail})` : ''}` };
  });
}

export function validate<S extends v.GenericSchema>(schema: S, input: unknown): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: toFieldErrors(result.issues) };
}

/** A business rule or validation failure inside a mutator; becomes a rejected mutation. */
export class MutationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'MutationError';
  }
}
