/**
 * One complaint: what happened, every step the desk took, and a place to add a word. The
 * filer and the desk comment; the desk moves it on, with a note each time. Comments and
 * steps only ever append, so two people writing offline both keep their words.
 */
import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { DESK_ROLES } from '../../core/access';
import { COMPLAINT_STATUSES, type Complaint } from '../../core/records';
import { readSession } from '../../db/session';
import { t } from './strings';
import { formatTime } from '../../ui/format';
import { createLiveQuery } from '../../ui/live';
import { WorklogSummary } from '../worklog';
import { complaintById } from './complaints.repo';

export default function ComplaintPage() {
  const { db, write } = useServices();
  const params = useParams<{ id: string }>();
  const complaint = createLiveQuery(
    () => params.id,
    (id) => complaintById(db, id),
    undefined,
  );
  const [account] = createResource(async () => (await readSession(db))?.account);
  const isDesk = () => DESK_ROLES.includes(account()?.role ?? 'anonymous');
  const mayComment = (c: Complaint) => isDesk() || (c.filedBy !== undefined && c.filedBy === account()?.id);
  const [note, setNote] = createSignal('');
  const comment = async (c: Complaint) => {
    if (!note().trim()) return;
    await write('complaint.comment', { id: c.id, note: note().trim() });
    setNote('');
  };
  const advance = (c: Complaint, status: Complaint['status']) =>
    void write('complaint.advance', { id: c.id, status, note: note().trim() || undefined }).then(() => setNote(''));
  return (
    <section class="page">
      <A href="/complaints" class="back">
        ‹ {t('complaint.listTitle')}
      </A>
      <Show when={complaint()} fallback={<p class="muted">{t('complaint.notOnDevice')}</p>}>
        {(c) => (
          <article data-testid="complaint">
            <h2 class="page-title">
              {t(`complaint.kind.${c().kind}`)} · {t(`complaint.status.${c().status}`)}
            </h2>
            <dl class="facts">
              {/* Who asked, for the desk that calls them back (the filer knows who they are). */}
              <Show when={isDesk() && c().contact}>
                {(who) => (
                  <>
                    <dt>{t('complaint.show.filer')}</dt>
                    <dd data-testid="complaint-filer">{who().name}</dd>
                  </>
                )}
              </Show>
              <dt>{t('complaint.show.employer')}</dt>
              <dd>{c().employerName}</dd>
              <Show when={c().amount}>
                <dt>{t('complaint.show.amount')}</dt>
                <dd>{t('complaint.show.yuan', { amount: String(c().amount) })}</dd>
              </Show>
            </dl>
            <Show when={isDesk()}>
              <Show
                when={c().contact?.phone}
                fallback={
                  <p class="notice" data-testid="complaint-no-phone">
                    {c().anonymous ? t('complaint.show.anonymous') : t('complaint.show.noPhone')}
                  </p>
                }
              >
                {(phone) => (
                  <a class="button primary wide" href={`tel:${phone()}`} data-testid="complaint-call">
                    {t('complaint.show.call', { phone: phone() })}
                  </a>
                )}
              </Show>
            </Show>
            <p class="description">{c().description}</p>
            <Show when={c().jobId}>
              {(jobId) => (
                <A href={`/jobs/${jobId()}`} class="button wide" data-testid="complaint-job">
                  {t('complaint.job')}
                </A>
              )}
            </Show>
            <Show when={c().evidence.some((e) => e.have)}>
              <h3>{t('complaint.evidenceHave')}</h3>
              <ul class="chips" data-testid="complaint-evidence">
                <For each={c().evidence.filter((e) => e.have)}>{(e) => <li class="chip chip-ok">{e.item}</li>}</For>
              </ul>
            </Show>
            {/* The filer's 记工 days as they were when filed: only the filer and the handling desk hold this 求助. */}
            <Show when={c().worklog}>
              {(log) => <WorklogSummary days={log().days} employerName={log().employerName} lines />}
            </Show>
            <ol class="history" data-testid="complaint-history">
              <For each={c().history}>
                {(step) => (
                  <li>
                    {new Date(step.at).toLocaleDateString()} {formatTime(step.at)} ·{' '}
                    {t(`complaint.status.${step.status}`)}
                    <Show when={step.note}>：{step.note}</Show>
                  </li>
                )}
              </For>
            </ol>
            <Show when={mayComment(c())}>
              <label class="field">
                <span class="field-label">{t('complaint.comment')}</span>
                <textarea name="note" rows="2" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
              </label>
              <button type="button" class="button wide" onClick={() => void comment(c())}>
                {t('complaint.addComment')}
              </button>
            </Show>
            <Show when={isDesk()}>
              <div class="chips">
                <For
                  each={COMPLAINT_STATUSES.filter(
                    (s) => COMPLAINT_STATUSES.indexOf(s) > COMPLAINT_STATUSES.indexOf(c().status),
                  )}
                >
                  {(status) => (
                    <button type="button" class="toggle small" onClick={() => advance(c(), status)}>
                      {t(`complaint.mark.${status}`)}
                    </button>
                  )}
                </For>
              </div>
            </Show>
          </article>
        )}
      </Show>
    </section>
  );
}
