/** Role names as people read them. */
import type { Role } from '../../core/access';
import type { MessageKey } from '../../i18n';

export const ROLE_NAME: Record<Role, MessageKey> = {
  anonymous: 'role.anonymous',
  worker: 'role.worker',
  employer: 'role.employer',
  station_staff: 'role.station_staff',
  field_staff: 'role.field_staff',
  admin: 'role.admin',
};
