/**
 * Each kind of write as people say it, for the lists on 我的 ("#3 发布岗位"). A new mutator
 * needs a line here (the type insists) and its words in strings.ts and strings.en.ts.
 */
import type { MutatorName } from '../../core/mutators';
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
  'policy.save': 'write.policySave',
  'event.save': 'write.eventSave',
  'complaint.file': 'write.complaintFile',
  'complaint.advance': 'write.complaintAdvance',
  'complaint.comment': 'write.complaintComment',
  'visit.log': 'write.visitLog',
  'points.award': 'write.pointsAward',
};

/** "发布岗位" for 'job.post'; "一项修改" for a name this app version does not know. */
export const writeName = (name: string): string =>
  t(Object.hasOwn(WRITE_NAME, name) ? WRITE_NAME[name as MutatorName] : 'write.other');
