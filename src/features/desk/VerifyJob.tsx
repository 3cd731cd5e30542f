/**
 * 核实岗位 (/desk/verify/:id): the desk calls the employer back (or goes to see) and
 * writes the outcome on the job: how it was checked, true or not, and a note. The job's
 * page then shows it; a job found untrue keeps workers away. Works offline like any write.
 */
import { A, useNavigate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { VERIFICATION_METHODS } from '../../core/records';
import { postingFindings } from '../../core/rules';
import { shortPlace } from '../../core/regions';
import { asOptionalText, createForm, Form, SelectField, SubmitRow, TextField } from '../../ui/form';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { PostingCheck, wageText } from '../jobs';
import { t } from './strings';

const OUTCOMES = ['verified', 'rejected'] as const;

export default function VerifyJob() {
  const { db } = useServices();
  const navigate = useNavigate();
  const params = useParams<{ id: string }>();
  const job = createLiveQuery(
    () => params.id,
    (id) => db.jobs.get(id),
    undefined,
  );
  const form = createForm({
    initial: { method: 'callback' as string, state: '', note: '' },
    mutation: (values) => ({
      name: 'job.verify',
      args: { id: params.id, method: values.method, state: values.state, note: asOptionalText(values.note) },
    }),
    done: () => navigate(`/jobs/${params.id}`),
  });
  return (
    <section class="page">
      <A href="/me" class="back">
        ‹ {t('desk.today')}
      </A>
      <h2 class="page-title">{t('verify.title')}</h2>
      <Show when={job()} fallback={<p class="empty">{t('verify.notOnDevice')}</p>}>
        {(shown) => (
          <article data-testid="verify-job">
            <h3 class="job-title">{shown().title}</h3>
            <p class="wage">{wageText(shown())}</p>
            <p class="muted">
              {shown().employerName} · {shortPlace(shown().regionCode)} · {shown().place}
            </p>
            <Show when={shown().description}>
              <p class="description">{shown().description}</p>
            </Show>
            <Show when={shown().requirements}>
              <p class="description">
                {t('verify.requirements')}
                {shown().requirements}
              </p>
            </Show>
            <Show when={shown().feeReview}>
              <p class="notice warn" data-testid="verify-fee-reports">
                {t('verify.feeReports', { n: shown().feeReports ?? 0 })}
              </p>
            </Show>
            <PostingCheck
              findings={postingFindings(shown().title, shown().description, shown().requirements)}
              where="verify"
            />
            <Show when={shown().verification.state !== 'unverified' && shown().verification.method}>
              {(method) => (
                <p class="notice warn">
                  {t('verify.already', {
                    how: `${t(`verify.method.${method()}`)} · ${t(`desk.verification.${shown().verification.state}`)}${
                      shown().verification.at
                        ? ` · ${new Date(shown().verification.at!).toLocaleDateString()} ${formatTime(shown().verification.at!)}`
                        : ''
                    }`,
                  })}
                </p>
              )}
            </Show>
            <p class="muted">{t('verify.hint')}</p>
            <Show when={shown().contactPhone} fallback={<p class="notice warn">{t('verify.noPhone')}</p>}>
              {(phone) => (
                <a class="button primary wide" href={`tel:${phone()}`}>
                  {t('verify.callEmployer')} {phone()}
                </a>
              )}
            </Show>
            <Form form={form} testId="verify-form">
              <SelectField
                form={form}
                name="method"
                label={t('verify.method')}
                options={VERIFICATION_METHODS.map((m) => ({ value: m, label: t(`verify.method.${m}`) }))}
              />
              <SelectField
                form={form}
                name="state"
                label={t('verify.outcome')}
                placeholder={t('verify.choose')}
                options={OUTCOMES.map((o) => ({ value: o, label: t(`verify.outcome.${o}`) }))}
              />
              <TextField form={form} name="note" label={t('verify.note')} rows={2} />
              <SubmitRow form={form} label={t('verify.save')} testId="verify-submit" />
            </Form>
          </article>
        )}
      </Show>
    </section>
  );
}
