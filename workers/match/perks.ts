/**
 * How perks are written, by workers in a query and by employers in a posting alike: 包吃住,
 * 管三餐, 提供宿舍, 吃住全包. A perk written after 不, 无 or 没 is not offered (不包住).
 */
import type { Perk } from './types';

const NOT = '(?<![不无没])';

export const WRITTEN_PERKS: readonly [RegExp, readonly Perk[]][] = [
  [/[包管供提](?:供)?(?:吃住|食宿)|吃住全包|食宿全包|包吃包住|管吃管住/, ['meals', 'lodging']],
  [/[包管供](?:吃|饭|三餐|餐|伙食|工作餐)|提供(?:三餐|午餐|工作餐)|[管包][一两三]顿饭?/, ['meals']],
  [/[包管供]住(?:宿)?|提供(?:住宿|宿舍)|有宿舍|免费住宿/, ['lodging']],
  [/[包管报](?:车费|路费|交通)|班车接送|接送/, ['transport']],
].map(([pattern, perks]) => [new RegExp(`${NOT}(?:${(pattern as RegExp).source})`, 'g'), perks as Perk[]]);

/** Every pattern above holds one of these: most texts are ruled out in one pass. */
export const PERK_HINT = /[包管供提报有免接吃食]/;
