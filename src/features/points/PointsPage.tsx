/**
 * 积分 (from the 服务 tab): what points are, how they are earned, what they buy at the
 * station, and the worker's own balance and entries.
 */
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { POINTS_EARN_KINDS } from '../../core/records';
import { GOODS } from './goods';
import MyPoints from './MyPoints';
import { t } from './strings';

export default function PointsPage() {
  return (
    <section class="page" data-testid="points-page">
      <h2 class="page-title">{t('points.title')}</h2>
      <h3>{t('points.page.what')}</h3>
      <p>{t('points.page.whatText')}</p>
      <h3>{t('points.page.earn')}</h3>
      <ul class="points-list">
        <For each={POINTS_EARN_KINDS}>{(kind) => <li>{t(`points.kind.${kind}`)}</li>}</For>
      </ul>
      <h3>{t('points.page.spend')}</h3>
      <ul class="points-list" data-testid="points-goods">
        <For each={GOODS}>
          {(goods) => (
            <li>
              {t(`points.goods.${goods.item}`)} · <strong>{t('points.cost', { n: goods.cost })}</strong>
            </li>
          )}
        </For>
      </ul>
      <p class="muted">{t('points.page.spendHint')}</p>
      <p class="notice">{t('points.page.station')}</p>
      <A href="/profile" class="button wide">
        {t('points.page.profile')}
      </A>
      <MyPoints />
    </section>
  );
}
