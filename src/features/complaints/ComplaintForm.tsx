/**
 * 求助 (维权): tell the station that wages are owed, or another problem at work. Works
 * offline; the complaint is sent when there is signal. Without a login it can only be
 * anonymous, and then the worker cannot follow its progress. A worker who keeps a 记工 log
 * may attach their days for one boss (`?worklog=<boss>` chooses it): the boss and what is
 * still owed fill in, and the 求助 carries the days for the desk. The evidence starts from
 * what the worker ticked on 维权.
 */
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, on, onMount, Show, untrack } from 'solid-js';
import { WORKLOG_ROLES } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import { COMPLAINT_KINDS } from '../../core/records';
import { readSession } from '../../db/session';
import {
  asOptionalNumber,
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
import { countyOf } from '../../core/regions/codes';
import { shortPlace } from '../../core/regions';
import { EVIDENCE_ITEMS, WORKLOG_EVIDENCE } from '../../core/evidence';
import { useActor } from '../../ui/actor';
import { evidenceOnPhone } from '../../ui/evidence';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { myProfile } from '../seekers';
import { allStations } from '../stations';
import { type AttachedLog, WorklogAttach } from '../worklog';
import { t } from './strings';

/** The guidance above the form, read aloud for those who read with difficulty. */
const STEPS = ['complaint.step1', 'complaint.step2', 'complaint.step3', 'complaint.step4'] as const;

export default function ComplaintForm() {
  const navigate = useNavigate();
  const [query] = useSearchParams<{ worklog?: string }>();
  const { db } = useServices();
  const actor = useActor();
  const [attached, setAttached] = createSignal<AttachedLog>();
  const [worker] = createResource(async () =>
    (await readSession(db))?.account.role === 'worker' ? myProfile(db) : undefined,
  );
  const [stations] = createResource(() => allStations(db), { initialValue: [] });
  // Only a worker with a profile can follow a named complaint; everyone else files anonymously.
  const anonymous = (values: { anonymous: boolean }) => values.anonymous || !worker();
  const form = createForm({
    initial: {
      kind: 'wage_arrears' as (typeof COMPLAINT_KINDS)[number],
      employerName: '',
      amount: '',
      description: '',
      regionCode: '',
      stationId: '',
      evidence: [] as string[],
      anonymous: false,
    },
    mutation: (values) => ({
      name: 'complaint.file',
      args: {
        id: uuidv7(),
        kind: values.kind,
        seekerId: anonymous(values) ? undefined : worker()?.id,
        anonymous: anonymous(values),
        employerName: values.employerName,
        amount: asOptionalNumber(values.amount),
        description: values.description,
        evidence: EVIDENCE_ITEMS.map((item) => ({ item, have: values.evidence.includes(item) })),
        stationId: values.stationId || undefined,
        regionCode: values.regionCode,
        worklog: snapshot(),
      },
    }),
    done: ({ args }) => navigate(args.anonymous ? '/complaints?filed=anonymous' : `/complaints/${args.id}`),
  });
  // The worker's 我的驿站 handles their 求助 unless they choose another: set once its option is
  // listed (a select cannot show a value it has no option for), never over a choice made.
  createEffect(
    on([worker, stations], ([profile, listed]) => {
      const mine = profile?.stationId;
      if (mine && listed.some((s) => s.id === mine) && !untrack(() => form.values.stationId))
        form.set('stationId', mine);
    }),
  );
  /** The chosen county's stations first: the desk near the trouble (a stable sort keeps the rest in order). */
  const stationChoices = createMemo(() => {
    const county = countyOf(form.values.regionCode);
    const here = (s: { regionCode: string }) => Number(countyOf(s.regionCode) === county);
    return [...stations()].sort((a, b) => here(b) - here(a));
  });
  const snapshot = () => {
    const log = attached();
    return log && { employerName: log.employerName, days: log.days };
  };
  const attach = (log: AttachedLog | undefined) => {
    setAttached(log);
    if (!log) return;
    form.patch({ kind: 'wage_arrears', employerName: log.employerName, amount: String(log.owed) });
    if (!form.values.evidence.includes(WORKLOG_EVIDENCE))
      form.set('evidence', [...form.values.evidence, WORKLOG_EVIDENCE]);
  };
  // The county the user follows (a desk's own), town left at "不清楚/县里": that county's desks see it.
  onMount(async () => {
    form.suggest({ regionCode: countyOf(await homePlace(db)) });
    const ticked = await evidenceOnPhone(db);
    form.set('evidence', [...new Set([...ticked, ...form.values.evidence])]);
  });

  return (
    <section class="page">
      <h2 class="page-title">{t('complaint.newTitle')}</h2>
      <p class="muted">{t('complaint.hint')}</p>
      <h3>{t('complaint.stepsTitle')}</h3>
      <ol class="complaint-steps" data-testid="complaint-steps">
        <For each={STEPS}>{(step) => <li>{t(step)}</li>}</For>
      </ol>
      <ReadAloud text={[t('complaint.hint'), ...STEPS.map((step) => t(step))]} />
      <Show when={!worker()}>
        <p class="notice warn" data-testid="complaint-anonymous-only">
          {t('complaint.anonymousOnly')}
        </p>
      </Show>
      <Form form={form} testId="complaint-form">
        <Show when={WORKLOG_ROLES.includes(actor().role)}>
          <WorklogAttach initial={query.worklog} onAttach={attach} />
        </Show>
        <SelectField
          form={form}
          name="kind"
          label={t('complaint.kind')}
          options={COMPLAINT_KINDS.map((kind) => ({ value: kind, label: t(`complaint.kind.${kind}`) }))}
        />
        <TextField form={form} name="employerName" label={t('complaint.employer')} />
        <NumberField form={form} name="amount" label={t('complaint.amount')} />
        <TextField form={form} name="description" label={t('complaint.description')} rows={4} />
        <RegionField form={form} name="regionCode" townLabel={t('complaint.where')} anyTown={t('complaint.anyTown')} />
        <SelectField
          form={form}
          name="stationId"
          label={t('complaint.station')}
          placeholder={t('complaint.anyStation')}
          options={stationChoices().map((station) => ({
            value: station.id,
            label: `${station.name}（${shortPlace(station.regionCode)}）`,
          }))}
        />
        <ChoiceChips
          form={form}
          name="evidence"
          label={t('complaint.evidence')}
          options={EVIDENCE_ITEMS.map((item) => ({ value: item, label: item }))}
        />
        <Show when={worker()}>
          <ToggleField form={form} name="anonymous" label={t('complaint.anonymous')} />
        </Show>
        <SubmitRow form={form} label={t('complaint.submit')} testId="complaint-submit" />
      </Form>
    </section>
  );
}
