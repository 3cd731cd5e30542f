/**
 * Place labels for cards and chips: "城中区 总寨镇", "西宁市 城中区". Reads only the
 * province, city, county and town table (villages are a file of their own), so the job
 * list's first bundle can show where a job is for about 1 KB.
 */
import { CODE_LENGTH, countyOf, townOf } from './codes';
import { cities, counties, provinces, towns } from './demo-regions.json';

const table = (level: Record<string, string>) => level as Record<string, string>;

/** The city a county belongs to; for a 直辖市 (NBS's "市辖区" level) its province, 天津市. */
export function cityName(code: string): string | undefined {
  const city = table(cities)[code.slice(0, CODE_LENGTH.cities)];
  if (city && city !== '市辖区' && !city.endsWith('直辖县级行政区划')) return city;
  return table(provinces)[code.slice(0, CODE_LENGTH.provinces)];
}

export const countyName = (code: string): string | undefined => table(counties)[countyOf(code)];

export function townName(code: string): string | undefined {
  const town = townOf(code);
  return town ? table(towns)[town] : undefined;
}

/** "西宁市 城中区": a county with its city, as the picker and the followed-county chips name it. */
export function countyWithCity(code: string): string {
  return [cityName(code), countyName(code)].filter(Boolean).join(' ');
}

/** "城中区 总寨镇" (or "西宁市 城中区 总寨镇" with `city`): where a job is, county first. */
export function placeLabel(code: string, options: { city?: boolean } = {}): string {
  return [options.city ? cityName(code) : undefined, countyName(code), townName(code)].filter(Boolean).join(' ');
}
