/**
 * 本站岗位: the jobs this desk answers for (field staff: their counties'), with a search
 * box and filters for status, verification, town and occupation. Read from this phone by
 * index and narrowed in memory, so it answers as fast offline as on. The filters start
 * from the address (`?status=open&verified=unverified` from 今日待办).
 */
import { A, useSearchParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { DESK_ROLES } from '../../core/access';
import { JOB_STATUSES, type JobStatus, recordKey, VERIFICATION_STATES } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ExportButtons } from '../sheets';
import { useActor } from '../../ui/actor';
import { ourJobs } from './desk.repo';
import { FilterSelect, ListPage } from './ListControls';
import { ALL_JOBS, filterJobs, type JobQuery, occupationChoices, townChoices, type VerifiedFilter } from './lists';
import { t } from './strings';
import { jobsTable } from './tables';

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | '' =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : '';

export default function StationJobs() {
  const { db } = useServices();
  const actor = useActor();
  const [params] = useSearchParams<{ status?: string; verified?: string }>();
  const [query, setQuery] = createStore<JobQuery>({
    ...ALL_JOBS,
    status: oneOf(JOB_STATUSES, params.status),
    verified: oneOf(VERIFICATION_STATES, params.verified),
  });
  const jobs = createLiveQuery(actor, (who) => ourJobs(db, who), []);
  const pending = createPendingKeys(db);
  const found = createMemo(() => filterJobs(jobs(), { ...query }));
  const mayVerify = () => DESK_ROLES.includes(actor().role);
  return (
    <ListPage
      title={t('desk.stationJobs')}
      search={{ value: query.text, placeholder: t('desk.searchJobs'), onInput: (text) => setQuery('text', text) }}
      filters={
        <>
          <FilterSelect
            name="status"
            label={t('desk.filter.status')}
            value={query.status}
            choices={JOB_STATUSES.map((s) => ({ value: s, label: t(`desk.status.${s}`) }))}
            onChange={(v) => setQuery('status', v as JobStatus | '')}
          />
          <FilterSelect
            name="verified"
            label={t('desk.filter.verified')}
            value={query.verified}
            choices={VERIFICATION_STATES.map((s) => ({ value: s, label: t(`desk.verification.${s}`) }))}
            onChange={(v) => setQuery('verified', v as VerifiedFilter)}
          />
          <FilterSelect
            name="town"
            label={t('desk.filter.town')}
            value={query.town}
            choices={townChoices(jobs())}
            onChange={(v) => setQuery('town', v)}
          />
          <FilterSelect
            name="occupation"
            label={t('desk.filter.occupation')}
            value={query.occupation}
            choices={occupationChoices(jobs().map((j) => j.occupationCode))}
            onChange={(v) => setQuery('occupation', v)}
          />
        </>
      }
      query={query}
      found={found()}
      answered={jobs.answered()}
      tools={<ExportButtons table={() => jobsTable(found())} testid="jobs-export" />}
      testId="station-jobs"
    >
      {(job) => (
        <li class="card" data-testid="station-job">
          <A href={`/jobs/${job.id}`} class="card-link">
            <strong>{job.title}</strong>
            <p class="muted">
              {job.employerName} · {shortPlace(job.regionCode)}
            </p>
            <div class="chips">
              <span class="chip">{t(`desk.status.${job.status}`)}</span>
              <span class={job.verification.state === 'verified' ? 'chip chip-ok' : 'chip chip-plain'}>
                {t(`desk.verification.${job.verification.state}`)}
              </span>
              <Show when={pending().has(recordKey('job', job.id))}>
                <span class="chip chip-pending">{t('sync.localOnly')}</span>
              </Show>
            </div>
          </A>
          <Show when={job.verification.state === 'unverified' && mayVerify()}>
            <A href={`/desk/verify/${job.id}`} class="button wide">
              {t('verify.title')}
            </A>
          </Show>
        </li>
      )}
    </ListPage>
  );
}
