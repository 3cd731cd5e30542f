/**
 * Each unsent or refused write as people say it on 我的: what kind of write and what it is
 * about, "报名：保洁员（总寨镇）", "发布岗位：电焊工（总寨镇）", never a mutator's name. A new
 * mutator needs a line in WRITE_NAME (the type insists) and its words in strings.ts and
 * strings.en.ts; `subjectOf` names what it is about when the args or the device know it.
 */
import type { MutatorName } from '../../core/mutators';
import { regionName } from '../../core/regions';
import { countyOf, townOf } from '../../core/regions/codes';
import type { GigDb } from '../../db/db';
import type { KeyIn } from '../../i18n';
import { t } from './strings';

const WRITE_NAME: Record<MutatorName, KeyIn<typeof t>> = {
  'job.post': 'write.jobPost',
  'job.edit': 'write.jobEdit',
  'job.setStatus': 'write.jobSetStatus',
  'job.remove': 'write.jobRemove',
  'job.verify': 'write.jobVerify',
  'station.save': 'write.stationSave',
  'employer.register': 'write.employerRegister',
  'employer.verify': 'write.employerVerify',
  'seeker.register': 'write.seekerRegister',
  'seeker.edit': 'write.seekerEdit',
  'review.resolve': 'write.reviewResolve',
  'review.undoMerge': 'write.reviewUndoMerge',
  'application.apply': 'write.applicationApply',
  'application.advance': 'write.applicationAdvance',
  'course.save': 'write.courseSave',
  'enrollment.enroll': 'write.enrollmentEnroll',
  'enrollment.cancel': 'write.enrollmentCancel',
  'enrollment.attend': 'write.enrollmentAttend',
  'enrollment.complete': 'write.enrollmentComplete',
  'courseRequest.ask': 'write.courseRequestAsk',
  'policy.save': 'write.policySave',
  'event.save': 'write.eventSave',
  'complaint.file': 'write.complaintFile',
  'complaint.advance': 'write.complaintAdvance',
  'complaint.comment': 'write.complaintComment',
  'visit.log': 'write.visitLog',
  'visit.checkIn': 'write.visitCheckIn',
  'points.award': 'write.pointsAward',
  'workday.log': 'write.workdayLog',
  'workday.edit': 'write.workdayEdit',
  'workday.remove': 'write.workdayRemove',
  'boardPrint.log': 'write.boardPrintLog',
  'boardPrint.takeDown': 'write.boardPrintTakeDown',
};

/** "发布岗位" for 'job.post'; "一项修改" for a name this app version does not know. */
export const writeName = (name: string): string =>
  t(Object.hasOwn(WRITE_NAME, name) ? WRITE_NAME[name as MutatorName] : 'write.other');

/** The fields a record (or a create's args) is named by. */
interface Named {
  title?: string;
  name?: string;
  employerName?: string;
  regionCode?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: args come from the outbox as stored; each case reads its own fields
type Args = any;

/** The record a write is about: its args for a create, the record on the device for a change. */
async function subjectOf(db: GigDb, name: string, args: Args): Promise<Named | undefined> {
  switch (name) {
    case 'job.post':
    case 'seeker.register':
    case 'employer.register':
    case 'station.save':
    case 'course.save':
    case 'policy.save':
    case 'event.save':
    case 'complaint.file':
      return args;
    case 'job.edit': {
      const job = await db.jobs.get(args.id);
      return job && { ...job, ...args.patch };
    }
    case 'job.setStatus':
    case 'job.remove':
    case 'job.verify':
      return db.jobs.get(args.id);
    case 'application.apply':
      return db.jobs.get(args.jobId);
    case 'application.advance': {
      const application = await db.applications.get(args.id);
      return application && db.jobs.get(application.jobId);
    }
    case 'seeker.edit': {
      const seeker = await db.seekers.get(args.id);
      return seeker && { ...seeker, ...args.patch };
    }
    case 'employer.verify':
      return db.employers.get(args.id);
    case 'enrollment.enroll':
      return db.courses.get(args.courseId);
    case 'enrollment.cancel':
    case 'enrollment.attend':
    case 'enrollment.complete': {
      const enrollment = await db.enrollments.get(args.id);
      return enrollment && db.courses.get(enrollment.courseId);
    }
    case 'courseRequest.ask':
      return { title: args.skill, regionCode: args.regionCode };
    case 'points.award':
      return db.seekers.get(args.seekerId);
    case 'boardPrint.log':
      return { name: regionName(args.regionCode), regionCode: args.regionCode };
    case 'boardPrint.takeDown':
      return db.jobs.get(args.jobId);
    case 'complaint.advance':
    case 'complaint.comment':
      return db.complaints.get(args.id);
    case 'visit.log':
    case 'visit.checkIn':
      return db.stations.get(args.stationId);
    case 'workday.log':
      return workdayNamed(args);
    case 'workday.edit': {
      const day = await db.workdays.get(args.id);
      return day && workdayNamed({ ...day, ...args.patch });
    }
    default:
      return undefined;
  }
}

/** A day of 记工 by its date and site: "记工：11-30 城南工地". */
const workdayNamed = (day: { date: string; site: string }): Named => ({ title: `${day.date.slice(5)} ${day.site}` });

/** "保洁员（总寨镇）": the subject's title or name, and the town (else the county) it is in. */
function label(subject: Named): string | undefined {
  const what = subject.title ?? subject.name ?? subject.employerName;
  if (typeof what !== 'string' || !what) return undefined;
  const code = typeof subject.regionCode === 'string' ? subject.regionCode : '';
  const place = regionName(townOf(code) ?? '') ?? regionName(countyOf(code));
  return place ? t('write.where', { what, place }) : what;
}

/** "报名：保洁员（总寨镇）", or just "报名" when the device no longer knows what it was about. */
export async function describeWrite(db: GigDb, entry: { name: string; args: unknown }): Promise<string> {
  const subject = await subjectOf(db, entry.name, entry.args as Args);
  const about = subject && label(subject);
  // A desk's referral is its own kind of write to the people who see it: 推荐, not 报名.
  const what = isReferral(entry) ? t('write.applicationRefer') : writeName(entry.name);
  return about ? t('write.about', { what, about }) : what;
}

const isReferral = (entry: { name: string; args: unknown }): boolean =>
  entry.name === 'application.apply' && (entry.args as Args)?.channel === 'referral';
