/**
 * 匹配求职者: for staff, the people on this device who fit a job best, each with 推荐 (or,
 * once referred or applied, where it stands). Seekers are personal data; they are on a
 * device only when its staff registered them here. A worker's phone holds the worker's own
 * profile, so the tool is offered to staff only, never to anyone else.
 */
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { mayWorkWithSeekers } from '../../core/access';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import type { Job, Seeker } from '../../core/records';
import { lang } from '../../i18n';
import { t } from './strings';
import { createLiveQuery } from '../../ui/live';
import { matchWorker } from '../search';
import { ReferButton } from '../referral';
import { seekerCount, seekersByIds } from './seekers.repo';

export default function SeekerMatches(props: { job: Job }) {
  const { db } = useServices();
  const actor = useActor();
  const count = createLiveQuery(
    () => null,
    () => seekerCount(db),
    0,
  );
  const [open, setOpen] = createSignal(false);
  const [rows, setRows] = createSignal<{ seeker: Seeker; because: { zh: string; en: string } }[]>([]);

  createEffect(
    on([open, () => props.job.id, count] as const, async ([isOpen, jobId]) => {
      if (!isOpen) return;
      const hits = await (await matchWorker()).seekersForJob(jobId, 10);
      const seekers = await seekersByIds(
        db,
        hits.map((h) => h.id),
      );
      setRows(hits.flatMap((h, i) => (seekers[i] ? [{ seeker: seekers[i]!, because: h.because }] : [])));
    }),
  );

  return (
    <Show when={mayWorkWithSeekers(actor()) && count() > 0}>
      <button type="button" class="button wide" data-testid="match-seekers" onClick={() => setOpen(!open())}>
        {t('seeker.matchForJob')}
      </button>
      <Show when={open()}>
        <ul class="cards" data-testid="seeker-matches">
          <For each={rows()} fallback={<li class="empty">{t('seeker.noMatches')}</li>}>
            {(row) => (
              <li class="card">
                <h3 class="job-title">{row.seeker.name}</h3>
                <p class="because">{row.because[lang()]}</p>
                <Show when={row.seeker.phone}>
                  <a class="button" href={`tel:${row.seeker.phone}`}>
                    {t('seeker.call')} {row.seeker.phone}
                  </a>
                </Show>
                <ReferButton seeker={row.seeker} job={props.job} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Show>
  );
}
