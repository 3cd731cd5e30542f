/**
 * 发布岗位, and the same form to change a posting (`/post?edit=<id>`) or post it again
 * (`/post?from=<id>`: a new job prefilled from the old one). A plain form that works
 * offline: it validates with the schema the server uses, shows each problem next to its
 * field, shows what the discrimination check finds while typing, and saves to the device at
 * once. Staff post where they work (docs/ACCESS.md › scope): the county starts as theirs, and
 * another one is refused here as the server would.
 */
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { ANONYMOUS, countiesOffered, isStaff, jobPlace, worksAt } from '../../core/access';
import { changesOf } from '../../core/edits';
import { uuidv7 } from '../../core/ids';
import type { MutatorArgs } from '../../core/mutators';
import { occupationByCode } from '../../core/occupations';
import { BENEFITS, type Job, PAY_PERIODS, WAGE_UNITS, type WageUnit } from '../../core/records';
import { regionName } from '../../core/regions';
import { postingFindings, usualPayPeriod } from '../../core/rules';
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
import { OccupationPicker } from '../occupations';
import { posterDefaults } from './mine.repo';
import { PostingCheck } from './PostingCheck';
import { t } from './strings';

type JobPostArgs = MutatorArgs<'job.post'>;

const INITIAL = {
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
};
type Values = typeof INITIAL;

/** The form as a job's editable fields (what job.post takes, and what an edit compares). */
function toFields(values: Values) {
  return {
    ...values,
    place: values.place.trim() || regionName(values.regionCode) || '',
    wageMin: asNumber(values.wageMin),
    // One figure is a fixed wage: the highest is the lowest.
    wageMax: asNumber(values.wageMax || values.wageMin),
    headcount: asNumber(values.headcount),
    description: asOptionalText(values.description),
    requirements: asOptionalText(values.requirements),
    contactPhone: asOptionalText(values.contactPhone),
  };
}

/** A saved job as the form shows it. */
function toValues(job: Job): Values {
  return {
    title: job.title,
    occupationCode: job.occupationCode,
    employerName: job.employerName,
    regionCode: job.regionCode,
    place: job.place,
    wageMin: String(job.wageMin),
    wageMax: String(job.wageMax),
    wageUnit: job.wageUnit,
    payPeriod: job.payPeriod,
    headcount: String(job.headcount),
    benefits: job.benefits,
    description: job.description ?? '',
    requirements: job.requirements ?? '',
    contactPhone: job.contactPhone ?? '',
  };
}

export default function JobPostForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams<{ edit?: string; from?: string }>();
  const { db } = useServices();
  const [actor, setActor] = createSignal(ANONYMOUS);
  /** The job being changed (edit), or the one posted again (from). */
  const [source, setSource] = createSignal<Job>();
  const [loaded, setLoaded] = createSignal(false);
  const editing = () => (params.edit && source()?.id === params.edit ? source() : undefined);
  const form = createForm({
    initial: INITIAL,
    mutation: (values) => {
      const fields = toFields(values);
      const current = editing();
      if (!current) {
        const old = source();
        // A repost keeps what the form does not show: station, map point, skills.
        // A desk posts at its station, so the applications come to that desk's 今日待办.
        const deskStation = actor().role === 'station_staff' ? actor().stationIds[0] : undefined;
        const kept = old
          ? { stationId: old.stationId, lat: old.lat, lon: old.lon, skills: old.skills }
          : { skills: [], ...(deskStation && { stationId: deskStation }) };
        return { name: 'job.post', args: { ...kept, ...fields, id: uuidv7() } };
      }
      // Only what changed, and what the desk saw of it: a second edit before the first is sent is not stale.
      return { name: 'job.edit', args: { id: current.id, ...changesOf(current, fields) } };
    },
    fieldOf: (path) => path.replace(/^patch\./, ''),
    refuse: (args) => {
      const place = 'patch' in args ? { ...editing()!, ...args.patch } : args;
      return isStaff(actor()) && !worksAt(actor(), jobPlace(place))
        ? { path: 'regionCode', message: errorText('OUT_OF_SCOPE') }
        : undefined;
    },
    done: ({ args }) => navigate(`/jobs/${args.id}`),
  });
  const findings = createMemo(() =>
    postingFindings(form.values.title, form.values.description, form.values.requirements),
  );
  /** Set once the pay period is picked by hand; until then it follows the wage unit. */
  const [periodChosen, setPeriodChosen] = createSignal(false);
  const followUnit = (unit: WageUnit) => {
    const usual = usualPayPeriod(unit);
    if (usual && !periodChosen()) form.set('payPeriod', usual);
  };

  onMount(async () => {
    const session = await readSession(db);
    const me = actorOf(session);
    setActor(me);
    const id = params.edit ?? params.from;
    const job = id ? await db.jobs.get(id) : undefined;
    if (job) {
      setSource(job);
      setPeriodChosen(true);
      form.patch(toValues(job));
    } else {
      // The form starts at the poster's place (a desk's: its station's); staff elsewhere are refused here as on the server.
      form.suggest({ regionCode: await homePlace(db), ...(await posterDefaults(db, session?.account)) });
    }
    setLoaded(true);
  });

  /** An occupation brings its usual wage unit (the pay period follows it) and names an untitled job. */
  const pickOccupation = (code: string) => {
    const occupation = occupationByCode(code);
    if (!occupation) return;
    form.set('wageUnit', occupation.typicalWage.unit);
    if (!periodChosen()) form.set('payPeriod', usualPayPeriod(occupation.typicalWage.unit) ?? occupation.payPeriod);
    if (!form.values.title) form.set('title', occupation.name);
  };

  const heading = () => (editing() ? t('post.editTitle') : source() ? t('post.repostTitle') : t('post.title'));
  return (
    // data-loaded: the form has its starting values (the job being changed, the poster's place).
    <section class="page" data-loaded={loaded() ? '' : undefined}>
      <h2 class="page-title">{heading()}</h2>
      <p class="muted">{source() && !editing() ? t('post.repostHint') : t('post.hint')}</p>
      <Form form={form} testId="job-form">
        <OccupationPicker
          label={t('post.occupation')}
          chosen={form.values.occupationCode ? [form.values.occupationCode] : []}
          max={1}
          onChange={([code = '']) => {
            form.set('occupationCode', code);
            pickOccupation(code);
          }}
          error={form.error('occupationCode')}
          testId="occupation-picker"
        />
        <TextField form={form} name="title" label={t('post.jobTitle')} />
        <TextField form={form} name="employerName" label={t('post.employer')} />
        <RegionField
          form={form}
          name="regionCode"
          counties={countiesOffered(actor(), 'job')}
          onChange={(_, town) => town && form.set('place', town.name)}
        />
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
            onChange={(unit) => followUnit(unit as WageUnit)}
          />
          <SelectField
            form={form}
            name="payPeriod"
            label={t('post.payPeriod')}
            options={PAY_PERIODS.map((period) => ({ value: period, label: t(`pay.${period}`) }))}
            onChange={() => setPeriodChosen(true)}
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
        <PostingCheck findings={findings()} where="form" />
        <Show
          when={params.edit === undefined || editing()}
          fallback={<Show when={loaded()}>{<p class="empty">{t('jobs.notFound')}</p>}</Show>}
        >
          <SubmitRow form={form} label={editing() ? t('post.saveEdit') : t('post.submit')} testId="job-submit" />
        </Show>
      </Form>
    </section>
  );
}
