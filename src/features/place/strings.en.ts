import type { Words } from './strings';

export const en: Words = {
  'place.setupTitle': 'Where are you looking for work?',
  'place.setupHint':
    'Choose a county; only its jobs are downloaded, which saves data and opens faster. You can change it under Me.',
  'place.search': 'Search a place: characters or pinyin, e.g. chengzhong',
  'place.searchLabel': 'Search a place',
  'place.noMatch': 'Nothing found for “{q}”. Try a county or town name.',
  'place.useMine': 'Use my location',
  'place.locating': 'Finding your location…',
  'place.denied': 'No location: the phone did not allow it, or it failed. Please choose a place below.',
  'place.nearest': 'The nearest station is {station} (about {km} km), in {county}.',
  'place.choose': 'Choose',
  'place.chooseCounty': 'Choose all of {county}',
  'place.back': '‹ Up one level',
  'place.top': 'All provinces',
  'place.all': 'Show jobs from every place for now (larger download, slower)',
  'place.followed': 'Places I follow',
  'place.followedHint': 'Up to {n} counties. Only their jobs are downloaded.',
  'place.everywhere': 'Jobs from every place are downloaded now.',
  'place.none': 'No place chosen yet, so no jobs are downloaded.',
  'place.add': 'Add a place',
  'place.remove': 'Stop following {county}',
  'place.full': 'You follow {n} counties: adding one replaces the oldest.',
  'place.cancel': 'Cancel',
};
