import type { Station } from '../../core/records';
import type { GigDb } from '../../db/db';

export function allStations(db: GigDb): Promise<Station[]> {
  return db.stations.orderBy('regionCode').toArray();
}
