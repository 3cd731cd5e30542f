/**
 * 发布岗位: a plain form that works offline. It validates with the same schema the server
 * uses, shows each problem next to its field, and saves to the device at once.
 */
import { useNavigate } from '@solidjs/router';
import { uuidv7 } from '../../core/ids';
import type { MutatorArgs } from '../../core/mutators';
import { OCCUPATIONS, occupationByCode } from '../../core/occupations';
import { BENEFITS, PAY_PERIODS, WAGE_UNITS } from '../../core/records';
import { regionName } from '../../core/regions';
import {
  asNumber,
  asOptionalText,
  ChoiceChips,
  createForm,
  Form,
  firstCounty,
  NumberField,
  RegionField,
  SelectField,
  SubmitRow,
  TextField,
} from '../../ui/form';
import { t } from './strings';

type JobPostArgs = MutatorArgs<'job.post'>;

const OCCUPATION_OPTIONS = OCCUPATIONS.map((o) => ({ value: o.code, label: o.name, group: o.category }));

export default function JobPostForm() {
  const navigate = useNavigate();
  const form = createForm({
    initial: {
      title: '',
      occupationCode: '',
      employerName: '',
      regionCode: firstCounty(),
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
    done: ({ args }) => navigate(`/jobs/${args.id}`),
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
