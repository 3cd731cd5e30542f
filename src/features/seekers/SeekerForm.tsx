/**
 * A job seeker's profile: "我的求职意向" for the phone's owner, or "登记求职者" when a field
 * worker or desk registers someone (offline, synced later). Few words to type: occupations,
 * pay and distance are picked, not written.
 */
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, onMount, Show } from 'solid-js';
import { countiesOffered } from '../../core/access';
import { changesOf } from '../../core/edits';
import { countyOf } from '../../core/regions/codes';
import { uuidv7 } from '../../core/ids';
import { PAY_PERIODS, type Seeker, type Station, WAGE_UNITS } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { readSession } from '../../db/session';
import {
  asOptionalNumber,
  asOptionalText,
  ChoiceChips,
  createForm,
  Form,
  NumberField,
  RegionField,
  SelectField,
  SubmitRow,
  TextField,
  ToggleField,
} from '../../ui/form';
import { useActor } from '../../ui/actor';
import { position } from '../../ui/geolocation';
import { createLiveQuery } from '../../ui/live';
import { nextPath } from '../../ui/next-path';
import { homePlace } from '../../ui/place';
import { OccupationPicker } from '../occupations';
import { useServices } from '../../ui/services';
import { myProfile, rememberMyProfile } from './seekers.repo';
import { stationsNearest } from './stations-nearest';
import { t } from './strings';

const MAX_WISHES = 3;

const INITIAL = {
  name: '',
  phone: '',
  birthYear: '',
  regionCode: '',
  village: '',
  occupations: [] as string[],
  minWage: '',
  wageUnit: 'day' as NonNullable<Seeker['wishes']['wageUnit']>,
  payPeriods: [] as Seeker['wishes']['payPeriods'],
  maxDistanceKm: '10',
  skills: '',
  consentShareContact: false,
  /** 我的驿站 (the worker's own form), or 交给哪个驿站 (field staff's): '' for none. */
  stationId: '',
};
type Values = typeof INITIAL;

/** The form as the profile's fields (what seeker.register takes, and what an edit compares). */
function toProfile(values: Values) {
  return {
    name: values.name,
    phone: asOptionalText(values.phone),
    birthYear: asOptionalNumber(values.birthYear),
    regionCode: values.regionCode,
    village: asOptionalText(values.village),
    skills: values.skills.split(/[，,、\s]+/).filter(Boolean),
    wishes: {
      occupations: values.occupations,
      minWage: asOptionalNumber(values.minWage),
      wageUnit: values.wageUnit,
      maxDistanceKm: asOptionalNumber(values.maxDistanceKm),
      payPeriods: values.payPeriods,
    },
    languages: ['普通话'],
    groups: [],
    consentShareContact: values.consentShareContact,
    stationId: asOptionalText(values.stationId),
  };
}

/** A saved profile as the form shows it. */
function toValues(seeker: Seeker): Values {
  return {
    name: seeker.name,
    phone: seeker.phone ?? '',
    birthYear: seeker.birthYear ? String(seeker.birthYear) : '',
    regionCode: seeker.regionCode,
    village: seeker.village ?? '',
    occupations: seeker.wishes.occupations,
    minWage: seeker.wishes.minWage ? String(seeker.wishes.minWage) : '',
    wageUnit: seeker.wishes.wageUnit ?? 'day',
    payPeriods: seeker.wishes.payPeriods,
    maxDistanceKm: seeker.wishes.maxDistanceKm ? String(seeker.wishes.maxDistanceKm) : '',
    skills: seeker.skills.join('，'),
    consentShareContact: seeker.consentShareContact,
    stationId: seeker.stationId ?? '',
  };
}

