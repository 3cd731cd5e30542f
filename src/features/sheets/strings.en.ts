import type { Words } from './strings';

export const en: Words = {
  'sheets.export.xlsx': 'Export Excel',
  'sheets.export.csv': 'Export CSV',
  'sheets.making': 'Making the file…',
  'sheets.failed': 'Could not make the file. Please try again.',
};
