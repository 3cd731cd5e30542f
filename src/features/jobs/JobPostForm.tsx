/**
 * 发布岗位: a plain form that works offline. It validates with the same schema the server
 * uses, shows each problem next to its field, and saves to the device at once. Staff post
 * where they work (docs/ACCESS.md › scope): the county starts as theirs, and another one is
 * refused here as the server would.
 */
import { useNavigate } from '@solidjs/router';
import { createSignal, onMount } from 'solid-js';
import { ANONYMOUS, isStaff, jobPlace, worksAt } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import type { MutatorArgs } from '../../core/mutators';
import { OCCUPATIONS, occupationByCode } from '../../core/occupations';
import { BENEFITS, PAY_PERIODS, WAGE_UNITS } from '../../core/records';
import { regionName } from '../../core/regions';
import { actorOf, readSession } from '../../db/session';
import { errorText } from '../../ui/errors';
import {
  asNumber,
  asOptionalText,
  ChoiceChips,
  createForm,
  Form,
  NumberField,
  RegionField,
  SelectField,
  SubmitRow,
  TextField,
} from '../../ui/form';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { t } from './strings';

type JobPostArgs = MutatorArgs<'job.post'>;

const OCCUPATION_OPTIONS = OCCUPATIONS.map((o) => ({ value: o.code, label: o.name, group: o.category }));

export default function JobPostForm() {
  const navigate = useNavigate();
  const { db } = useServices();
  const [actor, setActor] = createSignal(ANONYMOUS);
  const form = createForm({
    initial: {
      title: '',
      occupationCode: '',
      employerName: '',
      regionCode: '',
      place: '',
      wageMin: '',
      wageMax: '',
      wageUnit: 'day' as JobPostArgs['wageUnit'],
      payPeriod: 'daily' as JobPostArgs['payPeriod'],
      headcount: '1',
      benefits: [] as JobPostArgs['benefits'],
      description: '',
      requirements: '',
      contactPhone: '',
    },
    mutation: (values) => ({
      name: 'job.post',
      args: {
        ...values,
        id: uuidv7(),
        place: values.place.trim() || regionName(values.regionCode) || '',
        wageMin: asNumber(values.wageMin),
        // One figure is a fixed wage: the highest is the lowest.
        wageMax: asNumber(values.wageMax || values.wageMin),
        headcount: asNumber(values.headcount),
        skills: [],
        description: asOptionalText(values.description),
        requirements: asOptionalText(values.requirements),
        contactPhone: asOptionalText(values.contactPhone),
      },
    }),
    refuse: (args) =>
      isStaff(actor()) && !worksAt(actor(), jobPlace(args))
        ? { path: 'regionCode', message: errorText('OUT_OF_SCOPE') }
        : undefined,
    done: ({ args }) => navigate(`/jobs/${args.id}`),
  });
  // The form starts at the poster's place (a desk's: its station's); staff elsewhere are refused here as on the server.
  onMount(async () => {
    setActor(actorOf(await readSession(db)));
    if (!form.values.regionCode) form.set('regionCode', await homePlace(db));
  });

  /** An occupation brings its usual wage unit and pay period, and names an untitled job. */
  const pickOccupation = (code: string) => {
    const occupation = occupationByCode(code);
    if (!occupation) return;
    form.patch({ wageUnit: occupation.typicalWage.unit, payPeriod: occupation.payPeriod });
    if (!form.values.title) form.set('title', occupation.name);
  };

  return (
    <section class="page">
      <h2 class="page-title">{t('post.title')}</h2>
      <p class="muted">{t('post.hint')}</p>
      <Form form={form} testId="job-form">
        <SelectField
          form={form}
          name="occupationCode"
          label={t('post.occupation')}
          placeholder={t('post.chooseOccupation')}
          options={OCCUPATION_OPTIONS}
          onChange={pickOccupation}
        />
        <TextField form={form} name="title" label={t('post.jobTitle')} />
        <TextField form={form} name="employerName" label={t('post.employer')} />
        <RegionField form={form} name="regionCode" onChange={(_, town) => town && form.set('place', town.name)} />
        <TextField form={form} name="place" label={t('post.place')} />
        <div class="row">
          <NumberField form={form} name="wageMin" label={t('post.wageMin')} decimal />
          <NumberField form={form} name="wageMax" label={t('post.wageMax')} decimal />
        </div>
        <div class="row">
          <SelectField
            form={form}
            name="wageUnit"
            label={t('post.wageUnit')}
            options={WAGE_UNITS.map((unit) => ({ value: unit, label: t(`unit.${unit}`) }))}
          />
          <SelectField
            form={form}
            name="payPeriod"
            label={t('post.payPeriod')}
            options={PAY_PERIODS.map((period) => ({ value: period, label: t(`pay.${period}`) }))}
          />
        </div>
        <NumberField form={form} name="headcount" label={t('post.headcount')} />
        <ChoiceChips
          form={form}
          name="benefits"
          label={t('post.benefits')}
          options={BENEFITS.map((benefit) => ({ value: benefit, label: t(`benefit.${benefit}`) }))}
        />
        <TextField form={form} name="description" label={t('post.description')} rows={3} />
        <TextField form={form} name="requirements" label={t('post.requirements')} rows={2} />
        <TextField form={form} name="contactPhone" label={t('post.phone')} type="tel" inputmode="tel" />
        <SubmitRow form={form} label={t('post.submit')} testId="job-submit" />
      </Form>
    </section>
  );
}
