/** Pure geography for stations and jobs: distance, travel time, hours, filters, datums, rings. */
export * from './datum';
export * from './distance';
export * from './filters';
export * from './hours';
export * from './projection';
export * from './rings';
export * from './travel';
