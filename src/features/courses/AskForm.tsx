/**
 * 我想学 (居民点单): a worker tells the station which skill they want to learn, picked from
 * the occupation dictionary or in their own words, and in which town. Works offline; the
 * desks of that county see the requests grouped and set up a course when enough people ask.
 */
import { A, useNavigate } from '@solidjs/router';
import { createResource, onMount, Show } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import { OCCUPATIONS, occupationByCode } from '../../core/occupations';
import { readSession } from '../../db/session';
import { createForm, Form, RegionField, SelectField, SubmitRow, TextField } from '../../ui/form';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { myProfile } from '../seekers';
import { t } from './strings';

const SKILLS = OCCUPATIONS.map((o) => ({ value: o.code, label: o.name, group: o.category }));

export default function AskForm() {
  const navigate = useNavigate();
  const { db } = useServices();
  const [who] = createResource(async () => {
    const role = (await readSession(db))?.account.role ?? 'anonymous';
    return { role, profile: role === 'worker' ? await myProfile(db) : undefined };
  });
  const form = createForm({
    initial: { occupationCode: '', ownWords: '', regionCode: '' },
    mutation: (values) => {
      const own = values.ownWords.trim();
      return {
        name: 'courseRequest.ask',
        args: {
          id: uuidv7(),
          seekerId: who()?.profile?.id ?? '',
          skill: own || (occupationByCode(values.occupationCode)?.name ?? ''),
          occupationCode: own ? undefined : values.occupationCode || undefined,
          regionCode: values.regionCode,
        },
      };
    },
    // The skill is one value made of two fields: its error shows under the list.
    fieldOf: (path) => (path === 'skill' ? 'occupationCode' : path),
    done: () => navigate('/courses'),
  });
  onMount(async () => {
    form.suggest({ regionCode: await homePlace(db) });
  });
  return (
    <section class="page">
      <A href="/courses" class="back">
        {t('course.back')}
      </A>
      <h2 class="page-title">{t('ask.title')}</h2>
      <p class="muted">{t('ask.hint')}</p>
      <Show when={who()}>
        {(w) => (
          <Show
            when={w().profile}
            fallback={
              <A href={w().role === 'worker' ? '/profile' : '/login?next=/courses/ask'} class="button wide">
                {w().role === 'worker' ? t('signUp.profileFirst') : t('signUp.login')}
              </A>
            }
          >
            <Form form={form} testId="ask-form">
              <SelectField
                form={form}
                name="occupationCode"
                label={t('ask.skill')}
                placeholder={t('ask.pickSkill')}
                options={SKILLS}
              />
              <TextField form={form} name="ownWords" label={t('ask.ownWords')} />
              <RegionField form={form} name="regionCode" townLabel={t('ask.town')} />
              <SubmitRow form={form} label={t('ask.submit')} testId="ask-submit" />
            </Form>
          </Show>
        )}
      </Show>
    </section>
  );
}
