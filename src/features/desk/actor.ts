/** Who is logged in, as the access rules see them (roles, stations, counties), read live. */
import { ANONYMOUS, type Actor } from '../../core/access';
import { actorOf, readSession } from '../../db/session';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';

export function useActor() {
  const { db } = useServices();
  return createLiveQuery<null, Actor>(
    () => null,
    async () => actorOf(await readSession(db)),
    ANONYMOUS,
  );
}
