/**
 * Who is making a request. Until accounts and tokens exist (login is a later feature),
 * every device is treated as a station desk: it may post and edit jobs and register
 * people, while pulls stay limited to public buckets (see sync/grants.ts).
 */
import type { Actor } from '../../src/core/mutators';

export const OPEN_DESK_ACTOR: Actor = { role: 'station_staff', stationIds: [] };

export function actorOf(): Actor {
  return OPEN_DESK_ACTOR;
}
