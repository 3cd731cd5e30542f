/**
 * 发布岗位: a plain form that works offline. It validates with the same schema the server
 * uses, shows each problem next to its field, and saves to the device at once. Staff post
 * where they work (docs/ACCESS.md › scope): the county starts as theirs, and another one is
 * refused here as the server would.
 */
import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ANONYMOUS, isStaff, jobPlace, worksAt } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import { type MutatorArgs, mutators } from '../../core/mutators';
import { OCCUPATION_CATEGORIES, OCCUPATIONS, occupationByCode } from '../../core/occupations';
import { BENEFITS, PAY_PERIODS, WAGE_UNITS } from '../../core/records';
import { counties, regionName, townsOf } from '../../core/regions';
import { MutationError, validate } from '../../core/validation';
import { db, write } from '../../app/services';
import { actorOf, readSession } from '../../db/session';
import { t } from '../../i18n';
import { Field } from '../../ui/Field';
import { errorMessage, errorsByField } from '../../ui/form-errors';

type JobPostArgs = MutatorArgs<'job.post'>;

interface FormValues {
  title: string;
  occupationCode: string;
  employerName: string;
  county: string;
  town: string;
  place: string;
  wageMin: string;
  wageMax: string;
  wageUnit: JobPostArgs['wageUnit'];
  payPeriod: JobPostArgs['payPeriod'];
  headcount: string;
  benefits: JobPostArgs['benefits'];
  description: string;
  requirements: string;
  contactPhone: string;
}

const numberOrText = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value));
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

function toArgs(values: FormValues): Record<string, unknown> {
  return {
    id: uuidv7(),
    title: values.title,
    occupationCode: values.occupationCode,
    employerName: values.employerName,
    regionCode: values.town || values.county,
    place: values.place.trim() || regionName(values.town || values.county) || '',
    wageMin: numberOrText(values.wageMin),
    wageMax: numberOrText(values.wageMax || values.wageMin),
    wageUnit: values.wageUnit,
    payPeriod: values.payPeriod,
    headcount: numberOrText(values.headcount),
    benefits: values.benefits,
    skills: [],
    description: optional(values.description),
    requirements: optional(values.requirements),
    contactPhone: optional(values.contactPhone),
  };
}

