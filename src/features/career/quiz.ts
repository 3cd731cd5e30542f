/**
 * 职业兴趣小测: a few plain questions whose answers are traits (outdoor, hands, driving…),
 * scored against the traits of the dictionary's occupations. Pure and deterministic: the same
 * answers always suggest the same occupations in the same order, with the same reasons.
 */
import { OCCUPATIONS } from '../../core/occupations';
import type { Words } from './strings';

export const TRAITS = [
  'outdoor',
  'indoor',
  'hands',
  'people',
  'fixed',
  'flexible',
  'strength',
  'light',
  'drive',
  'ride',
  'cook',
  'care',
  'tidy',
  'machine',
  'farm',
  'night',
] as const;
export type Trait = (typeof TRAITS)[number];

export interface Choice {
  label: keyof Words;
  /** A 24×24 SVG path drawn beside the words: the choice can be read from the picture. */
  icon: string;
  /** Traits this answer wants… */
  yes: Trait[];
  /** …and traits it rules out (a job needing them scores lower). */
  no: Trait[];
}

export interface Question {
  id: string;
  prompt: keyof Words;
  choices: Choice[];
}

const ICON = {
  sun: 'M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM11 1h2v4h-2zm0 18h2v4h-2zM1 11h4v2H1zm18 0h4v2h-4z',
  house: 'M12 3 2 12h3v8h5v-6h4v6h5v-8h3z',
  hammer: 'M2 19.6 13.6 8 16 10.4 4.4 22zM14 2l8 8-3 3-8-8z',
  talk: 'M4 4h16v11H8l-4 4zm3 4v2h10V8zm0 3v2h7v-2z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5h-2v6l5 3 1-1.7-4-2.3z',
  calendar: 'M5 4h2V2h2v2h6V2h2v2h2v17H5zm2 6v9h10v-9z',
  muscle: 'M6 3h5l2 6 5 1 3 4-2 7H7l-3-6 3-5z',
  feather: 'M20 2C10 3 5 9 4 18l-2 4h2l2-3c7 0 12-5 14-17zM8 15c2-4 5-7 9-9-3 3-5 6-9 9z',
  car: 'M5 11 7 5h10l2 6h2v7h-2v2h-3v-2H8v2H5v-2H3v-7zm2.5 0h9l-1.3-4H8.8zM7 13a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm10 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  bike: 'M5 12a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm14 0a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM9 6h4l3 6h-2l-1-2-3 4H7l3-5z',
  walk: 'M13 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM10 7h4l2 6-2 1-1-3-1 4 3 7h-2l-3-6-2 6H6l3-9z',
  pot: 'M3 9h18v2h-2v7a3 3 0 0 1-3 3H8a3 3 0 0 1-3-3v-7H3zm5-5h2v3H8zm6 0h2v3h-2z',
  heart: 'M12 21 3.5 12.5A5 5 0 0 1 12 6a5 5 0 0 1 8.5 6.5z',
  broom: 'M14 2h2v8h3l2 12H3l2-12h3l6-8z',
  gear: 'M10 2h4l.6 3 2.4 1.4 2.9-1 2 3.4-2.3 2v2.4l2.3 2-2 3.4-2.9-1-2.4 1.4-.6 3h-4l-.6-3L7 17.8l-2.9 1-2-3.4 2.3-2v-2.4l-2.3-2 2-3.4 2.9 1L9.4 5zm2 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  leaf: 'M20 3C9 3 4 8 4 16l-2 5h2l2-4c9 0 14-5 14-14z',
  moon: 'M14 2a10 10 0 1 0 8 14A8 8 0 0 1 14 2z',
  no: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM6.3 7.7l1.4-1.4 10 10-1.4 1.4z',
} as const;

