import type { Words } from './strings';

export const en: Words = {
  'hub.title': 'Station services',
  'hub.hint': 'All of these are free. They work without signal and update when you are online.',
  'hub.policies': 'Policies',
  'hub.policies.about': 'Subsidies, training, insurance: how much and where to apply',
  'hub.complaints': 'Help and rights',
  'hub.complaints.about': 'Unpaid wages, injury, asked to pay: the station helps',
  'hub.courses': 'Training',
  'hub.courses.about': 'Learn a trade, get a certificate, earn points, or say what you want to learn',
  'hub.career': 'Resume and interviews',
  'hub.career.about': 'Make a resume, find what work suits you, practise an interview',
  'hub.scan': 'Scan',
  'hub.scan.about': 'Scan a job’s QR code, works without signal',
  'hub.events': 'Job fairs & live streams',
  'hub.events.about': 'When the next job fair or live job stream is, with a reminder',
  'hub.points': 'Points',
  'hub.points.about': 'Earn points at the station; exchange them for meals or a training place',
  'hub.rights': 'Rights · work log',
  'hub.rights.about': 'Call for help, log your work days, see what you are owed',
};
