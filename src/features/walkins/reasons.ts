/**
 * What people come to a station for, as the desk and the door ask it: six big buttons. A
 * visit keeps the station services it was for (`services`); "other" is a visit for none of
 * the five (water, charging, the toilet…, or nothing said).
 */
import type { StationService, Visit } from '../../core/records';

export const REASONS = ['job', 'policy', 'training', 'rest', 'rights', 'other'] as const;
export type Reason = (typeof REASONS)[number];

const SERVICE_OF: Record<Exclude<Reason, 'other'>, StationService> = {
  job: 'job_desk',
  policy: 'policy',
  training: 'training',
  rest: 'rest',
  rights: 'legal_aid',
};

export const servicesFor = (reason: Reason): StationService[] => (reason === 'other' ? [] : [SERVICE_OF[reason]]);

/** A visit's reason: the first of the five it was for, else "other". */
export function reasonOf(visit: Pick<Visit, 'services'>): Reason {
  return REASONS.find((reason) => reason !== 'other' && visit.services.includes(SERVICE_OF[reason])) ?? 'other';
}

/** How many visits came for each reason, every reason listed. */
export function countByReason(visits: readonly Pick<Visit, 'services'>[]): Record<Reason, number> {
  const counts = Object.fromEntries(REASONS.map((reason) => [reason, 0])) as Record<Reason, number>;
  for (const visit of visits) counts[reasonOf(visit)] += 1;
  return counts;
}
