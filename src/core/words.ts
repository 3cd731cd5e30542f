/**
 * Words shared by the UI and the workers, written once in both languages. The UI's
 * dictionaries (src/i18n) include these entries, so `t('pay.daily')` reads them; the match
 * worker words its ranking reasons with the same entries.
 */
import type { WageUnit } from './records';

export type Lang = 'zh' | 'en';

/** Pay periods, benefits and wages as message entries, keyed as the UI's dictionaries key them. */
export const PAY_WORDS = {
  zh: {
    'wage.hour': '{amount} 元/小时',
    'wage.day': '{amount} 元/天',
    'wage.month': '{amount} 元/月',
    'wage.piece': '{amount} 元/件',
    'pay.daily': '日结',
    'pay.weekly': '周结',
    'pay.monthly': '月结',
    'benefit.meals': '包吃',
    'benefit.lodging': '包住',
    'benefit.transport': '管接送',
  },
  en: {
    'wage.hour': '¥{amount}/hour',
    'wage.day': '¥{amount}/day',
    'wage.month': '¥{amount}/month',
    'wage.piece': '¥{amount}/piece',
    'pay.daily': 'Paid daily',
    'pay.weekly': 'Paid weekly',
    'pay.monthly': 'Paid monthly',
    'benefit.meals': 'Meals',
    'benefit.lodging': 'Lodging',
    'benefit.transport': 'Transport',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** "150-180", or "150" when the range is one number: the `{amount}` of a `wage.*` entry. */
export const wageAmount = (min: number, max: number): string => (max > min ? `${min}-${max}` : `${min}`);

/** "150-180 元/天", "¥150-180/day" (the UI goes through `t`, which knows when English has loaded). */
export function wageText(min: number, max: number, unit: WageUnit, lang: Lang): string {
  return PAY_WORDS[lang][`wage.${unit}`].replace('{amount}', wageAmount(min, max));
}
