/**
 * The one place that starts the geo worker. It starts on first use (the map tab), lives
 * for the session, and tells Solid when its index was rebuilt so queries re-run.
 */
import { proxy, type Remote, wrap } from 'comlink';
import { type Accessor, createSignal } from 'solid-js';
import type { GeoWorkerApi } from '../../../workers/geo.worker';

let remote: Remote<GeoWorkerApi> | null = null;
const [revision, setRevision] = createSignal(0);

export function geoWorker(): Remote<GeoWorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('../../../workers/geo.worker.ts', import.meta.url), { type: 'module' });
    remote = wrap<GeoWorkerApi>(worker);
    void remote.onChange(proxy((next: number) => setRevision(next)));
  }
  return remote;
}

/** Bumps whenever the worker's index changes; read it inside a resource source to re-query. */
export const geoRevision: Accessor<number> = revision;
