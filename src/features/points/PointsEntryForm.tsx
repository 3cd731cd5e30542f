/**
 * The desk's 加分 or 兑换 for one person: what for (or which goods, priced), how many, a note.
 * The mutator checks the caps on the phone too, so "积分不够" shows before anything is sent
 * when the phone holds the person's entries.
 */
import { uuidv7 } from '../../core/ids';
import { POINTS_EARN_KINDS } from '../../core/records';
import { asNumber, createForm, Form, NumberField, SelectField, SubmitRow, TextField } from '../../ui/form';
import { GOODS } from './goods';
import { t } from './strings';

export function PointsEntryForm(props: { seekerId: string; spend: boolean; onDone: () => void }) {
  const initial = props.spend
    ? { choice: GOODS[0].item as string, delta: String(GOODS[0].cost), reason: '' }
    : { choice: POINTS_EARN_KINDS[0] as string, delta: '10', reason: '' };
  const options = props.spend
    ? GOODS.map((g) => ({
        value: g.item,
        label: `${t(`points.goods.${g.item}`)}（${t('points.cost', { n: g.cost })}）`,
      }))
    : POINTS_EARN_KINDS.map((kind) => ({ value: kind, label: t(`points.kind.${kind}`) }));
  const form = createForm({
    initial,
    mutation: (values) => {
      const goods = GOODS.find((g) => g.item === values.choice);
      const amount = asNumber(values.delta);
      return {
        name: 'points.award',
        args: {
          id: uuidv7(),
          seekerId: props.seekerId,
          kind: goods ? goods.kind : values.choice,
          // Spending is typed as a positive number of points and stored as taken away.
          delta: props.spend && typeof amount === 'number' ? -amount : amount,
          reason: values.reason.trim() || (goods ? t(`points.goods.${goods.item}`) : undefined),
        },
      };
    },
    fieldOf: (path) => (path === 'kind' ? 'choice' : path),
    done: () => {
      form.patch(initial);
      props.onDone();
    },
  });
  return (
    <Form form={form} testId={props.spend ? 'points-redeem-form' : 'points-add-form'}>
      <SelectField
        form={form}
        name="choice"
        label={props.spend ? t('points.what') : t('points.why')}
        options={options}
        onChange={(item) => {
          const goods = GOODS.find((g) => g.item === item);
          if (goods) form.set('delta', String(goods.cost));
        }}
      />
      <NumberField form={form} name="delta" label={t('points.amount')} />
      <TextField form={form} name="reason" label={t('points.note')} />
      <SubmitRow
        form={form}
        label={props.spend ? t('points.saveRedeem') : t('points.saveAdd')}
        testId={props.spend ? 'points-redeem-submit' : 'points-add-submit'}
      />
    </Form>
  );
}