export default function SeekerForm(props: { mode: 'self' | 'staff' }) {
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  const { db } = useServices();
  const [existing, setExisting] = createSignal<Seeker>();
  const form = createForm({
    initial: INITIAL,
    mutation: (values) => {
      const profile = toProfile(values);
      const current = existing();
      if (!current) return { name: 'seeker.register', args: { ...profile, id: uuidv7(), registeredBy: props.mode } };
      // Only what changed: each field of a profile keeps the latest edit, so resending an
      // unchanged field would overwrite someone else's newer value.
      const { patch, base } = changesOf(current, profile);
      // No station chosen any more: the worker takes back what choosing it shared.
      const leaveStation = current.stationId && !profile.stationId ? (true as const) : undefined;
      return { name: 'seeker.edit', args: { id: current.id, patch, base, leaveStation } };
    },
    // 'patch.wishes.minWage' and 'wishes.minWage' both show under the minWage field.
    fieldOf: (path) => path.replace(/^patch\./, '').replace(/^wishes\./, ''),
    done: async (saved) => {
      if (saved.name === 'seeker.register' && props.mode === 'self') await rememberMyProfile(db, saved.args.id);
      // A worker goes back to where they came from (the job they were applying for); staff land
      // on the person they registered, told it is saved (and whether it is sent yet).
      navigate(props.mode === 'self' ? nextPath(search.next, '/') : `/seekers/${saved.args.id}?saved=1`);
    },
  });

  const actor = useActor();
  /** Field staff hand the people they meet to a station of their counties, whose desk then lists them. */
  const handsOver = () => props.mode === 'staff' && actor().role === 'field_staff';
  const stations = createLiveQuery<readonly [string, ReturnType<typeof position>, boolean], Station[]>(
    () => [form.values.regionCode, position(), handsOver()] as const,
    async ([regionCode, here, handing]) => {
      if (props.mode === 'self') return stationsNearest(db, regionCode, here);
      if (!handing) return [];
      // The person's town and county first, not where the field worker stands.
      const nearest = await stationsNearest(db, regionCode, null);
      return nearest.filter((s) => actor().counties.includes(countyOf(s.regionCode)));
    },
    [],
  );
  /** Until the field worker picks a station, it follows the person's place: the nearest station there. */
  const [stationPicked, setStationPicked] = createSignal(false);
  createEffect(() => {
    const nearest = stations()[0]?.id ?? '';
    if (handsOver() && !existing() && !stationPicked()) form.set('stationId', nearest);
  });

  onMount(async () => {
    // A new person starts at the user's place (staff: their station's); a profile keeps its own.
    const home = homePlace(db).then((code) => {
      if (!existing()) form.suggest({ regionCode: code });
    });
    if (props.mode !== 'self') return home;
    const mine = await myProfile(db);
    if (mine) {
      setExisting(mine);
      form.patch(toValues(mine));
      return;
    }
    // A new profile: the number the worker logged in with is the one employers will call.
    const account = (await readSession(db))?.account;
    if (account) form.set('phone', account.phone);
  });

  return (
    <section class="page">
      <h2 class="page-title">{props.mode === 'self' ? t('seeker.titleSelf') : t('seeker.titleStaff')}</h2>
      <p class="muted">{t('seeker.hint')}</p>
      <Form form={form} testId="seeker-form">
        <TextField form={form} name="name" label={t('seeker.name')} />
        <OccupationPicker
          label={t('seeker.occupations')}
          chosen={form.values.occupations}
          max={MAX_WISHES}
          onChange={(codes) => form.set('occupations', codes)}
          error={form.error('occupations')}
          testId="occupation-picker"
        />
        <RegionField form={form} name="regionCode" counties={countiesOffered(actor(), 'seeker')} />
        <TextField form={form} name="village" label={t('seeker.village')} />
        <div class="row">
          <NumberField form={form} name="minWage" label={t('seeker.minWage')} decimal />
          <SelectField
            form={form}
            name="wageUnit"
            label={t('seeker.wageUnit')}
            options={WAGE_UNITS.map((unit) => ({ value: unit, label: t(`unit.${unit}`) }))}
          />
        </div>
        <ChoiceChips
          form={form}
          name="payPeriods"
          label={t('seeker.payPeriod')}
          options={PAY_PERIODS.map((period) => ({ value: period, label: t(`pay.${period}`) }))}
        />
        <div class="row">
          <NumberField form={form} name="maxDistanceKm" label={t('seeker.maxDistance')} />
          <NumberField form={form} name="birthYear" label={t('seeker.birthYear')} />
        </div>
        <TextField form={form} name="skills" label={t('seeker.skills')} />
        <TextField form={form} name="phone" label={t('seeker.phone')} type="tel" inputmode="tel" />
        <ToggleField form={form} name="consentShareContact" label={t('seeker.consent')} />
        {/* 我的驿站 on the worker's own profile; 交给哪个驿站 when field staff register someone. */}
        <Show when={props.mode === 'self' || handsOver()}>
          <SelectField
            form={form}
            name="stationId"
            label={handsOver() ? t('seeker.handOver') : t('seeker.station')}
            placeholder={handsOver() ? t('seeker.handOverNone') : t('seeker.noStation')}
            options={stations().map((s) => ({ value: s.id, label: `${s.name}（${shortPlace(s.regionCode)}）` }))}
            onChange={() => setStationPicked(true)}
          />
          <p class="muted" data-testid="station-consent">
            {handsOver()
              ? t('seeker.handOverHint')
              : form.values.stationId
                ? t('seeker.stationShares')
                : t('seeker.stationNone')}
          </p>
        </Show>
        <SubmitRow form={form} label={t('seeker.save')} testId="seeker-submit" />
      </Form>
    </section>
  );
}
