/**
 * What the career screens read on this phone: the worker's profile (through the seekers
 * face), the courses they finished, and the resume's own lines, which stay on this phone.
 */
import type { GigDb } from '../../db/db';
import { myProfile } from '../seekers';
import { NO_EXTRAS, type ResumeExtras, type ResumeFacts } from './resume';

/** Per profile, so another person's resume on a shared phone starts empty. */
const extrasKey = (seekerId: string) => `career.resume.${seekerId}`;

export async function resumeFacts(db: GigDb): Promise<ResumeFacts | null> {
  const seeker = await myProfile(db);
  if (!seeker) return null;
  const finished = (await db.enrollments.where('seekerId').equals(seeker.id).toArray()).filter(
    (enrollment) => enrollment.status === 'completed',
  );
  const courses = await db.courses.bulkGet(finished.map((enrollment) => enrollment.courseId));
  const extras = (await db.meta.get(extrasKey(seeker.id)))?.value as ResumeExtras | undefined;
  return {
    seeker,
    courses: courses.flatMap((course) => (course ? [course.title] : [])),
    extras: { ...NO_EXTRAS, ...extras },
  };
}

export async function saveResumeExtras(db: GigDb, seekerId: string, extras: ResumeExtras): Promise<void> {
  await db.meta.put({ key: extrasKey(seekerId), value: extras });
}

/** The occupations the worker wishes for, to practise their interview first. */
export async function wishedOccupations(db: GigDb): Promise<string[]> {
  return (await myProfile(db))?.wishes.occupations ?? [];
}
