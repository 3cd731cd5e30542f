/** 为你推荐: the jobs that fit the phone owner's profile best, with the reasons. */
import { A } from '@solidjs/router';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import type { Job } from '../../core/records';
import { lang, t } from '../../i18n';
import { createLiveQuery } from '../../ui/live';
import { matchWorker } from '../search';
import { myProfile } from '../seekers';
import { JobCards } from './JobCards';
import { jobsByIds } from './jobs.repo';

export function Recommendations() {
  const { db } = useServices();
  const profile = createLiveQuery(
    () => null,
    () => myProfile(db),
    undefined,
  );
  const [rows, setRows] = createSignal<{ job: Job; because: { zh: string; en: string } }[]>([]);

  createEffect(
    on(profile, async (seeker) => {
      if (!seeker) return setRows([]);
      const hits = await (await matchWorker()).recommend(seeker.id, 5);
      const jobs = new Map(
        (
          await jobsByIds(
            db,
            hits.map((h) => h.id),
          )
        ).map((j) => [j.id, j]),
      );
      setRows(hits.flatMap((h) => (jobs.has(h.id) ? [{ job: jobs.get(h.id)!, because: h.because }] : [])));
    }),
  );

  return (
    <Show
      when={profile()}
      fallback={
        <A href="/profile" class="button wide" data-testid="make-profile">
          {t('jobs.makeProfile')}
        </A>
      }
    >
      <Show when={rows().length > 0}>
        <h3>{t('jobs.forYou')}</h3>
        <JobCards
          rows={rows().map((row) => ({ job: row.job, because: row.because[lang()] }))}
          testId="recommendations"
        />
      </Show>
    </Show>
  );
}