export const QUESTIONS: readonly Question[] = [
  {
    id: 'where',
    prompt: 'quiz.where',
    choices: [
      { label: 'quiz.where.outdoor', icon: ICON.sun, yes: ['outdoor'], no: ['indoor'] },
      { label: 'quiz.where.indoor', icon: ICON.house, yes: ['indoor'], no: ['outdoor'] },
    ],
  },
  {
    id: 'with',
    prompt: 'quiz.with',
    choices: [
      { label: 'quiz.with.hands', icon: ICON.hammer, yes: ['hands'], no: [] },
      { label: 'quiz.with.people', icon: ICON.talk, yes: ['people'], no: [] },
    ],
  },
  {
    id: 'hours',
    prompt: 'quiz.hours',
    choices: [
      { label: 'quiz.hours.fixed', icon: ICON.clock, yes: ['fixed'], no: ['flexible'] },
      { label: 'quiz.hours.flexible', icon: ICON.calendar, yes: ['flexible'], no: ['fixed'] },
    ],
  },
  {
    id: 'strength',
    prompt: 'quiz.strength',
    choices: [
      { label: 'quiz.strength.strong', icon: ICON.muscle, yes: ['strength'], no: ['light'] },
      { label: 'quiz.strength.light', icon: ICON.feather, yes: ['light'], no: ['strength'] },
    ],
  },
  {
    id: 'drive',
    prompt: 'quiz.drive',
    choices: [
      { label: 'quiz.drive.licence', icon: ICON.car, yes: ['drive', 'ride'], no: [] },
      { label: 'quiz.drive.ebike', icon: ICON.bike, yes: ['ride'], no: ['drive'] },
      { label: 'quiz.drive.none', icon: ICON.walk, yes: [], no: ['drive', 'ride'] },
    ],
  },
  {
    id: 'cook',
    prompt: 'quiz.cook',
    choices: [
      { label: 'quiz.cook.yes', icon: ICON.pot, yes: ['cook'], no: [] },
      { label: 'quiz.cook.no', icon: ICON.no, yes: [], no: ['cook'] },
    ],
  },
  {
    id: 'care',
    prompt: 'quiz.care',
    choices: [
      { label: 'quiz.care.yes', icon: ICON.heart, yes: ['care'], no: [] },
      { label: 'quiz.care.no', icon: ICON.no, yes: [], no: ['care'] },
    ],
  },
  {
    id: 'tidy',
    prompt: 'quiz.tidy',
    choices: [
      { label: 'quiz.tidy.yes', icon: ICON.broom, yes: ['tidy'], no: [] },
      { label: 'quiz.tidy.no', icon: ICON.no, yes: [], no: ['tidy'] },
    ],
  },
  {
    id: 'machine',
    prompt: 'quiz.machine',
    choices: [
      { label: 'quiz.machine.yes', icon: ICON.gear, yes: ['machine'], no: [] },
      { label: 'quiz.machine.no', icon: ICON.no, yes: [], no: ['machine'] },
    ],
  },
  {
    id: 'farm',
    prompt: 'quiz.farm',
    choices: [
      { label: 'quiz.farm.yes', icon: ICON.leaf, yes: ['farm'], no: [] },
      { label: 'quiz.farm.no', icon: ICON.no, yes: [], no: ['farm'] },
    ],
  },
  {
    id: 'night',
    prompt: 'quiz.night',
    choices: [
      { label: 'quiz.night.yes', icon: ICON.moon, yes: ['night'], no: [] },
      { label: 'quiz.night.no', icon: ICON.sun, yes: [], no: ['night'] },
    ],
  },
];

