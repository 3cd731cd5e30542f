/**
 * 发布政策, and the same form to change one (`/policies/new?edit=<id>`): the plain summary
 * first, then the full text, where it applies, topics and dates. A desk publishes for its
 * counties; a policy for everywhere is an admin's (mayPublishPolicy, as the server rules).
 * Changing a policy sends what this phone showed (`base`): a field someone else has changed
 * since is refused (STALE) rather than overwriting theirs; the desk's own second edit in a
 * row, before the first is sent, goes through.
 */
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { ANONYMOUS, mayPublishPolicy } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import type { Policy } from '../../core/records';
import { countyOf } from '../../core/regions/codes';
import { actorOf, readSession } from '../../db/session';
import { errorText } from '../../ui/errors';
import {
  asOptionalText,
  ChoiceChips,
  createForm,
  DateField,
  Form,
  RegionField,
  SubmitRow,
  TextField,
  ToggleField,
} from '../../ui/form';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { localDate, POLICY_TOPICS, policyById } from './policies.repo';
import { t, topicWord } from './strings';

const INITIAL = {
  title: '',
  amount: '',
  who: '',
  where: '',
  body: '',
  source: '',
  regionCode: '',
  everywhere: false,
  tags: [] as string[],
  effectiveOn: '',
  validUntil: '',
};
type Values = typeof INITIAL;

function toValues(policy: Policy): Values {
  return {
    title: policy.title,
    amount: policy.summary?.amount ?? '',
    who: policy.summary?.who ?? '',
    where: policy.summary?.where ?? '',
    body: policy.body,
    source: policy.source ?? '',
    regionCode: policy.regionCodes[0] ?? '',
    everywhere: policy.regionCodes.length === 0,
    tags: policy.tags,
    effectiveOn: policy.effectiveOn ?? '',
    validUntil: policy.validUntil ?? '',
  };
}

/** What a policy says as the editor saw it: the server merges an edit into the stored policy against it. */
function contentOf({ id: _id, version: _v, updatedAt: _u, deleted: _d, editedBy: _by, ...content }: Policy) {
  return content;
}

export default function PolicyForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams<{ edit?: string }>();
  const { db } = useServices();
  const [actor, setActor] = createSignal(ANONYMOUS);
  const [editing, setEditing] = createSignal<Policy>();
  const [loaded, setLoaded] = createSignal(false);

  /** The places: everywhere, the one picked, or (the place untouched) all the places it had. */
  const regionCodes = (values: Values): string[] => {
    if (values.everywhere) return [];
    const old = editing();
    return old && old.regionCodes[0] === values.regionCode ? old.regionCodes : [values.regionCode];
  };
  const form = createForm({
    initial: INITIAL,
    mutation: (values) => {
      const old = editing();
      const summary = {
        amount: asOptionalText(values.amount),
        who: asOptionalText(values.who),
        where: asOptionalText(values.where),
      };
      return {
        name: 'policy.save',
        args: {
          id: old?.id ?? uuidv7(),
          base: old && contentOf(old),
          title: values.title,
          summary: Object.values(summary).some(Boolean) ? summary : undefined,
          body: values.body,
          source: asOptionalText(values.source),
          regionCodes: regionCodes(values),
          tags: values.tags,
          publishedOn: old?.publishedOn ?? localDate(),
          effectiveOn: asOptionalText(values.effectiveOn),
          validUntil: asOptionalText(values.validUntil),
        },
      };
    },
    fieldOf: (path) =>
      path.startsWith('regionCodes')
        ? 'regionCode'
        : path.startsWith('summary.')
          ? path.slice('summary.'.length)
          : path.replace(/^tags\..*/, 'tags'),
    refuse: (args) =>
      mayPublishPolicy(actor(), args.regionCodes)
        ? undefined
        : { path: 'regionCode', message: errorText('OUT_OF_SCOPE') },
    done: ({ args }) => navigate(`/policies/${args.id}`),
  });

  onMount(async () => {
    setActor(actorOf(await readSession(db)));
    const policy = params.edit ? await policyById(db, params.edit) : undefined;
    if (policy) {
      setEditing(policy);
      form.patch(toValues(policy));
    } else {
      // A county-wide policy at the desk's own county; a town is one choice away.
      const home = await homePlace(db);
      form.suggest({ regionCode: home && countyOf(home) });
    }
    setLoaded(true);
  });

  const topics = () => [...new Set([...POLICY_TOPICS, ...form.values.tags])];
  return (
    // data-loaded: the form has its starting values (the policy being changed, the desk's county).
    <section class="page" data-loaded={loaded() ? '' : undefined}>
      <h2 class="page-title">{editing() ? t('policy.editTitle') : t('policy.newTitle')}</h2>
      <p class="muted">{t('policy.formHint')}</p>
      <Form form={form} testId="policy-form">
        <TextField form={form} name="title" label={t('policy.title')} />
        <TextField form={form} name="amount" label={t('policy.summaryAmount')} />
        <TextField form={form} name="who" label={t('policy.summaryWho')} rows={2} />
        <TextField form={form} name="where" label={t('policy.summaryWhere')} rows={2} />
        <TextField form={form} name="body" label={t('policy.body')} rows={6} />
        <TextField form={form} name="source" label={t('policy.sourceField')} />
        <Show when={actor().role === 'admin'}>
          <ToggleField form={form} name="everywhere" label={t('policy.forEverywhere')} />
        </Show>
        <Show when={!form.values.everywhere}>
          <RegionField form={form} name="regionCode" townLabel={t('policy.place')} anyTown={t('policy.anyTown')} />
        </Show>
        <ChoiceChips
          form={form}
          name="tags"
          label={t('policy.topics')}
          options={topics().map((tag) => ({ value: tag, label: topicWord(tag) }))}
        />
        <div class="row">
          <DateField form={form} name="effectiveOn" label={t('policy.effectiveField')} />
          <DateField form={form} name="validUntil" label={t('policy.validField')} />
        </div>
        <Show
          when={params.edit === undefined || editing()}
          fallback={<Show when={loaded()}>{<p class="empty">{t('policy.notOnDevice')}</p>}</Show>}
        >
          <SubmitRow form={form} label={t('policy.save')} testId="policy-submit" />
        </Show>
      </Form>
    </section>
  );
}
