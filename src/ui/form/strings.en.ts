import type { Words } from './strings';

export const en: Words = {
  'form.county': 'County',
  'form.town': 'Town / street',
  'form.fixErrors': '{n} fields need fixing',
};
