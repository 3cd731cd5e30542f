/**
 * 求助 (维权): tell the station that wages are owed, or another problem at work. Works
 * offline; the complaint is sent when there is signal. Without a login it can only be
 * anonymous, and then the worker cannot follow its progress.
 */
import { useNavigate } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useServices } from '../../ui/services';
import { uuidv7 } from '../../core/ids';
import { mutators } from '../../core/mutators';
import { COMPLAINT_KINDS } from '../../core/records';
import { counties, townsOf } from '../../core/regions';
import { readSession } from '../../db/session';
import { validate } from '../../core/validation';
import { t } from '../../i18n';
import { Field } from '../../ui/Field';
import { errorsByField } from '../../ui/form-errors';
import { myProfile } from '../seekers';
import { allStations } from '../stations';
import { EVIDENCE_ITEMS } from './complaints.repo';

export default function ComplaintForm() {
  const { db, write } = useServices();
  const navigate = useNavigate();
  const [worker] = createResource(async () =>
    (await readSession(db))?.account.role === 'worker' ? myProfile(db) : undefined,
  );
  const [stations] = createResource(() => allStations(db), { initialValue: [] });
  const [values, setValues] = createStore({
    kind: 'wage_arrears' as (typeof COMPLAINT_KINDS)[number],
    employerName: '',
    amount: '',
    description: '',
    county: counties()[0]?.code ?? '',
    town: '',
    stationId: '',
    evidence: [] as string[],
    anonymous: false,
  });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const towns = createMemo(() => townsOf(values.county));
  // Only a worker with a profile can follow a named complaint; everyone else files anonymously.
  const anonymous = () => values.anonymous || !worker();

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const args = {
      id: uuidv7(),
      kind: values.kind,
      seekerId: anonymous() ? undefined : worker()?.id,
      anonymous: anonymous(),
      employerName: values.employerName,
      amount: values.amount.trim() === '' ? undefined : Number(values.amount),
      description: values.description,
      evidence: EVIDENCE_ITEMS.map((item) => ({ item, have: values.evidence.includes(item) })),
      stationId: values.stationId || undefined,
      regionCode: values.town || values.county,
    };
    const checked = validate(mutators['complaint.file'].args, args);
    if (!checked.ok) return setErrors(errorsByField(checked.errors));
    await write('complaint.file', checked.value);
    navigate(anonymous() ? '/complaints?filed=anonymous' : `/complaints/${args.id}`);
  }

  return (
    <section class="page">
      <h2 class="page-title">{t('complaint.newTitle')}</h2>
      <p class="muted">{t('complaint.hint')}</p>
      <Show when={!worker()}>
        <p class="notice warn" data-testid="complaint-anonymous-only">
          {t('complaint.anonymousOnly')}
        </p>
      </Show>
      <form class="form" onSubmit={(e) => void submit(e)} novalidate data-testid="complaint-form">
        <Field label={t('complaint.kind')} error={errors().kind}>
          <select
            name="kind"
            value={values.kind}
            onChange={(e) => setValues('kind', e.currentTarget.value as typeof values.kind)}
          >
            <For each={COMPLAINT_KINDS}>{(kind) => <option value={kind}>{t(`complaint.kind.${kind}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t('complaint.employer')} error={errors().employerName}>
          <input
            name="employerName"
            value={values.employerName}
            onInput={(e) => setValues('employerName', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('complaint.amount')} error={errors().amount}>
          <input
            name="amount"
            inputmode="numeric"
            value={values.amount}
            onInput={(e) => setValues('amount', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('complaint.description')} error={errors().description}>
          <textarea
            name="description"
            rows="4"
            value={values.description}
            onInput={(e) => setValues('description', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('complaint.where')} error={errors().regionCode}>
          <select name="town" value={values.town} onChange={(e) => setValues('town', e.currentTarget.value)}>
            <option value="">{t('complaint.anyTown')}</option>
            <For each={towns()}>{(town) => <option value={town.code}>{town.name}</option>}</For>
          </select>
        </Field>
        <Field label={t('complaint.station')} error={errors().stationId}>
          <select
            name="stationId"
            value={values.stationId}
            onChange={(e) => setValues('stationId', e.currentTarget.value)}
          >
            <option value="">{t('complaint.anyStation')}</option>
            <For each={stations()}>{(station) => <option value={station.id}>{station.name}</option>}</For>
          </select>
        </Field>
        <fieldset class="field">
          <legend class="field-label">{t('complaint.evidence')}</legend>
          <div class="chips">
            <For each={EVIDENCE_ITEMS}>
              {(item) => (
                <button
                  type="button"
                  class={values.evidence.includes(item) ? 'toggle on' : 'toggle'}
                  aria-pressed={values.evidence.includes(item)}
                  onClick={() =>
                    setValues('evidence', (list) =>
                      list.includes(item) ? list.filter((x) => x !== item) : [...list, item],
                    )
                  }
                >
                  {item}
                </button>
              )}
            </For>
          </div>
        </fieldset>
        <Show when={worker()}>
          <button
            type="button"
            class={values.anonymous ? 'toggle wide on' : 'toggle wide'}
            aria-pressed={values.anonymous}
            onClick={() => setValues('anonymous', !values.anonymous)}
          >
            {t('complaint.anonymous')}
          </button>
        </Show>
        <Show when={Object.keys(errors()).length > 0}>
          <p class="notice warn" role="alert">
            {t('post.fixErrors', { n: Object.keys(errors()).length })}
          </p>
        </Show>
        <button type="submit" class="button primary wide" data-testid="complaint-submit">
          {t('complaint.submit')}
        </button>
      </form>
    </section>
  );
}
