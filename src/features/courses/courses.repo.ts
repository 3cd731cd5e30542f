/** 培训 on this device: courses (public), the worker's own sign-ups and requests, a desk's register and requests. */
import type { Role } from '../../core/access';
import type { Course, CourseRequest, Enrollment, Seeker } from '../../core/records';
import type { GigDb } from '../../db/db';
import { readSession } from '../../db/session';
import { peekSyncState } from '../../db/sync-state';
import { myProfile } from '../seekers';
import { upcoming } from './lists';

const today = () => new Date().toISOString().slice(0, 10);

/** Courses to show, in the order of `upcoming`: the user's own place first. */
export async function coursesToShow(db: GigDb): Promise<Course[]> {
  const state = await peekSyncState(db);
  return upcoming(await db.courses.toArray(), { home: state?.home, counties: state?.counties ?? [] }, today());
}

export const courseById = (db: GigDb, id: string): Promise<Course | undefined> => db.courses.get(id);

export interface SignUpState {
  /** undefined until the session is read, so nobody sees a step that is not theirs. */
  role?: Role;
  profile?: Seeker;
  /** The live sign-up (a cancelled one lets the person sign up again). */
  enrollment?: Enrollment;
}

export async function signUpState(db: GigDb, courseId: string): Promise<SignUpState> {
  const role = (await readSession(db))?.account.role ?? 'anonymous';
  const profile = role === 'worker' ? await myProfile(db) : undefined;
  const signUps = profile ? await db.enrollments.where({ courseId, seekerId: profile.id }).toArray() : [];
  return { role, profile, enrollment: signUps.find((e) => e.status !== 'cancelled') };
}

export interface RosterRow {
  enrollment: Enrollment;
  name?: string;
}

/** The course's register on a desk's phone: the sign-ups routed to its station, named. */
export async function roster(db: GigDb, courseId: string): Promise<RosterRow[]> {
  const signUps = await db.enrollments.where('courseId').equals(courseId).toArray();
  const rows = await Promise.all(
    signUps
      .filter((e) => !e.deleted && e.status !== 'cancelled')
      .map(async (enrollment) => ({
        enrollment,
        name: enrollment.contact?.name ?? (await db.seekers.get(enrollment.seekerId))?.name,
      })),
  );
  return rows.sort(
    (a, b) =>
      (a.enrollment.position ?? 0) - (b.enrollment.position ?? 0) || a.enrollment.id.localeCompare(b.enrollment.id),
  );
}

/** Every 我想学 on the device: a desk's county's, or a worker's own. */
export const courseRequests = (db: GigDb): Promise<CourseRequest[]> => db.courseRequests.toArray();

/** The worker's own requests, newest first, with the course a desk set up for each. */
export async function myRequests(db: GigDb): Promise<{ request: CourseRequest; course?: Course }[]> {
  const profile = await myProfile(db);
  if (!profile) return [];
  const mine = await db.courseRequests.where('seekerId').equals(profile.id).reverse().sortBy('id');
  return Promise.all(
    mine.map(async (request) => ({
      request,
      course: request.courseId ? await db.courses.get(request.courseId) : undefined,
    })),
  );
}
