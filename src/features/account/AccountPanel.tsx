/**
 * Who is logged in on this phone, on 我的: log in, log out, and what waits for whom.
 * Logging out never deletes unsent records; they wait for their account's next login.
 */
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { t } from './strings';
import { maskPhone } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { accountState } from './account.repo';
import { ROLE_NAME } from './roles';

export default function AccountPanel() {
  const { auth, db, scheduler } = useServices();
  const state = createLiveQuery(
    () => null,
    () => accountState(db),
    { session: undefined, othersPending: 0 },
  );
  const logout = async () => {
    await auth.logout();
    // The next pull, as nobody, takes this account's private records off the device.
    void scheduler.syncNow();
  };
  return (
    <div class="account" data-testid="account">
      <Show
        when={state().session}
        fallback={
          <>
            <p class="muted">{t('account.anonymous')}</p>
            <A href="/login" class="button primary wide" data-testid="login-link">
              {t('login.title')}
            </A>
          </>
        }
      >
        {(session) => (
          <>
            <p data-testid="account-who">
              {t('account.who', {
                name: session().account.name ?? '',
                phone: maskPhone(session().account.phone),
                role: t(ROLE_NAME[session().account.role]),
              })}
            </p>
            <Show when={session().expired}>
              <p class="notice warn" data-testid="login-expired">
                {t('account.expired')}
              </p>
              <A href="/login" class="button primary wide">
                {t('login.title')}
              </A>
            </Show>
            <button type="button" class="button wide" data-testid="logout" onClick={() => void logout()}>
              {t('account.logout')}
            </button>
          </>
        )}
      </Show>
      <Show when={state().othersPending > 0}>
        <p class="notice warn" data-testid="others-pending">
          {t('account.othersPending', { n: state().othersPending })}
        </p>
      </Show>
    </div>
  );
}
