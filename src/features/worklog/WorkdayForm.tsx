/**
 * 记一天工 / 修改: one day of the worker's log. A new day starts today; "和上次一样" starts from
 * the last day logged (same site, boss, wage and hours), so a routine day is one tap on 保存.
 * Editing loads the day and offers 删除. Everything is written on the phone and syncs later.
 */
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createResource, onMount, Show } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import type { Workday } from '../../core/records';
import { WORK_WAGE_UNITS } from '../../core/records';
import {
  asNumber,
  asOptionalNumber,
  asOptionalText,
  createForm,
  DateField,
  Form,
  NumberField,
  SelectField,
  SubmitRow,
  TextField,
} from '../../ui/form';
import { readSession } from '../../db/session';
import { useServices } from '../../ui/services';
import { t } from './strings';
import { dayById, isWageUnit, myDays } from './worklog.repo';

/** Today on this phone's calendar, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const valuesOf = (day: Workday) => ({
  site: day.site,
  employerName: day.employerName,
  wage: String(day.wage),
  wageUnit: day.wageUnit as string,
  hours: String(day.hours),
});

export default function WorkdayForm() {
  const navigate = useNavigate();
  const params = useParams<{ id?: string }>();
  const [query] = useSearchParams<{ same?: string }>();
  const { db, write } = useServices();
  const editing = () => params.id !== undefined && params.id !== 'new';
  const [existing] = createResource(
    () => (editing() ? params.id : undefined),
    (id) => dayById(db, id),
  );
  const form = createForm({
    initial: {
      date: today(),
      site: '',
      employerName: '',
      wage: '',
      wageUnit: 'day' as string,
      hours: '8',
      paid: '',
      note: '',
    },
    mutation: (values) => {
      const day = {
        date: values.date,
        site: values.site,
        employerName: values.employerName,
        wage: asNumber(values.wage) as number,
        wageUnit: isWageUnit(values.wageUnit) ? values.wageUnit : 'day',
        hours: asNumber(values.hours) as number,
        paid: asOptionalNumber(values.paid) as number | undefined,
        note: asOptionalText(values.note),
      };
      const id = params.id;
      return editing() && id
        ? { name: 'workday.edit' as const, args: { id, patch: day } }
        : { name: 'workday.log' as const, args: { id: uuidv7(), ...day } };
    },
    fieldOf: (path) => path.replace(/^patch\./, ''),
    done: () => navigate('/worklog'),
  });
  onMount(async () => {
    if (editing()) {
      const day = await dayById(db, params.id ?? '');
      if (day) form.patch({ ...valuesOf(day), date: day.date, paid: day.paid?.toString() ?? '', note: day.note ?? '' });
    } else if (query.same) {
      // The live actor is not read yet when the form mounts: ask the session itself.
      const owner = (await readSession(db))?.account.id;
      const [last] = owner ? await myDays(db, owner) : [];
      if (last) form.patch(valuesOf(last));
    }
  });
  const remove = async () => {
    if (!params.id || !window.confirm(t('workday.confirmDelete'))) return;
    await write('workday.remove', { id: params.id });
    navigate('/worklog');
  };
  return (
    <section class="page">
      <A href="/worklog" class="back">
        ‹ {t('worklog.title')}
      </A>
      <h2 class="page-title">{editing() ? t('workday.editTitle') : t('workday.newTitle')}</h2>
      <Show
        when={!editing() || existing.loading || existing()}
        fallback={<p class="muted">{t('workday.notOnDevice')}</p>}
      >
        <Form form={form} testId="workday-form">
          <DateField form={form} name="date" label={t('workday.date')} />
          <TextField form={form} name="site" label={t('workday.site')} />
          <TextField form={form} name="employerName" label={t('workday.employer')} />
          <div class="row">
            <NumberField form={form} name="wage" label={t('workday.wage')} decimal />
            <SelectField
              form={form}
              name="wageUnit"
              label={t('workday.wageUnit')}
              options={WORK_WAGE_UNITS.map((unit) => ({ value: unit, label: t(`workday.unit.${unit}`) }))}
            />
          </div>
          <NumberField form={form} name="hours" label={t('workday.hours')} decimal />
          <NumberField form={form} name="paid" label={t('workday.paid')} decimal />
          <TextField form={form} name="note" label={t('workday.note')} rows={2} />
          <SubmitRow form={form} label={t('workday.save')} testId="workday-submit" />
        </Form>
        <Show when={editing()}>
          <button type="button" class="button warn wide" data-testid="workday-delete" onClick={() => void remove()}>
            {t('workday.delete')}
          </button>
        </Show>
      </Show>
    </section>
  );
}