export default function JobPostForm() {
  const navigate = useNavigate();
  const firstCounty = counties()[0]?.code ?? '';
  const [values, setValues] = createStore<FormValues>({
    title: '',
    occupationCode: '',
    employerName: '',
    county: firstCounty,
    town: '',
    place: '',
    wageMin: '',
    wageMax: '',
    wageUnit: 'day',
    payPeriod: 'daily',
    headcount: '1',
    benefits: [],
    description: '',
    requirements: '',
    contactPhone: '',
  });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [saving, setSaving] = createSignal(false);
  const [actor, setActor] = createSignal(ANONYMOUS);
  const towns = createMemo(() => townsOf(values.county));
  onMount(async () => {
    const me = actorOf(await readSession(db));
    setActor(me);
    const home = me.counties.find((code) => counties().some((c) => c.code === code));
    if (home && !values.town) setValues({ county: home });
  });

  const pickOccupation = (code: string) => {
    const occupation = occupationByCode(code);
    setValues({ occupationCode: code });
    if (occupation) {
      setValues({ wageUnit: occupation.typicalWage.unit, payPeriod: occupation.payPeriod });
      if (!values.title) setValues({ title: occupation.name });
    }
  };

  const pickTown = (code: string) => {
    setValues({ town: code, place: towns().find((t) => t.code === code)?.name ?? values.place });
  };

  const toggleBenefit = (benefit: JobPostArgs['benefits'][number]) =>
    setValues('benefits', (list) => (list.includes(benefit) ? list.filter((b) => b !== benefit) : [...list, benefit]));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const args = toArgs(values);
    const checked = validate(mutators['job.post'].args, args);
    if (!checked.ok) {
      setErrors(errorsByField(checked.errors));
      return;
    }
    if (isStaff(actor()) && !worksAt(actor(), jobPlace(checked.value))) {
      setErrors({ regionCode: t('err.outOfScope') });
      return;
    }
    setSaving(true);
    try {
      await write('job.post', checked.value);
      navigate(`/jobs/${checked.value.id}`);
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      setErrors({ [error.field ?? 'title']: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  const errorCount = () => Object.keys(errors()).length;

  return (
    <section class="page">
      <h2 class="page-title">{t('post.title')}</h2>
      <p class="muted">{t('post.hint')}</p>
      <form class="form" onSubmit={submit} novalidate data-testid="job-form">
        <Field label={t('post.occupation')} error={errors().occupationCode}>
          <select
            name="occupationCode"
            value={values.occupationCode}
            onChange={(e) => pickOccupation(e.currentTarget.value)}
          >
            <option value="">{t('post.chooseOccupation')}</option>
            <For each={OCCUPATION_CATEGORIES}>
              {(category) => (
                <optgroup label={category}>
                  <For each={OCCUPATIONS.filter((o) => o.category === category)}>
                    {(o) => <option value={o.code}>{o.name}</option>}
                  </For>
                </optgroup>
              )}
            </For>
          </select>
        </Field>
        <Field label={t('post.jobTitle')} error={errors().title}>
          <input name="title" value={values.title} onInput={(e) => setValues({ title: e.currentTarget.value })} />
        </Field>
        <Field label={t('post.employer')} error={errors().employerName}>
          <input
            name="employerName"
            value={values.employerName}
            onInput={(e) => setValues({ employerName: e.currentTarget.value })}
          />
        </Field>
        <div class="row">
          <Field label={t('post.county')} error={errors().regionCode}>
            <select
              name="county"
              value={values.county}
              onChange={(e) => setValues({ county: e.currentTarget.value, town: '' })}
            >
              <For each={counties()}>{(c) => <option value={c.code}>{c.name}</option>}</For>
            </select>
          </Field>
          <Field label={t('post.town')}>
            <select name="town" value={values.town} onChange={(e) => pickTown(e.currentTarget.value)}>
              <option value="">—</option>
              <For each={towns()}>{(town) => <option value={town.code}>{town.name}</option>}</For>
            </select>
          </Field>
        </div>
        <Field label={t('post.place')} error={errors().place}>
          <input name="place" value={values.place} onInput={(e) => setValues({ place: e.currentTarget.value })} />
        </Field>
        <div class="row">
          <Field label={t('post.wageMin')} error={errors().wageMin}>
            <input
              name="wageMin"
              inputmode="decimal"
              value={values.wageMin}
              onInput={(e) => setValues({ wageMin: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('post.wageMax')} error={errors().wageMax}>
            <input
              name="wageMax"
              inputmode="decimal"
              value={values.wageMax}
              onInput={(e) => setValues({ wageMax: e.currentTarget.value })}
            />
          </Field>
        </div>
        <div class="row">
          <Field label={t('post.wageUnit')}>
            <select
              name="wageUnit"
              value={values.wageUnit}
              onChange={(e) => setValues({ wageUnit: e.currentTarget.value as FormValues['wageUnit'] })}
            >
              <For each={WAGE_UNITS}>{(unit) => <option value={unit}>{t(`post.unit.${unit}`)}</option>}</For>
            </select>
          </Field>
          <Field label={t('post.payPeriod')}>
            <select
              name="payPeriod"
              value={values.payPeriod}
              onChange={(e) => setValues({ payPeriod: e.currentTarget.value as FormValues['payPeriod'] })}
            >
              <For each={PAY_PERIODS}>{(period) => <option value={period}>{t(`pay.${period}`)}</option>}</For>
            </select>
          </Field>
        </div>
        <Field label={t('post.headcount')} error={errors().headcount}>
          <input
            name="headcount"
            inputmode="numeric"
            value={values.headcount}
            onInput={(e) => setValues({ headcount: e.currentTarget.value })}
          />
        </Field>
        <fieldset class="toggles">
          <legend>{t('post.benefits')}</legend>
          <For each={BENEFITS}>
            {(benefit) => (
              <button
                type="button"
                class={values.benefits.includes(benefit) ? 'toggle on' : 'toggle'}
                aria-pressed={values.benefits.includes(benefit)}
                onClick={() => toggleBenefit(benefit)}
              >
                {t(`benefit.${benefit}`)}
              </button>
            )}
          </For>
        </fieldset>
        <Field label={t('post.description')} error={errors().description}>
          <textarea
            name="description"
            rows="3"
            value={values.description}
            onInput={(e) => setValues({ description: e.currentTarget.value })}
          />
        </Field>
        <Field label={t('post.requirements')} error={errors().requirements}>
          <textarea
            name="requirements"
            rows="2"
            value={values.requirements}
            onInput={(e) => setValues({ requirements: e.currentTarget.value })}
          />
        </Field>
        <Field label={t('post.phone')} error={errors().contactPhone}>
          <input
            name="contactPhone"
            type="tel"
            inputmode="tel"
            value={values.contactPhone}
            onInput={(e) => setValues({ contactPhone: e.currentTarget.value })}
          />
        </Field>
        <Show when={errorCount() > 0}>
          <p class="notice warn" role="alert" data-testid="form-errors">
            {t('post.fixErrors', { n: errorCount() })}
          </p>
        </Show>
        <button type="submit" class="button primary wide" disabled={saving()} data-testid="job-submit">
          {t('post.submit')}
        </button>
      </form>
    </section>
  );
}
