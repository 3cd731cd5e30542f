/**
 * The one way the UI reaches the match worker. The worker (engine + pinyin tables) and
 * Comlink are loaded on first use, so the job list's first paint waits for neither.
 */
import type { Remote } from 'comlink';
import type { MatchWorkerApi } from '../../../workers/match.worker';

let remote: Promise<Remote<MatchWorkerApi>> | undefined;

export function matchWorker(): Promise<Remote<MatchWorkerApi>> {
  remote ??= import('comlink').then(({ wrap }) =>
    wrap<MatchWorkerApi>(
      new Worker(new URL('../../../workers/match.worker.ts', import.meta.url), { type: 'module', name: 'match' }),
    ),
  );
  return remote;
}
