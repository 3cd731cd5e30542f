/**
 * The app's long-lived parts as features see them: the device database, login, the sync
 * loop and the one way to write. `src/app` makes them once and provides them at the root;
 * a feature asks with `useServices()` while its component is set up, so no feature
 * imports `src/app` and a test can render a feature with its own services.
 */
import { createContext, useContext } from 'solid-js';
import type { MutatorArgs, MutatorName } from '../core/mutators';
import type { GigDb } from '../db/db';
import type { Mutated, Write } from '../db/mutate';
import type { AuthClient } from '../sync/auth';
import type { SyncScheduler } from '../sync/scheduler';

export interface Services {
  db: GigDb;
  /** Login, logout and the SMS code; the session with a fresh access token, for a call to the server. */
  auth: Pick<AuthClient, 'requestCode' | 'login' | 'logout' | 'freshSession'>;
  /** When to sync; the badge follows its status. */
  scheduler: Pick<SyncScheduler, 'status' | 'subscribe' | 'syncNow'>;
  /** Run a named mutation on this phone and queue it for the server (throws MutationError on bad input). */
  write<N extends MutatorName>(name: N, args: MutatorArgs<N>): Promise<Mutated>;
  /** Several writes in one transaction: all of them are saved, or (one throws) none. */
  writeAll(writes: readonly Write[]): Promise<Mutated[]>;
}

const ServicesContext = createContext<Services>();

export const ServicesProvider = ServicesContext.Provider;

/** The services of the app around this component; call it in the component body, not in a callback. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
