import { expect } from 'vitest';
import { MutationError } from '../../src/core/validation';

/** The MutationError a mutation is refused with (fails the test when it is not refused so). */
export async function rejection(promise: Promise<unknown>): Promise<MutationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MutationError);
  return error as MutationError;
}
