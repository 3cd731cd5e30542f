/**
 * NBS 统计用区划代码 by length: 2 digits a province, 4 a city, 6 a county, 9 a township,
 * 12 a village. A child's code starts with its parent's, so a place's county or township is
 * a prefix of its code, and nothing needs the region tables to find it.
 */
export const CODE_LENGTH = { provinces: 2, cities: 4, counties: 6, towns: 9, villages: 12 } as const;

/** The county a place is in: it decides which county's buckets a record lives in. */
export const countyOf = (regionCode: string): string => regionCode.slice(0, CODE_LENGTH.counties);

/** The township a place is in; undefined for a code at county level or above. */
export const townOf = (regionCode: string): string | undefined =>
  regionCode.length >= CODE_LENGTH.towns ? regionCode.slice(0, CODE_LENGTH.towns) : undefined;
