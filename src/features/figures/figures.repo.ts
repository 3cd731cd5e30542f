/**
 * 数据 on the phone: the counting runs in the figures worker (workers/figures.worker.ts), which
 * reads the rows itself; where no worker can (no Worker, a database in this tab's memory, a
 * worker script that failed) the page counts the same way (src/db/figure-rows.ts).
 */
import { type Remote, wrap } from 'comlink';
import type { CountyFigures, Period, Scope, ScopeFigures } from '../../core/figures';
import type { GigDb } from '../../db/db';
import { countCountyRows, countFigureRows } from '../../db/figure-rows';
import type { FiguresWorkerApi } from '../../../workers/figures.worker';

export { figuresRevision, lastSyncAt } from '../../db/figure-rows';

interface Started {
  remote: Remote<FiguresWorkerApi>;
  /** Rejects when the worker's script fails, so no call waits on it for ever. */
  failed: Promise<never>;
}

let started: Started | null = null;
let broken = false;

/** The worker, started on first use and kept for the session; null where the page must count. */
function figuresWorker(db: GigDb): Started | null {
  if (broken || typeof Worker === 'undefined' || db.inMemory) return null;
  if (!started) {
    const worker = new Worker(new URL('../../../workers/figures.worker.ts', import.meta.url), {
      type: 'module',
      name: 'figures',
    });
    const failed = new Promise<never>((_, reject) =>
      worker.addEventListener('error', () => reject(new Error('the figures worker failed')), { once: true }),
    );
    failed.catch(() => {
      broken = true;
    });
    started = { remote: wrap<FiguresWorkerApi>(worker), failed };
  }
  return started;
}

async function count<T>(db: GigDb, inWorker: (api: Remote<FiguresWorkerApi>) => Promise<T>, here: () => Promise<T>) {
  const worker = figuresWorker(db);
  if (worker) {
    try {
      return await Promise.race([inWorker(worker.remote), worker.failed]);
    } catch (error) {
      console.error('[figures] counting in the page instead', error);
    }
  }
  return here();
}

/** The scope's figures as this phone knows them: the period, the one before, per day, job heat. */
export const phoneFigures = (db: GigDb, scope: Scope, period: Period): Promise<ScopeFigures> =>
  count(
    db,
    (api) => api.scope(scope, period),
    () => countFigureRows(db, scope, period),
  );

/** The county's figures with the monthly report's station rows, as this phone knows them. */
export const phoneCountyFigures = (db: GigDb, county: string, period: Period): Promise<CountyFigures> =>
  count(
    db,
    (api) => api.county(county, period),
    () => countCountyRows(db, county, period),
  );
