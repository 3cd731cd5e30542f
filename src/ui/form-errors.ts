/** Field errors from the shared schema (or a mutator) in the user's words. */
import { type FieldError, MutationError } from '../core/validation';
import { hasMessage, t } from '../i18n';

export function errorMessage(error: FieldError | MutationError): string {
  if (error instanceof MutationError && error.field === 'wageMax') return t('err.wageRange');
  const key = `err.${error.code}`;
  return hasMessage(key) ? t(key) : error.message;
}

/** Field path → message, for showing each problem next to its field. */
export function errorsByField(errors: FieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field, errorMessage(e)]));
}
