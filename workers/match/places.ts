/**
 * Place names at every level, as people type them: 奈曼旗, 奈曼, naiman, 总寨, 高新区. Names
 * come from the region table and from the jobs themselves (a corpus may name places the
 * table lacks); each distinct name gets an integer id that jobs store per level.
 */
import { allRegions } from '../../src/core/regions/index';
import { TERM_KEYS } from './concepts';
import { lettersOf } from './pinyin';

/** Administrative suffixes people leave out, longest first. */
const SUFFIXES = [
  '特别行政区',
  '街道办事处',
  '社区居民委员会',
  '社区居委会',
  '居民委员会',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '办事处',
  '居委会',
  '村委会',
  '开发区',
  '街道',
  '社区',
  '苏木',
  '嘎查',
  '地区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
  '镇',
  '乡',
  '村',
  '屯',
];

/** Suffixes whose first words people keep: 育林社区居委会 is typed 育林社区, 农场村委会 农场村, 大沁他拉街道办事处 大沁他拉街道. */
const KEPT_WORD: Record<string, string> = {
  村委会: '村',
  社区居委会: '社区',
  社区居民委员会: '社区',
  街道办事处: '街道',
};

/** The province and city names places in the table begin with (天津铁厂街道 is typed 铁厂街道). */
const BIG_PLACES = allRegions()
  .filter((r) => r.code.length <= 4)
  .map((r) => stemOf(r.name));

function stemOf(name: string): string {
  const suffix = SUFFIXES.find((x) => name.endsWith(x) && name.length - x.length >= 2);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Extra short forms for long official names. */
const SHORT_FORMS: [RegExp, string[]][] = [
  [/高新技术产业开发区$/, ['高新区', '高新']],
  [/经济技术开发区$/, ['经开区', '经开']],
  [/^内蒙古/, ['内蒙']],
];

/** The keys a name is found by: itself, without its suffix, short forms, and their pinyin. */
function keysOf(name: string): string[] {
  const known = keyMemo.get(name);
  if (known) return known;
  const keys = computeKeys(name);
  keyMemo.set(name, keys);
  return keys;
}
/** Every engine files the same ~1,000 table regions: read their keys once. */
const keyMemo = new Map<string, string[]>();

function computeKeys(name: string): string[] {
  const han = new Set([name]);
  // 国有六号农场 is 六号农场 to those who live there.
  const names = name.startsWith('国有') && name.length >= 5 ? [name, name.slice(2)] : [name];
  // Without the city's name, the rest keeps its suffix (铁厂 alone would be an ironworks).
  for (const big of BIG_PLACES) {
    if (name !== big && name.startsWith(big) && name.length - big.length >= 4) han.add(name.slice(big.length));
  }
  for (const n of names) {
    han.add(n);
    for (const suffix of SUFFIXES) {
      if (n.endsWith(suffix) && n.length - suffix.length >= 2) {
        const stem = n.slice(0, -suffix.length);
        han.add(stem);
        // 农场村委会 is typed 农场村 too (and 农场 alone is farm work).
        if (KEPT_WORD[suffix]) han.add(stem + KEPT_WORD[suffix]);
        break;
      }
    }
  }
  for (const [pattern, forms] of SHORT_FORMS) if (pattern.test(name)) for (const f of forms) han.add(f);
  const keys: string[] = [];
  for (const h of han) {
    // A village called 保安村 must not swallow the word 保安.
    if (h !== name && TERM_KEYS.has(h)) continue;
    keys.push(h);
    const letters = lettersOf(h);
    if (letters.length >= 4 && !TERM_KEYS.has(letters)) keys.push(letters);
  }
  return keys;
}

export class Gazetteer {
  private readonly idByName = new Map<string, number>();
  readonly names: string[] = [];
  /** Jobs naming each place; table regions hold one permanent reference. */
  private readonly refs: number[] = [];
  private readonly byKey = new Map<string, number[]>();
  private longestKey = 0;

  constructor() {
    for (const r of allRegions()) this.acquire(r.name);
  }

  /** Id of a place name, counting one more reference to it. */
  acquire(name: string): number {
    let id = this.idByName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.idByName.set(name, id);
      this.names.push(name);
      this.refs.push(0);
      for (const key of keysOf(name)) {
        const list = this.byKey.get(key);
        if (list) list.push(id);
        else this.byKey.set(key, [id]);
        this.longestKey = Math.max(this.longestKey, key.length);
      }
    }
    this.refs[id]++;
    return id;
  }

  release(id: number): void {
    this.refs[id]--;
  }

  /**
   * Live place ids a typed key names (hanzi or pinyin letters). An office named after its town
   * (大沁他拉街道办事处 after 大沁他拉镇) answers its bare name only when the town does not.
   */
  lookup(key: string): number[] {
    const ids = this.byKey.get(key)?.filter((id) => this.refs[id] > 0) ?? [];
    const towns = ids.filter((id) => !this.names[id].endsWith('办事处'));
    return towns.length > 0 ? towns : ids;
  }

  get maxKeyLength(): number {
    return this.longestKey;
  }
}
