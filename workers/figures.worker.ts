/**
 * The figures worker: reads a station's or a county's rows from the app's IndexedDB and
 * counts them (src/db/figure-rows.ts, src/core/figures.ts) off the main thread, so a county of
 * thousands of rows never stalls the page. Created only by src/features/figures/figures.repo.ts;
 * everything else imports its API as a type.
 */
import '../src/core/legacy';
import { expose } from 'comlink';
import type { Period, Scope } from '../src/core/figures';
import { GigDb } from '../src/db/db';
import { countCountyRows, countFigureRows } from '../src/db/figure-rows';

const db = new GigDb();

const api = {
  scope: (scope: Scope, period: Period) => countFigureRows(db, scope, period),
  county: (county: string, period: Period) => countCountyRows(db, county, period),
};

export type FiguresWorkerApi = typeof api;
expose(api);
