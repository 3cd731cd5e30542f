import type { Words } from './strings';

export const en: Words = {
  'picker.search': 'Find a trade',
  'picker.searchHint': 'Type it, e.g. electrician, 电工, diangong',
  'picker.allCategories': 'All kinds of work',
  'picker.chosen': 'Chosen:',
  'picker.noneChosen': 'Nothing chosen yet',
  'picker.remove': 'Remove {name}',
  'picker.full': 'You can choose at most {max}. Tap a chosen one to remove it, then choose another.',
  'picker.searching': 'Searching…',
  'picker.noMatch': 'No trade found. Try other words, or choose from the kinds of work.',
  'category.building': 'Building and decorating',
  'category.farming': 'Farming and livestock',
  'category.household': 'Household services',
  'category.repair': 'Repairs',
  'category.catering': 'Restaurants and kitchens',
  'category.logistics': 'Moving and delivery',
  'category.security': 'Security and property',
  'category.factory': 'Factory work',
  'category.retail': 'Shops and services',
};
