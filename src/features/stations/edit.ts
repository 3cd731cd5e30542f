/** What a desk changes of its station, as `station.save` arguments (StationForm builds them). */
import type { MutatorArgs } from '../../core/mutators';
import type { Station } from '../../core/records';

export interface StationChanges {
  services: Station['services'];
  hours: Station['hours'];
  phone: string | undefined;
}

/**
 * The station as this phone holds it (unsent edits included) with the changes on top. The
 * name, address and phone go along as `base`, what the desk saw: the server refuses only
 * where someone else has changed one of them since, so a second offline edit in a row
 * (whose first is not confirmed yet) goes through.
 */
export function stationEdit(station: Station, changes: StationChanges): MutatorArgs<'station.save'> {
  const { version: _version, updatedAt: _updatedAt, deleted: _deleted, photo: _photo, ...fields } = station;
  return {
    ...fields,
    ...changes,
    base: { name: station.name, address: station.address, phone: station.phone },
  };
}
