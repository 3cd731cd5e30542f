import type { Words } from './strings';

export const en: Words = {
  'hub.title': 'Station services',
  'hub.hint': 'All of these are free. They work without signal and update when you are online.',
  'hub.complaints': 'Help and rights',
  'hub.complaints.about': 'Unpaid wages, injury, asked to pay: the station helps',
  'hub.events': 'Job fairs & live streams',
  'hub.events.about': 'When the next job fair or live job stream is, with a reminder',
};
