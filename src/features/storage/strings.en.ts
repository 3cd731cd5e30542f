import type { Words } from './strings';

export const en: Words = {
  'storage.title': 'Phone storage',
  'storage.used': 'The app uses {used} of the {quota} the browser allows it.',
  'storage.usedOnly': 'The app uses {used}.',
  'storage.unknown': 'This browser does not say how much space the app uses.',
  'storage.kept': 'The browser will not clear this data by itself.',
  'storage.mayClear':
    'When the phone runs short of space, the browser may clear this data (unsent changes would be lost).',
  'storage.keep': 'Ask the browser to keep the data',
  'storage.low':
    'The phone’s storage is nearly full. Jobs closed more than {days} days ago can be cleared to make room.',
  'storage.clearOld': 'Clear old jobs ({n})',
  'storage.nothingOld': 'No old jobs to clear.',
  'storage.cleared': 'Cleared {n} old jobs.',
};
