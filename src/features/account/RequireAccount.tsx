/**
 * Pages for some roles only (posting jobs, registering people): others see why and a way
 * to log in that brings them back. The server checks again; this only saves a wasted form.
 */
import { A, useLocation } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import type { Role } from '../../core/access';
import { useServices } from '../../ui/services';
import { t } from './strings';
import { createLiveQuery } from '../../ui/live';
import { accountState } from './account.repo';
import { ROLE_NAME } from './roles';

export default function RequireAccount(props: { roles: readonly Role[]; children: JSX.Element }) {
  const { db } = useServices();
  const location = useLocation();
  const state = createLiveQuery(
    () => null,
    () => accountState(db),
    undefined,
  );
  const allowed = () => {
    const role = state()?.session?.account.role;
    return role !== undefined && props.roles.includes(role);
  };
  return (
    <Show when={state()}>
      <Show
        when={allowed()}
        fallback={
          <section class="page" data-testid="needs-login">
            <p class="notice warn">
              {t('account.needsRole', { roles: props.roles.map((r) => t(ROLE_NAME[r])).join('、') })}
            </p>
            <A href={`/login?next=${encodeURIComponent(location.pathname)}`} class="button primary wide">
              {t('login.title')}
            </A>
          </section>
        }
      >
        {props.children}
      </Show>
    </Show>
  );
}
