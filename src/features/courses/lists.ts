/**
 * The course list's order and the desk's grouping of 我想学, pure so they are tested without
 * a database: courses by place (the home county first, then the other followed counties)
 * and date, past ones left out; requests by skill and place, biggest groups first.
 */
import type { Course, CourseRequest } from '../../core/records';
import { countyOf } from '../../core/regions/codes';

const DAY_MS = 86_400_000;

/** The course's last day, YYYY-MM-DD. */
export function lastDay(course: Pick<Course, 'startDate' | 'days'>): string {
  const start = Date.parse(`${course.startDate}T00:00:00Z`);
  return new Date(start + (Math.max(course.days, 1) - 1) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The courses to show: not over yet (`today` is YYYY-MM-DD), in the counties followed (all
 * when none is), the home county's first, then the followed ones in order, each by date.
 */
export function upcoming(
  courses: readonly Course[],
  where: { home?: string; counties: readonly string[] },
  today: string,
): Course[] {
  const order = [...new Set([...(where.home ? [countyOf(where.home)] : []), ...where.counties])];
  const rank = (course: Course) => {
    const at = order.indexOf(countyOf(course.regionCode));
    return at === -1 ? order.length : at;
  };
  return courses
    .filter((c) => !c.deleted && lastDay(c) >= today)
    .filter((c) => where.counties.length === 0 || where.counties.includes(countyOf(c.regionCode)))
    .sort((a, b) => rank(a) - rank(b) || a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
}

/** Seats nobody holds yet, from the counts the server keeps on the course. */
export const seatsLeft = (course: Course): number => Math.max(course.capacity - (course.enrolled ?? 0), 0);

export interface RequestGroup {
  skill: string;
  regionCode: string;
  requests: CourseRequest[];
}

/** Open requests grouped by skill and town or village, the most asked first. */
export function groupRequests(requests: readonly CourseRequest[]): RequestGroup[] {
  const groups = new Map<string, RequestGroup>();
  for (const request of requests) {
    if (request.deleted || request.status !== 'open') continue;
    const key = `${request.skill}\u0000${request.regionCode}`;
    const group = groups.get(key) ?? { skill: request.skill, regionCode: request.regionCode, requests: [] };
    group.requests.push(request);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.requests.length - a.requests.length || a.regionCode.localeCompare(b.regionCode),
  );
}
