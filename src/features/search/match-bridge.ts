/**
 * The one way the UI reaches the match worker. The worker (engine + pinyin tables) is
 * created on first use, so the job list's first paint never waits for it.
 */
import { type Remote, wrap } from 'comlink';
import type { MatchWorkerApi } from '../../../workers/match.worker';

let remote: Remote<MatchWorkerApi> | undefined;

export function matchWorker(): Remote<MatchWorkerApi> {
  remote ??= wrap<MatchWorkerApi>(
    new Worker(new URL('../../../workers/match.worker.ts', import.meta.url), { type: 'module', name: 'match' }),
  );
  return remote;
}
