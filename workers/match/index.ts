/** The match engine's public surface (the worker wraps this with Comlink). */
export { docFromJob, docFromSeeker, isSearchable, placeNames } from './adapters';
export { createEngine, MatchEngine } from './engine';
export { formatDidYouMean, formatReading, formatReason, formatReasons, reasonsBeyondTheCard } from './format';
export type * from './types';
