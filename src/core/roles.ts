/**
 * Roles and the actor a check is about, apart from the grants and checks of ./access.ts (which
 * re-exports them): the route table and the shell use them in the first bundle, which then
 * carries no record schema.
 */
const ROLES = ['anonymous', 'worker', 'employer', 'station_staff', 'field_staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['station_staff', 'field_staff', 'admin'];
/** The station desk's own work (verifying, publishing, handling complaints): desks and admins. */
export const DESK_ROLES: readonly Role[] = ['station_staff', 'admin'];
/** Who keeps a 记工 log: a worker, of their own days only (staff see days only attached to a 求助). */
export const WORKLOG_ROLES: readonly Role[] = ['worker'];
/** Who checks in at a station's door by its code: a worker, as their own profile (staff log walk-ins at the desk). */
export const CHECK_IN_ROLES: readonly Role[] = ['worker'];
/** Who may post jobs. */
export const STAFF_OR_EMPLOYER: readonly Role[] = [...STAFF_ROLES, 'employer'];

export interface Actor {
  userId?: string;
  role: Role;
  /** Stations a desk account is bound to. */
  stationIds: readonly string[];
  /** Counties a field worker covers (and, for a desk, the counties of its stations). */
  counties: readonly string[];
  /** The account's login phone, from the token (the server sets a self-registered profile's phone from it). */
  phone?: string;
}

export const ANONYMOUS: Actor = { role: 'anonymous', stationIds: [], counties: [] };

/** What a device may send without logging in: a complaint that does not say who filed it. */
export const ANONYMOUS_MUTATIONS: readonly string[] = ['complaint.file'];

export const isStaff = (actor: Actor): boolean => STAFF_ROLES.includes(actor.role);