/** What each occupation asks of a person, by dictionary code. */
export const OCCUPATION_TRAITS: Readonly<Record<string, readonly Trait[]>> = {
  bricklayer: ['outdoor', 'hands', 'strength'],
  tiler: ['indoor', 'hands'],
  plasterer: ['indoor', 'hands', 'strength'],
  rebar_worker: ['outdoor', 'hands', 'strength'],
  carpenter: ['hands', 'machine'],
  welder: ['hands', 'machine'],
  plumber: ['hands', 'machine'],
  electrician: ['hands', 'machine'],
  laborer: ['outdoor', 'strength', 'flexible'],
  painter: ['indoor', 'hands'],
  scaffolder: ['outdoor', 'strength'],
  concrete_worker: ['outdoor', 'strength'],
  waterproofer: ['outdoor', 'hands'],
  decorator: ['indoor', 'hands'],
  excavator_operator: ['outdoor', 'machine', 'drive'],
  crane_operator: ['outdoor', 'machine'],
  fruit_picker: ['outdoor', 'farm', 'flexible'],
  tea_picker: ['outdoor', 'farm', 'flexible', 'light'],
  shepherd: ['outdoor', 'farm'],
  livestock_breeder: ['farm', 'strength'],
  milker: ['farm', 'fixed'],
  harvester: ['outdoor', 'farm', 'strength'],
  farmhand: ['outdoor', 'farm', 'strength'],
  greenhouse_worker: ['farm', 'hands'],
  tractor_driver: ['outdoor', 'farm', 'drive', 'machine'],
  forest_ranger: ['outdoor', 'farm'],
  cleaner: ['indoor', 'tidy', 'light', 'flexible'],
  window_cleaner: ['outdoor', 'tidy'],
  nanny: ['indoor', 'cook', 'care', 'tidy'],
  childcare: ['indoor', 'care'],
  maternity_nurse: ['indoor', 'care', 'cook'],
  caregiver: ['care', 'people'],
  appliance_repair: ['hands', 'machine', 'people'],
  property_repair: ['hands', 'machine', 'fixed'],
  machinist: ['machine', 'hands'],
  auto_mechanic: ['machine', 'hands'],
  dishwasher: ['indoor', 'tidy', 'fixed'],
  cook: ['indoor', 'cook', 'fixed'],
  kitchen_helper: ['indoor', 'cook'],
  waiter: ['indoor', 'people'],
  pastry_cook: ['cook', 'hands'],
  bbq_cook: ['cook', 'night'],
  mover: ['strength', 'flexible'],
  loader: ['strength'],
  truck_driver: ['drive', 'night'],
  driver: ['drive', 'people'],
  courier: ['ride', 'outdoor', 'people'],
  delivery_rider: ['ride', 'outdoor', 'flexible'],
  sorter: ['indoor', 'fixed', 'light'],
  packer: ['indoor', 'light', 'hands'],
  warehouse_keeper: ['indoor', 'fixed'],
  forklift_driver: ['machine', 'indoor'],
  security_guard: ['night', 'people', 'fixed'],
  doorman: ['night', 'fixed', 'light'],
  parking_attendant: ['outdoor', 'people'],
  gardener: ['outdoor', 'farm'],
  street_sweeper: ['outdoor', 'tidy', 'fixed'],
  sewing_worker: ['indoor', 'hands', 'fixed'],
  assembly_worker: ['indoor', 'fixed', 'hands'],
  quality_inspector: ['indoor', 'fixed', 'light'],
  food_processing: ['indoor', 'cook', 'fixed'],
  butcher: ['strength', 'hands'],
  handicraft: ['hands', 'light', 'flexible'],
  salesperson: ['people'],
  cashier: ['people', 'indoor', 'fixed'],
  livestream_host: ['people', 'flexible'],
  ecommerce_ops: ['indoor', 'light'],
  hotel_housekeeper: ['tidy', 'indoor'],
  hairdresser: ['people', 'hands'],
  flyer_distributor: ['outdoor', 'people', 'flexible'],
  event_staff: ['people', 'flexible'],
};

/** The answers so far: question id → index of the chosen choice. */
export type Answers = Readonly<Record<string, number>>;

export interface Suggestion {
  code: string;
  score: number;
  /** The traits of the answers this occupation fits, in question order: the "why". */
  because: Trait[];
}

/** A trait the occupation needs that an answer ruled out costs more than a match earns. */
const RULED_OUT = 2;
export const SUGGESTIONS = 5;

function chosen(answers: Answers): Choice[] {
  return QUESTIONS.flatMap((q) => {
    const pick = answers[q.id];
    return pick === undefined || !q.choices[pick] ? [] : [q.choices[pick]];
  });
}

/**
 * The occupations that fit the answers best, best first (ties in dictionary order): a point
 * for each wanted trait the job has, minus two for each ruled-out trait it needs. Only
 * occupations with a positive score and at least one reason are suggested.
 */
export function suggest(answers: Answers, limit = SUGGESTIONS): Suggestion[] {
  const picks = chosen(answers);
  const wanted = picks.flatMap((c) => c.yes);
  const ruledOut = new Set(picks.flatMap((c) => c.no));
  const scored = OCCUPATIONS.flatMap((occupation, order) => {
    const traits = OCCUPATION_TRAITS[occupation.code];
    if (!traits) return [];
    const because = [...new Set(wanted.filter((trait) => traits.includes(trait)))];
    const score = because.length - RULED_OUT * traits.filter((trait) => ruledOut.has(trait)).length;
    return score > 0 ? [{ code: occupation.code, score, because, order }] : [];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ code, score, because }) => ({ code, score, because }));
}

/** The words of each trait as a reason: "你喜欢在外面干活". */
export const REASON: Readonly<Record<Trait, keyof Words>> = {
  outdoor: 'quiz.because.outdoor',
  indoor: 'quiz.because.indoor',
  hands: 'quiz.because.hands',
  people: 'quiz.because.people',
  fixed: 'quiz.because.fixed',
  flexible: 'quiz.because.flexible',
  strength: 'quiz.because.strength',
  light: 'quiz.because.light',
  drive: 'quiz.because.drive',
  ride: 'quiz.because.ride',
  cook: 'quiz.because.cook',
  care: 'quiz.because.care',
  tidy: 'quiz.because.tidy',
  machine: 'quiz.because.machine',
  farm: 'quiz.because.farm',
  night: 'quiz.because.night',
};
