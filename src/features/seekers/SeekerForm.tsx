/**
 * A job seeker's profile: "我的求职意向" for the phone's owner, or "登记求职者" when a field
 * worker or desk registers someone (offline, synced later). Few words to type: occupations,
 * pay and distance are picked, not written.
 */
import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { uuidv7 } from '../../core/ids';
import { mutators } from '../../core/mutators';
import { OCCUPATIONS } from '../../core/occupations';
import { PAY_PERIODS, type Seeker, WAGE_UNITS } from '../../core/records';
import { counties, townsOf } from '../../core/regions';
import { countyOf, townOf } from '../../core/regions/codes';
import { MutationError, validate } from '../../core/validation';
import { readSession } from '../../db/session';
import { db, write } from '../../app/services';
import { t } from '../../i18n';
import { Field } from '../../ui/Field';
import { errorMessage, errorsByField } from '../../ui/form-errors';
import { myProfile, rememberMyProfile } from './seekers.repo';

interface Values {
  name: string;
  phone: string;
  birthYear: string;
  county: string;
  town: string;
  village: string;
  occupations: string[];
  minWage: string;
  wageUnit: Seeker['wishes']['wageUnit'];
  payPeriods: Seeker['wishes']['payPeriods'];
  maxDistanceKm: string;
  skills: string;
  consentShareContact: boolean;
}

const MAX_WISHES = 3;
const optionalNumber = (text: string) =>
  text.trim() === '' ? undefined : Number.isNaN(Number(text)) ? text : Number(text);

function toProfile(values: Values) {
  return {
    name: values.name,
    phone: values.phone.trim() || undefined,
    birthYear: optionalNumber(values.birthYear),
    regionCode: values.town || values.county,
    village: values.village.trim() || undefined,
    skills: values.skills.split(/[，,、\s]+/).filter(Boolean),
    wishes: {
      occupations: values.occupations,
      minWage: optionalNumber(values.minWage),
      wageUnit: values.wageUnit,
      maxDistanceKm: optionalNumber(values.maxDistanceKm),
      payPeriods: values.payPeriods,
    },
    languages: ['普通话'],
    groups: [],
    consentShareContact: values.consentShareContact,
  };
}

