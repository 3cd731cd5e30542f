import type { Words } from './strings';

export const en: Words = {
  'syncfile.exportTitle': 'Export unsent records',
  'syncfile.exportHint':
    'Without a network, save the records not yet sent to one file and pass it to the station by cable, Bluetooth or WeChat. Once the station imports it, they have arrived.',
  'syncfile.exportCount': '{n} records on this phone have not been sent.',
  'syncfile.exportNone': 'Nothing waits to be sent: everything has arrived.',
  'syncfile.exportButton': 'Export file',
  'syncfile.shareButton': 'Send by WeChat or Bluetooth',
  'syncfile.exported':
    'Exported “{name}” ({n} records). They stay on this phone marked “waiting to sync” and go out by themselves when online, never twice.',
  'syncfile.needLogin': 'Log in first: the file has to say who registered these records.',
  'syncfile.needKey':
    'This login has no signing key yet: open the app once where there is a network (let it sync), then export.',
  'syncfile.otherAccounts':
    '{n} more records were made by another account on this phone; that account must log in to export them.',
  'syncfile.importTitle': 'Import a sync file',
  'syncfile.importHint':
    'Choose the file a field worker sent you (.gigsync). It is checked for damage first, then its records are listed.',
  'syncfile.pick': 'Choose file',
  'syncfile.fileFrom': 'From: {who}, exported {when}, {n} records',
  'syncfile.someone': 'a staff member',
  'syncfile.importButton': 'Import these records',
  'syncfile.importing': 'Importing…',
  'syncfile.needNetwork':
    'Importing needs the server and there is no network now. Keep the file and import it when online.',
  'syncfile.resultTitle': 'Import result',
  'syncfile.applied': 'Imported',
  'syncfile.already': 'Already imported',
  'syncfile.refused': 'Not imported',
  'syncfile.summary': '{applied} newly imported, {already} imported before, {refused} not imported.',
  'syncfile.countyTitle': 'County job data',
  'syncfile.countyHint':
    'The station saves the county’s jobs, stations and policies to one file; a field phone loads it without a network to look up jobs in the villages. It is replaced by the latest data when online.',
  'syncfile.countyExport': 'Export this county’s data',
  'syncfile.countyPick': 'County to export',
  'syncfile.countyExported': 'Exported “{name}”: {jobs} jobs, {stations} stations, {policies} policies.',
  'syncfile.countyLoad': 'Load a county data file',
  'syncfile.countyLoaded': 'Loaded {jobs} jobs, {stations} stations and {policies} policies (exported {when}).',
  'syncfile.fileName': 'gig-station-unsent',
  'syncfile.countyFileName': 'gig-station-county',
  'syncfile.failed': 'That did not work: {reason}',
};
