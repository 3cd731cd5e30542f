/**
 * 积分 on a person's page, for their desk: the balance (the sum of the entries this phone
 * holds: those of this station), 加分 and 兑换, and the history.
 */
import { createSignal, For, Show } from 'solid-js';
import { POINTS_PER_DAY } from '../../core/mutators';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { PointsEntryForm } from './PointsEntryForm';
import { PointsHistory } from './PointsHistory';
import { EMPTY_LEDGER, ledgerOf } from './points.repo';
import { t } from './strings';

const ACTIONS = ['add', 'redeem'] as const;
type Action = (typeof ACTIONS)[number];

export default function SeekerPoints(props: { seekerId: string }) {
  const { db } = useServices();
  const ledger = createLiveQuery(
    () => props.seekerId,
    (id) => ledgerOf(db, id),
    EMPTY_LEDGER,
  );
  const [open, setOpen] = createSignal<Action>();
  const [saved, setSaved] = createSignal(false);
  const toggle = (which: Action) => {
    setSaved(false);
    setOpen(open() === which ? undefined : which);
  };
  return (
    <section data-testid="seeker-points">
      <h3>{t('points.title')}</h3>
      <p class="points-balance" data-testid="points-balance">
        {t('points.balance', { n: ledger().balance })}
      </p>
      <Show when={saved()}>
        <p class="notice" role="status">
          {t('points.saved')}
        </p>
      </Show>
      <div class="row">
        <For each={ACTIONS}>
          {(which) => (
            <button
              type="button"
              class="button"
              aria-expanded={open() === which}
              onClick={() => toggle(which)}
              data-testid={`points-${which}`}
            >
              {t(`points.${which}`)}
            </button>
          )}
        </For>
      </div>
      <Show when={open()} keyed>
        {(which) => (
          <PointsEntryForm
            seekerId={props.seekerId}
            spend={which === 'redeem'}
            onDone={() => {
              setOpen(undefined);
              setSaved(true);
            }}
          />
        )}
      </Show>
      <p class="muted">{t('points.rules', { n: POINTS_PER_DAY })}</p>
      <h4>{t('points.history')}</h4>
      <PointsHistory entries={ledger().entries} />
    </section>
  );
}