export default function SeekerForm(props: { mode: 'self' | 'staff' }) {
  const navigate = useNavigate();
  const [existing, setExisting] = createSignal<Seeker>();
  const [values, setValues] = createStore<Values>({
    name: '',
    phone: '',
    birthYear: '',
    county: counties()[0]?.code ?? '',
    town: '',
    village: '',
    occupations: [],
    minWage: '',
    wageUnit: 'day',
    payPeriods: [],
    maxDistanceKm: '10',
    skills: '',
    consentShareContact: false,
  });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const towns = createMemo(() => townsOf(values.county));

  onMount(async () => {
    if (props.mode !== 'self') return;
    const mine = await myProfile(db);
    if (!mine) {
      // A new profile: the number the worker logged in with is the one employers will call.
      const account = (await readSession(db))?.account;
      if (account) setValues('phone', account.phone);
      return;
    }
    setExisting(mine);
    setValues({
      name: mine.name,
      phone: mine.phone ?? '',
      birthYear: mine.birthYear ? String(mine.birthYear) : '',
      county: countyOf(mine.regionCode),
      town: townOf(mine.regionCode) ?? '',
      village: mine.village ?? '',
      occupations: mine.wishes.occupations,
      minWage: mine.wishes.minWage ? String(mine.wishes.minWage) : '',
      wageUnit: mine.wishes.wageUnit ?? 'day',
      payPeriods: mine.wishes.payPeriods,
      maxDistanceKm: mine.wishes.maxDistanceKm ? String(mine.wishes.maxDistanceKm) : '',
      skills: mine.skills.join('，'),
      consentShareContact: mine.consentShareContact,
    });
  });

  const toggle = <T,>(list: T[], item: T, max = Number.POSITIVE_INFINITY) =>
    list.includes(item) ? list.filter((x) => x !== item) : list.length < max ? [...list, item] : list;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const profile = toProfile(values);
    const current = existing();
    try {
      if (current) {
        // Only what changed: each field of a profile keeps the latest edit, so resending an
        // unchanged field would overwrite someone else's newer value.
        const patch = Object.fromEntries(
          Object.entries(profile).filter(
            ([field, value]) => JSON.stringify(value) !== JSON.stringify(current[field as keyof typeof current]),
          ),
        );
        const checked = validate(mutators['seeker.edit'].args, { id: current.id, patch, baseVersion: current.version });
        if (!checked.ok)
          return setErrors(
            errorsByField(checked.errors.map((e) => ({ ...e, field: e.field.replace(/^patch\./, '') }))),
          );
        await write('seeker.edit', checked.value);
      } else {
        const args = { ...profile, id: uuidv7(), registeredBy: props.mode };
        const checked = validate(mutators['seeker.register'].args, args);
        if (!checked.ok) return setErrors(errorsByField(checked.errors));
        await write('seeker.register', checked.value);
        if (props.mode === 'self') await rememberMyProfile(db, args.id);
      }
      navigate(props.mode === 'self' ? '/' : '/me');
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      setErrors({ [error.field ?? 'name']: errorMessage(error) });
    }
  }

  return (
    <section class="page">
      <h2 class="page-title">{props.mode === 'self' ? t('seeker.titleSelf') : t('seeker.titleStaff')}</h2>
      <p class="muted">{t('post.hint')}</p>
      <form class="form" onSubmit={submit} novalidate data-testid="seeker-form">
        <Field label={t('seeker.name')} error={errors().name}>
          <input name="name" value={values.name} onInput={(e) => setValues({ name: e.currentTarget.value })} />
        </Field>
        <Field label={t('seeker.occupations')} error={errors()['wishes.occupations']}>
          <div class="chips pick">
            <For each={OCCUPATIONS}>
              {(o) => (
                <button
                  type="button"
                  class={values.occupations.includes(o.code) ? 'toggle small on' : 'toggle small'}
                  aria-pressed={values.occupations.includes(o.code)}
                  onClick={() => setValues('occupations', (list) => toggle(list, o.code, MAX_WISHES))}
                >
                  {o.name}
                </button>
              )}
            </For>
          </div>
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
            <select name="town" value={values.town} onChange={(e) => setValues({ town: e.currentTarget.value })}>
              <option value="">—</option>
              <For each={towns()}>{(town) => <option value={town.code}>{town.name}</option>}</For>
            </select>
          </Field>
        </div>
        <Field label={t('seeker.village')} error={errors().village}>
          <input name="village" value={values.village} onInput={(e) => setValues({ village: e.currentTarget.value })} />
        </Field>
        <div class="row">
          <Field label={t('seeker.minWage')} error={errors()['wishes.minWage']}>
            <input
              name="minWage"
              inputmode="decimal"
              value={values.minWage}
              onInput={(e) => setValues({ minWage: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('post.wageUnit')}>
            <select
              name="wageUnit"
              value={values.wageUnit}
              onChange={(e) => setValues({ wageUnit: e.currentTarget.value as Values['wageUnit'] })}
            >
              <For each={WAGE_UNITS}>{(unit) => <option value={unit}>{t(`post.unit.${unit}`)}</option>}</For>
            </select>
          </Field>
        </div>
        <fieldset class="toggles">
          <legend>{t('post.payPeriod')}</legend>
          <For each={PAY_PERIODS}>
            {(period) => (
              <button
                type="button"
                class={values.payPeriods.includes(period) ? 'toggle on' : 'toggle'}
                aria-pressed={values.payPeriods.includes(period)}
                onClick={() => setValues('payPeriods', (list) => toggle(list, period))}
              >
                {t(`pay.${period}`)}
              </button>
            )}
          </For>
        </fieldset>
        <div class="row">
          <Field label={t('seeker.maxDistance')} error={errors()['wishes.maxDistanceKm']}>
            <input
              name="maxDistanceKm"
              inputmode="numeric"
              value={values.maxDistanceKm}
              onInput={(e) => setValues({ maxDistanceKm: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('seeker.birthYear')} error={errors().birthYear}>
            <input
              name="birthYear"
              inputmode="numeric"
              value={values.birthYear}
              onInput={(e) => setValues({ birthYear: e.currentTarget.value })}
            />
          </Field>
        </div>
        <Field label={t('seeker.skills')} error={errors().skills}>
          <input name="skills" value={values.skills} onInput={(e) => setValues({ skills: e.currentTarget.value })} />
        </Field>
        <Field label={t('post.phone')} error={errors().phone}>
          <input
            name="phone"
            type="tel"
            inputmode="tel"
            value={values.phone}
            onInput={(e) => setValues({ phone: e.currentTarget.value })}
          />
        </Field>
        <button
          type="button"
          class={values.consentShareContact ? 'toggle wide on' : 'toggle wide'}
          aria-pressed={values.consentShareContact}
          onClick={() => setValues({ consentShareContact: !values.consentShareContact })}
        >
          {t('seeker.consent')}
        </button>
        <Show when={Object.keys(errors()).length > 0}>
          <p class="notice warn" role="alert">
            {t('post.fixErrors', { n: Object.keys(errors()).length })}
          </p>
        </Show>
        <button type="submit" class="button primary wide" data-testid="seeker-submit">
          {t('seeker.save')}
        </button>
      </form>
    </section>
  );
}
