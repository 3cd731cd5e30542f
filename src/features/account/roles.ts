/** Role groups the UI gates pages by, and role names as people read them. */
import type { Role } from '../../core/access';
import type { MessageKey } from '../../i18n';

export const STAFF: readonly Role[] = ['station_staff', 'field_staff', 'admin'];
export const STAFF_OR_EMPLOYER: readonly Role[] = [...STAFF, 'employer'];

export const ROLE_NAME: Record<Role, MessageKey> = {
  anonymous: 'role.anonymous',
  worker: 'role.worker',
  employer: 'role.employer',
  station_staff: 'role.station_staff',
  field_staff: 'role.field_staff',
  admin: 'role.admin',
};
