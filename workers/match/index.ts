/** The match engine's public surface (the worker wraps this with Comlink). */
export { docFromJob, docFromSeeker, isSearchable, placeNames } from './adapters';
export { createEngine, MatchEngine } from './engine';
export { formatReason, formatReasons, occupationName, reasonsBeyondTheCard, type Voice } from './format';
export type * from './types';
