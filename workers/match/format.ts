/**
 * Words for ranking reasons: "3.2 km · 日结 · 会电焊" or "3.2 km · Paid daily · welding". Pay
 * periods, perks and wages read as on the job card (src/core/words.ts has them once).
 */
import { occupationByCode } from '../../src/core/occupations/index';
import { type Lang, PAY_WORDS, wageText } from '../../src/core/words';
import type { Reason } from './types';

/** An occupation's name in the language asked, the dictionary's English when it has one. */
export function occupationName(code: string | undefined, name: string, lang: Lang): string {
  const en = code ? occupationByCode(code)?.en[0] : undefined;
  return lang === 'en' && en ? en : name;
}

/**
 * Whose wishes the reasons speak of: the worker's own (为你推荐: "你要的"), or, on staff
 * screens, the person the desk is matching ("求职者要的").
 */
export type Voice = 'you' | 'them';

const WANTED: Record<Voice, { zh: string; en: string }> = {
  you: { zh: '你要的', en: 'your' },
  them: { zh: '求职者要的', en: 'their' },
};

export function formatReason(r: Reason, lang: Lang, voice: Voice = 'you'): string {
  const zh = lang === 'zh';
  const wanted = WANTED[voice][lang];
  switch (r.kind) {
    case 'occupation':
      return occupationName(r.code, r.name, lang);
    case 'related':
      return zh ? `相关: ${r.name}` : `related: ${occupationName(r.code, r.name, lang)}`;
    case 'text':
      return zh ? `含“${r.value}”` : `mentions “${r.value}”`;
    case 'place':
      return r.value;
    case 'distance':
      return `${r.km} km`;
    case 'beyondLimit':
      return zh ? `超出${wanted} ${r.km} 公里` : `beyond ${wanted} ${r.km} km`;
    case 'wageFloor':
      return zh
        ? `不低于${wanted} ${wageText(r.amount, r.amount, r.unit, lang)}`
        : `at least ${wanted} ${wageText(r.amount, r.amount, r.unit, lang)}`;
    case 'payWanted':
      return zh
        ? `是${wanted}${PAY_WORDS.zh[`pay.${r.value}`]}`
        : `${PAY_WORDS.en[`pay.${r.value}`]}, as ${voice === 'you' ? 'you' : 'they'} asked`;
    case 'payPeriod':
      return PAY_WORDS[lang][`pay.${r.value}`];
    case 'wage':
      return wageText(r.min, r.max, r.unit, lang);
    case 'perk':
      return PAY_WORDS[lang][`benefit.${r.value}`];
    case 'skill':
      return zh ? `会${r.value}` : r.value;
    case 'fresh':
      if (r.days === 0) return zh ? '今天发布' : 'posted today';
      return zh ? `${r.days}天前发布` : `posted ${r.days}d ago`;
    case 'verified':
      return zh ? '已核实' : 'verified';
  }
}

/** What a job card shows by itself (pay period, wage, perks, 已核实, posted days): its reasons need not repeat it. */
const ON_THE_CARD: ReadonlySet<Reason['kind']> = new Set(['payPeriod', 'wage', 'perk', 'verified', 'fresh']);

/** The reasons worth a line under a job card: what matched, how near, what fits the wishes. */
export function reasonsBeyondTheCard(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => !ON_THE_CARD.has(r.kind));
}

export function formatReasons(reasons: readonly Reason[], lang: Lang, voice: Voice = 'you'): string {
  return reasons.map((r) => formatReason(r, lang, voice)).join(' · ');
}
