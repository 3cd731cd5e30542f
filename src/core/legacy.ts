/**
 * Runtime APIs that Chrome 69-era Android WebViews lack and the app's own code uses, filled
 * where missing (syntax is the build's job: vite.config.ts `build.target`). Imported first
 * by the page (src/main.tsx) and by every worker. tests/e2e/old-browsers.test.ts runs the app
 * with these taken away.
 */
type Loose = Record<string, unknown>;
const scope = self as unknown as Loose;

function fill(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

fill(Object, 'hasOwn', (o: object, key: PropertyKey) => Object.getOwnPropertyDescriptor(o, key) !== undefined);
fill(Object, 'fromEntries', (entries: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
});
function at(this: ArrayLike<unknown>, index: number) {
  const i = Math.trunc(index) || 0;
  return this[i < 0 ? this.length + i : i];
}
fill(Array.prototype, 'at', at);
fill(String.prototype, 'at', at);
fill(String.prototype, 'matchAll', function* matchAll(this: string, pattern: RegExp) {
  const re = new RegExp(pattern, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(this); m; m = re.exec(this)) {
    yield m;
    if (m[0] === '') re.lastIndex++;
  }
});
fill(Promise, 'allSettled', (promises: Iterable<unknown>) =>
  Promise.all(
    Array.from(promises, (p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason }),
      ),
    ),
  ),
);
fill(scope, 'globalThis', scope);
// A native promise, taken now: inside its transactions Dexie swaps the global Promise for
// its own, which schedules through queueMicrotask (this very function).
const settled = Promise.resolve();
fill(scope, 'queueMicrotask', (task: () => void) => {
  settled.then(task).catch((error) =>
    setTimeout(() => {
      throw error;
    }),
  );
});
/** The app clones plain data only (form values): objects, arrays, dates, maps and sets. */
function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [cloneData(k), cloneData(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(cloneData)) as T;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const out: Loose = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneData(v);
  return out as T;
}
fill(scope, 'structuredClone', cloneData);
