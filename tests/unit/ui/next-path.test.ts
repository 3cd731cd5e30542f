/** `?next=` after login or a saved profile goes on only within this app (src/ui/next-path.ts). */
import { describe, expect, it } from 'vitest';
import { nextPath } from '../../../src/ui/next-path';

describe('where a ?next= link may lead', () => {
  it.each(['/jobs/0190a', '/courses/1?x=2', '/'])('follows a path of this app: %s', (next) => {
    expect(nextPath(next, '/me')).toBe(next);
  });

  it.each(['//evil.example/jobs', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', 'jobs/1', ''])(
    'goes to the usual place instead of %s',
    (next) => {
      expect(nextPath(next, '/me')).toBe('/me');
    },
  );

  it('goes to the usual place when there is no next', () => {
    expect(nextPath(undefined, '/')).toBe('/');
  });
});
