import type { Words } from './strings';

export const en: Words = {
  'hub.title': 'Station services',
  'hub.hint': 'All of these are free. They work without signal and update when you are online.',
  'hub.complaints': 'Help and rights',
  'hub.complaints.about': 'Unpaid wages, injury, asked to pay: the station helps',
  'hub.rights': 'Rights · work log',
  'hub.rights.about': 'Call for help, log your work days, see what you are owed',
};
