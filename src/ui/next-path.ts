/**
 * Where to go on after logging in or saving a form, from a link's `?next=`: only a path of
 * this app ("/jobs/…"), never another site ("//evil.example", "https://…"), whatever the
 * link said.
 */
export function nextPath(next: string | undefined, otherwise: string): string {
  return next !== undefined && /^\/(?![/\\])/.test(next) ? next : otherwise;
}
