/** 我的积分 on a worker's 我的 (and on 积分): the balance and every entry, with 待同步 where it waits. */
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { myProfile } from '../seekers';
import { PointsHistory } from './PointsHistory';
import { EMPTY_LEDGER, ledgerOf } from './points.repo';
import { t } from './strings';

export default function MyPoints(props: { linkToPage?: boolean }) {
  const { db } = useServices();
  const mine = createLiveQuery(
    () => null,
    async () => {
      const profile = await myProfile(db);
      return { profile, ledger: await ledgerOf(db, profile?.id) };
    },
    { profile: undefined, ledger: EMPTY_LEDGER },
  );
  const ledger = () => mine().ledger;
  return (
    <section data-testid="my-points">
      <h3>{t('points.mine')}</h3>
      <p class="points-balance" data-testid="points-balance">
        {t('points.balance', { n: ledger().balance })}
      </p>
      <Show when={mine().profile} fallback={<p class="muted">{t('points.noProfile')}</p>}>
        <PointsHistory entries={ledger().entries} />
      </Show>
      <Show when={props.linkToPage}>
        <A href="/points" class="button wide">
          {t('points.more')}
        </A>
      </Show>
    </section>
  );
}
