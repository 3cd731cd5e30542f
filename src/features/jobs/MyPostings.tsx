/**
 * 我发布的岗位 on an employer's 我的: each posting with its status, how many applied (the
 * list, with phones where the access rules give them, one tap away) and what can be done
 * with it. Read from the device, so it works offline.
 */
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { recordKey } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { useActor } from '../../ui/actor';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { Applicants } from './Applicants';
import { wageText } from './format';
import { JobActions } from './JobActions';
import { myPostings } from './mine.repo';
import { t } from './strings';

export default function MyPostings() {
  const { db } = useServices();
  const actor = useActor();
  const postings = createLiveQuery(
    () => actor().userId,
    (userId) => (userId ? myPostings(db, userId) : Promise.resolve([])),
    [],
  );
  const pending = createPendingKeys(db);
  const [shown, setShown] = createSignal<string>();
  return (
    <section data-testid="my-postings">
      <h3>{t('mine.postingsTitle', { n: postings().length })}</h3>
      <A href="/post" class="button primary wide" data-testid="post-job">
        {t('post.title')}
      </A>
      <Show when={postings().length === 0}>
        <p class="muted">{t('mine.noPostings')}</p>
      </Show>
      <ul class="cards">
        <For each={postings()}>
          {({ job, applicants }) => (
            <li class="card" data-testid="my-posting">
              <A href={`/jobs/${job.id}`} class="card-link">
                <div class="card-row">
                  <h4 class="job-title">{job.title}</h4>
                  <span class="wage">{wageText(job)}</span>
                </div>
                <p class="muted">{shortPlace(job.regionCode)}</p>
              </A>
              <div class="chips">
                <span class="chip" data-testid="posting-status">
                  {t(`jobs.status.${job.status}`)}
                </span>
                <Show when={pending().has(recordKey('job', job.id))}>
                  <span class="chip chip-pending">{t('sync.localOnly')}</span>
                </Show>
              </div>
              <button
                type="button"
                class="button wide"
                data-testid="posting-applicants"
                aria-expanded={shown() === job.id}
                onClick={() => setShown(shown() === job.id ? undefined : job.id)}
              >
                {t('mine.applicants', { n: applicants })}
              </button>
              <Show when={shown() === job.id}>
                <Applicants job={job} />
              </Show>
              <JobActions job={job} />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
