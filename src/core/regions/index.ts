/**
 * Administrative divisions (province → city → county → township → village) for the
 * regions this deployment serves. Codes are NBS 统计用区划代码: a child's code starts with
 * its parent's, so the hierarchy needs no parent pointers.
 */
import { CODE_LENGTH } from './codes';
// Villages apart: the job list's first bundle names places down to towns (./names.ts) without them.
import places from './demo-regions.json';
import { villages } from './demo-villages.json';

type Level = keyof typeof CODE_LENGTH;
const LEVELS: readonly Level[] = ['provinces', 'cities', 'counties', 'towns', 'villages'];

const table = { ...places, villages } as unknown as Record<Level, Record<string, string>>;

/** NBS placeholders that name no real place (直辖市's 市辖区 level). */
const PLACEHOLDERS = new Set(['市辖区', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export interface Region {
  code: string;
  name: string;
}

/** Names from province down to the code's own level, placeholders skipped. */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (const level of LEVELS) {
    const len = CODE_LENGTH[level];
    if (code.length < len) break;
    const prefix = code.slice(0, len);
    const name = table[level][prefix];
    if (name && !PLACEHOLDERS.has(name)) path.push({ code: prefix, name });
  }
  return path;
}

/** "城中区 总寨镇": the county and below, as a short place label. */
export function shortPlace(code: string): string {
  return regionPath(code)
    .filter((r) => r.code.length >= 6)
    .map((r) => r.name)
    .join(' ');
}

/** "城中区 总寨镇 王斌堡村三社": the short place and the words written for it, unless they repeat it. */
export function placeWithDetail(code: string, detail = ''): string {
  const area = shortPlace(code);
  const extra = detail.trim();
  // 总寨镇王斌堡村 repeats "城中区 总寨镇 王斌堡村委会" once the spaces are gone.
  return extra && !area.replace(/\s/g, '').includes(extra.replace(/\s/g, '')) ? `${area} ${extra}`.trim() : area;
}

export function regionName(code: string): string | undefined {
  const level = LEVELS.find((l) => CODE_LENGTH[l] === code.length);
  return level ? table[level][code] : undefined;
}

/**
 * "王斌堡村" from "王斌堡村委会", "清华路社区" from "清华路社区居委会": villages as people say
 * them. A village whose own name ends in 村 keeps one: "水磨村村委会" is 水磨村's committee.
 */
export const villageWord = (name: string): string =>
  name
    .replace(/村(民委员会|委会)$/, '村')
    .replace(/社区(居民委员会|居委会)$/, '社区')
    .replace(/(村|社区)\1$/, '$1');

function childrenOf(level: Level, parent: string): Region[] {
  return Object.entries(table[level])
    .filter(([code]) => code.startsWith(parent))
    .map(([code, name]) => ({ code, name }));
}

export const counties = (): Region[] => childrenOf('counties', '');
export const townsOf = (county: string): Region[] => childrenOf('towns', county);
export const villagesOf = (town: string): Region[] => childrenOf('villages', town);

/** Every named region at every level, for place-name search. */
export function allRegions(): Region[] {
  return LEVELS.flatMap((level) =>
    Object.entries(table[level])
      .filter(([, name]) => !PLACEHOLDERS.has(name))
      .map(([code, name]) => ({ code, name })),
  );
}
