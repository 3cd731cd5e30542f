/**
 * The place picker's search: every county and town, named with its city ("西宁市 城中区
 * 总寨镇"), found by hanzi, by full pinyin (spaces optional) or by initials (czq → 城中区).
 */
import { regionPath, type Region } from '../../core/regions';
import { CODE_LENGTH } from '../../core/regions/codes';
import { allRegions } from '../../core/regions';
import PINYIN from '../../core/regions/pinyin.generated.json';

export interface PlaceOption {
  code: string;
  /** The place's own name: 总寨镇. */
  name: string;
  /** With the levels above it, from the city down: 西宁市 城中区 总寨镇. */
  label: string;
  level: 'county' | 'town';
}

interface Indexed extends PlaceOption {
  hanzi: string;
  pinyin: string;
  initials: string;
}

const readings = PINYIN as Record<string, string>;

function index(): Indexed[] {
  return allRegions()
    .filter((r) => r.code.length === CODE_LENGTH.counties || r.code.length === CODE_LENGTH.towns)
    .map((r) => {
      const path = regionPath(r.code).filter((p) => p.code.length >= CODE_LENGTH.cities);
      // A 直辖市 has no named city level: its province stands in (天津市 河东区).
      const named =
        path.length > 0 && path[0].code.length === CODE_LENGTH.cities
          ? path
          : [...regionPath(r.code).slice(0, 1), ...path];
      const words = named.map((p) => readings[p.name] ?? '');
      return {
        code: r.code,
        name: r.name,
        label: named.map((p) => p.name).join(' '),
        level: r.code.length === CODE_LENGTH.counties ? 'county' : 'town',
        hanzi: named.map((p) => p.name).join(''),
        pinyin: words.join('').replaceAll(' ', ''),
        initials: words
          .join(' ')
          .split(' ')
          .filter(Boolean)
          .map((s) => s[0])
          .join(''),
      } satisfies Indexed;
    });
}

let places: Indexed[] | undefined;

/** Places matching what was typed, counties first, then where the match starts earliest. */
export function searchPlaces(query: string, limit = 20): PlaceOption[] {
  places ??= index();
  const q = query.trim().toLowerCase().replace(/[\s']/g, '');
  if (!q) return [];
  const scored: [number, Indexed][] = [];
  for (const place of places) {
    const at = [place.hanzi.indexOf(q), place.pinyin.indexOf(q), place.initials.indexOf(q)].filter((i) => i >= 0);
    if (at.length === 0) continue;
    // The place's own name matching counts before a match in its city's name.
    const own = place.name.includes(query.trim()) || (readings[place.name] ?? '').replaceAll(' ', '').includes(q);
    scored.push([(own ? 0 : 100) + (place.level === 'county' ? 0 : 50) + Math.min(...at), place]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].code.localeCompare(b[1].code))
    .slice(0, limit)
    .map(([, { code, name, label, level }]) => ({ code, name, label, level }));
}

/** The places one level below `parent` ('' for the provinces), for browsing province → city → county → town. */
export function placesUnder(parent: string): Region[] {
  const next = [CODE_LENGTH.provinces, CODE_LENGTH.cities, CODE_LENGTH.counties, CODE_LENGTH.towns].find(
    (len) => len > parent.length,
  );
  if (!next) return [];
  const seen = allRegions().filter((r) => r.code.length === next && r.code.startsWith(parent));
  // NBS's "市辖区" city level names no place: it is skipped by regionPath, so step through it.
  if (seen.length === 0 && next === CODE_LENGTH.cities)
    return allRegions().filter((r) => r.code.length === CODE_LENGTH.counties && r.code.startsWith(parent));
  return seen;
}
