/** Role names as people read them. */
import type { Role } from '../../core/access';
import type { KeyIn } from '../../i18n';
import type { t } from './strings';

export const ROLE_NAME: Record<Role, KeyIn<typeof t>> = {
  anonymous: 'role.anonymous',
  worker: 'role.worker',
  employer: 'role.employer',
  station_staff: 'role.station_staff',
  field_staff: 'role.field_staff',
  admin: 'role.admin',
};
