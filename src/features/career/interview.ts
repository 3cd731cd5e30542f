/**
 * 练面试: the questions a boss or a station usually asks, per group of occupations, each with
 * a tip on how to answer. Every practice starts with the same opening, asks the group's own
 * questions, and ends with the same closing.
 */
import { occupationByCode } from '../../core/occupations';
import type { Words } from './strings';

export const INTERVIEW_GROUPS = [
  'construction',
  'cleaning',
  'kitchen',
  'delivery',
  'driving',
  'care',
  'factory',
  'security',
  'farm',
  'service',
] as const;
export type InterviewGroup = (typeof INTERVIEW_GROUPS)[number];

export interface InterviewQuestion {
  id: string;
  /** The question, shown large and read aloud. */
  ask: keyof Words;
  /** How to answer it well, shown after the worker has answered. */
  tip: keyof Words;
}

const question = (id: string): InterviewQuestion => ({
  id,
  ask: `interview.q.${id}` as keyof Words,
  tip: `interview.tip.${id}` as keyof Words,
});

const OPENING = [question('intro'), question('experience')];
const CLOSING = [question('start'), question('ask')];

const GROUP_QUESTIONS: Readonly<Record<InterviewGroup, InterviewQuestion[]>> = {
  construction: [question('construction.trade'), question('construction.safety'), question('construction.height')],
  cleaning: [question('cleaning.tools'), question('cleaning.careful'), question('cleaning.early')],
  kitchen: [question('kitchen.dishes'), question('kitchen.hygiene'), question('kitchen.rush')],
  delivery: [question('delivery.routes'), question('delivery.weather'), question('delivery.complaint')],
  driving: [question('driving.licence'), question('driving.record'), question('driving.long')],
  care: [question('care.who'), question('care.patience'), question('care.night')],
  factory: [question('factory.shifts'), question('factory.standing'), question('factory.quality')],
  security: [question('security.night'), question('security.trouble'), question('security.rules')],
  farm: [question('farm.crops'), question('farm.weather'), question('farm.animals')],
  service: [question('service.customer'), question('service.angry'), question('service.money')],
};

/** Which group's questions fit an occupation: by its dictionary category, drivers and riders by what they do. */
const BY_CATEGORY: Readonly<Record<string, InterviewGroup>> = {
  建筑装修: 'construction',
  农业养殖: 'farm',
  家政服务: 'care',
  维修服务: 'construction',
  餐饮服务: 'kitchen',
  物流运输: 'delivery',
  安保物业: 'security',
  制造加工: 'factory',
  商业服务: 'service',
};
const BY_CODE: Readonly<Record<string, InterviewGroup>> = {
  cleaner: 'cleaning',
  window_cleaner: 'cleaning',
  hotel_housekeeper: 'cleaning',
  street_sweeper: 'cleaning',
  truck_driver: 'driving',
  driver: 'driving',
  forklift_driver: 'driving',
  excavator_operator: 'driving',
  crane_operator: 'driving',
  tractor_driver: 'driving',
  sorter: 'factory',
  packer: 'factory',
  warehouse_keeper: 'factory',
  gardener: 'farm',
};

/** The group for an occupation code; undefined for a code the dictionary does not know. */
export function groupOf(code: string): InterviewGroup | undefined {
  const occupation = occupationByCode(code);
  if (!occupation) return undefined;
  return BY_CODE[code] ?? BY_CATEGORY[occupation.category];
}

/** The group to practise first: that of the first wished occupation that has one, else construction. */
export function firstGroup(occupationCodes: readonly string[]): InterviewGroup {
  for (const code of occupationCodes) {
    const group = groupOf(code);
    if (group) return group;
  }
  return 'construction';
}

/** One practice: the opening, the group's own questions, the closing. */
export function practiceQuestions(group: InterviewGroup): InterviewQuestion[] {
  return [...OPENING, ...GROUP_QUESTIONS[group], ...CLOSING];
}

/** Every question any practice can ask (for checking each has its words). */
export function allQuestions(): InterviewQuestion[] {
  return [...OPENING, ...INTERVIEW_GROUPS.flatMap((group) => GROUP_QUESTIONS[group]), ...CLOSING];
}
