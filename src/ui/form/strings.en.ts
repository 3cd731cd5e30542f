import type { Words } from './strings';

export const en: Words = {
  'form.county': 'County',
  'form.town': 'Town / street',
  'form.chooseCounty': 'Choose a county',
  'form.fixErrors': '{n} fields need fixing',
};
