/** Who is using the app now, read live (a login or logout changes what screens offer). */
import type { Accessor } from 'solid-js';
import { ANONYMOUS, type Actor } from '../core/roles';
import { actorOf, readSession } from '../db/session';
import { createLiveQuery } from './live';
import { useServices } from './services';

/** The logged-in account as an actor (ANONYMOUS until the session is read, and without a login). */
export function useActor(): Accessor<Actor> {
  const { db } = useServices();
  return createLiveQuery(
    () => null,
    async () => actorOf(await readSession(db)),
    ANONYMOUS,
  );
}
