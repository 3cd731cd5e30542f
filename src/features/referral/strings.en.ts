import type { Words } from './strings';

export const en: Words = {
  'referral.refer': 'Refer',
  'referral.referTo': 'Refer {name} to: {job}',
  'referral.referred': 'Referred',
  'referral.unsent': 'waiting to sync',
  'referral.byStation': 'Referred by a station',
  'referral.bySelf': 'Applied directly',
  'referral.applied': 'Applied',
  'referral.status.pending': 'Waiting for the station or employer to call',
  'referral.status.contacted': 'Contacted',
  'referral.status.interview': 'Interview arranged',
  'referral.status.hired': 'Hired',
  'referral.status.rejected': 'Not hired',
  'referral.status.no_show': 'Did not go',
  'referral.move.contacted': 'Called',
  'referral.move.interview': 'Interview set',
  'referral.move.hired': 'Hired',
  'referral.move.rejected': 'Not hired',
  'referral.move.no_show': 'Did not show up',
  'referral.note': 'Follow-up note (optional, e.g. started work)',
  'referral.step': '{status} · {m}/{d}',
};
