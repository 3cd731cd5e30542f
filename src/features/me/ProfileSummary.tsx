/** 我的求职意向 on a worker's 我的: who, what work, where; one tap to change it. */
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { occupationLabel } from '../../core/occupations';
import { shortPlace } from '../../core/regions';
import { lang } from '../../i18n';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { myProfile } from '../seekers';
import { t } from './strings';

export default function ProfileSummary() {
  const { db } = useServices();
  const profile = createLiveQuery(
    () => null,
    () => myProfile(db),
    undefined,
  );
  return (
    <section data-testid="my-profile">
      <h3>{t('me.profile')}</h3>
      <Show when={profile()} fallback={<p class="muted">{t('me.noProfile')}</p>}>
        {(p) => (
          <p>
            {p().name} · {shortPlace(p().regionCode)}
            <Show when={p().wishes.occupations.length > 0}>
              {' · '}
              {p()
                .wishes.occupations.map((code) => occupationLabel(code, lang()))
                .join('、')}
            </Show>
          </p>
        )}
      </Show>
      <A href="/profile" class="button wide">
        {profile() ? t('me.editProfile') : t('me.fillProfile')}
      </A>
    </section>
  );
}
