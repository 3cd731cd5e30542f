/**
 * The desk schedules a 招聘会 or 直播带岗 (or changes one: `?edit=<id>`): kind, name, place
 * (from the desk's own), day and hours, the stream's platform and room, the employers, and
 * the jobs it presents, chosen from the open jobs of the event's county on the phone.
 */
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import { EVENT_KINDS, type Event, STREAM_PLATFORMS } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import { useActor } from '../../ui/actor';
import {
  asOptionalText,
  ChoiceChips,
  createForm,
  DateField,
  Field,
  Form,
  RegionField,
  SelectField,
  SubmitRow,
  TextField,
  TimeField,
} from '../../ui/form';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { attachableJobs, eventById } from './events.repo';
import { t } from './strings';

/** How many jobs the chooser shows at once; the filter finds the rest. */
const SHOWN_JOBS = 40;

/** 'YYYY-MM-DD' of a moment on the phone's clock. */
const localDate = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A day and a time of day on the phone's clock as a moment; undefined while either is missing. */
const moment = (date: string, time: string): number | undefined => {
  const at = new Date(`${date}T${time}`).getTime();
  return Number.isNaN(at) ? undefined : at;
};

/** Schema paths to the fields that show them. */
const fieldOf = (path: string) =>
  path
    .replace(/^stream\./, '')
    .replace(/^employers\..*/, 'employers')
    .replace(/^jobIds\..*/, 'jobIds')
    .replace(/^startsAt$/, 'start')
    .replace(/^endsAt$/, 'end');

export default function EventForm() {
  const navigate = useNavigate();
  const { db } = useServices();
  const actor = useActor();
  const [search] = useSearchParams<{ edit?: string }>();
  const [editing, setEditing] = createSignal<Event>();
  const id = search.edit ?? uuidv7();
  const form = createForm({
    initial: {
      kind: 'job_fair' as Event['kind'],
      title: '',
      regionCode: '',
      place: '',
      date: localDate(Date.now() + 86_400_000),
      start: '09:00',
      end: '12:00',
      platform: 'douyin' as (typeof STREAM_PLATFORMS)[number],
      room: '',
      url: '',
      employers: '',
      jobIds: [] as string[],
    },
    mutation: (values) => ({
      name: 'event.save',
      args: {
        id,
        kind: values.kind,
        title: values.title,
        stationId: editing()?.stationId ?? actor().stationIds[0],
        regionCode: values.regionCode,
        place: asOptionalText(values.place),
        startsAt: moment(values.date, values.start),
        endsAt: moment(values.date, values.end),
        employers: values.employers
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        jobIds: [...values.jobIds],
        stream:
          values.kind === 'live_stream'
            ? { platform: values.platform, room: asOptionalText(values.room), url: asOptionalText(values.url) }
            : undefined,
      },
    }),
    fieldOf,
    done: ({ args }) => navigate(`/events/${args.id}?saved=1`, { replace: true }),
  });
  onMount(async () => {
    const event = search.edit ? await eventById(db, search.edit) : undefined;
    if (!event) return form.suggest({ regionCode: await homePlace(db) });
    setEditing(event);
    form.patch({
      kind: event.kind,
      title: event.title,
      regionCode: event.regionCode,
      place: event.place ?? '',
      date: localDate(event.startsAt),
      start: formatTime(event.startsAt),
      end: formatTime(event.endsAt),
      platform: event.stream?.platform ?? 'douyin',
      room: event.stream?.room ?? '',
      url: event.stream?.url ?? '',
      employers: (event.employers ?? []).join('\n'),
      jobIds: event.jobIds ?? [],
    });
  });
  const [filter, setFilter] = createSignal('');
  const jobs = createLiveQuery(
    () => form.values.regionCode,
    (region) => (region ? attachableJobs(db, [countyOf(region)]) : Promise.resolve([])),
    [],
  );
  // The chosen ones always, then those matching the filter, up to SHOWN_JOBS.
  const jobOptions = () => {
    const words = filter().trim();
    const chosen = jobs().filter((job) => form.values.jobIds.includes(job.id));
    const others = jobs().filter(
      (job) => !form.values.jobIds.includes(job.id) && (!words || job.title.includes(words)),
    );
    return [...chosen, ...others]
      .slice(0, Math.max(SHOWN_JOBS, chosen.length))
      .map((job) => ({ value: job.id, label: `${job.title} · ${job.employerName}` }));
  };
  return (
    <section class="page">
      <h2 class="page-title">{t('events.form.title')}</h2>
      <Form form={form} testId="event-form">
        <SelectField
          form={form}
          name="kind"
          label={t('events.form.kind')}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) }))}
        />
        <TextField form={form} name="title" label={t('events.form.name')} />
        <RegionField form={form} name="regionCode" />
        <TextField form={form} name="place" label={t('events.form.place')} />
        <DateField form={form} name="date" label={t('events.form.date')} />
        <div class="row">
          <TimeField form={form} name="start" label={t('events.form.start')} />
          <TimeField form={form} name="end" label={t('events.form.end')} />
        </div>
        <Show when={form.values.kind === 'live_stream'}>
          <SelectField
            form={form}
            name="platform"
            label={t('events.form.platform')}
            options={STREAM_PLATFORMS.map((p) => ({ value: p, label: t(`events.platform.${p}`) }))}
          />
          <TextField form={form} name="room" label={t('events.form.room')} />
          <TextField form={form} name="url" label={t('events.form.url')} />
        </Show>
        <TextField form={form} name="employers" label={t('events.form.employers')} rows={3} />
        <Field label={t('events.form.filter')}>
          <input type="search" name="jobFilter" value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
        </Field>
        <Show when={jobs().length > 0} fallback={<p class="muted">{t('events.form.noJobs')}</p>}>
          <ChoiceChips form={form} name="jobIds" label={t('events.form.jobs')} options={jobOptions()} compact />
        </Show>
        <SubmitRow form={form} label={t('events.form.save')} testId="event-submit" />
      </Form>
    </section>
  );
}
