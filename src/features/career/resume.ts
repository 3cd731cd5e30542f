/**
 * 简历: a one-page resume in words, made from the worker's profile on the phone, the courses
 * they finished and the lines only the resume has (years per trade, 工作经历, whether to show
 * the phone). The page and the shared image both draw these same sections.
 */
import { type Occupation, OCCUPATIONS, occupationByCode } from '../../core/occupations';
import { placeLabel } from '../../core/regions/names';
import type { Seeker } from '../../core/records';
import { wageAmount } from '../../core/words';
import { lang } from '../../i18n';
import { t } from './strings';

/** One line of 工作经历, as the worker typed it. */
export interface WorkLine {
  where: string;
  what: string;
  when: string;
}

/** What only the resume holds: kept on this phone, never sent. */
export interface ResumeExtras {
  /** The phone number is on the resume only when the worker ticks it. */
  showPhone: boolean;
  /** Years in each wished occupation, by dictionary code. */
  years: Record<string, number>;
  history: WorkLine[];
}

export const NO_EXTRAS: ResumeExtras = { showPhone: false, years: {}, history: [] };

export interface ResumeFacts {
  seeker: Seeker;
  /** Titles of the courses the worker finished. */
  courses: string[];
  extras: ResumeExtras;
}

export interface ResumeSection {
  title: string;
  lines: string[];
}

export interface Resume {
  name: string;
  /** Age, place, and the phone when shown: the line under the name. */
  about: string[];
  sections: ResumeSection[];
}

/** Driving classes and certificates as the dictionary names them, plus anything called a 证 or 照. */
const KNOWN_LICENCES = new Set(OCCUPATIONS.flatMap((o) => o.licences ?? []));
const LICENCE_WORDING = /(证|证书|照)$|^[A-DM][1-3]?$/i;
export const isLicence = (skill: string) => KNOWN_LICENCES.has(skill) || LICENCE_WORDING.test(skill);

/** "瓦工、电工" in Chinese, "bricklayer, electrician" in English. */
const listed = (items: string[]) => items.join(lang() === 'en' ? ', ' : '、');

export const occupationLabel = (occupation: Occupation) => (lang() === 'en' ? occupation.en[0] : occupation.name);

function trades(seeker: Seeker, years: ResumeExtras['years']): string[] {
  return seeker.wishes.occupations.flatMap((code) => {
    const occupation = occupationByCode(code);
    if (!occupation) return [];
    const n = years[code];
    return [n ? t('resume.tradeYears', { trade: occupationLabel(occupation), n }) : occupationLabel(occupation)];
  });
}

function wishes(seeker: Seeker): string[] {
  const { minWage, wageUnit, payPeriods, maxDistanceKm, availableFrom } = seeker.wishes;
  return [
    minWage && wageUnit
      ? t('resume.wageFloor', { wage: t(`wage.${wageUnit}`, { amount: wageAmount(minWage, minWage) }) })
      : '',
    listed(payPeriods.map((period) => t(`pay.${period}`))),
    maxDistanceKm ? t('resume.distance', { km: maxDistanceKm }) : '',
    availableFrom ? t('resume.from', { date: availableFrom }) : '',
  ].filter(Boolean);
}

/** The resume in the current language; `year` is this year, for the age. */
export function buildResume({ seeker, courses, extras }: ResumeFacts, year: number): Resume {
  const about = [
    seeker.birthYear ? t('resume.age', { age: year - seeker.birthYear, year: seeker.birthYear }) : '',
    [placeLabel(seeker.regionCode), seeker.village ?? ''].filter(Boolean).join(' '),
    extras.showPhone && seeker.phone ? t('resume.phone', { phone: seeker.phone }) : '',
  ].filter(Boolean);
  const history = extras.history
    .filter((line) => line.where || line.what || line.when)
    .map((line) => [line.when, line.where, line.what].filter(Boolean).join('  '));
  const sections: ResumeSection[] = [
    { title: t('resume.trades'), lines: trades(seeker, extras.years) },
    { title: t('resume.skills'), lines: [listed(seeker.skills.filter((s) => !isLicence(s)))].filter(Boolean) },
    { title: t('resume.licences'), lines: seeker.skills.filter(isLicence) },
    { title: t('resume.history'), lines: history },
    { title: t('resume.courses'), lines: courses },
    { title: t('resume.wishes'), lines: wishes(seeker) },
  ];
  return { name: seeker.name, about, sections: sections.filter((section) => section.lines.length > 0) };
}
