/**
 * 这趟下乡 on field staff's 我的: the people and jobs this account registered on the trip
 * (since the day it set, today by default), grouped by village in the order they were
 * met, each marked sent or not, with how many wait to be sent on top. A field worker
 * registers for days without signal; this is how they know what has reached the station.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { uuidv7Time } from '../../core/ids';
import { type RecordKey, recordKey } from '../../core/records';
import { pendingRecordKeys } from '../../db/outbox-view';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { useActor } from '../../ui/actor';
import { registeredSince, setTripStart, tripStart } from './desk.repo';
import { byVillage } from './lists';
import { t } from './strings';

/** 'YYYY-MM-DD' of a time on the phone's clock, and back (midnight), for the date input. */
const toDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const fromDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
};

export default function FieldHome() {
  const { db } = useServices();
  const actor = useActor();
  const since = createLiveQuery(
    () => null,
    () => tripStart(db),
    undefined,
  );
  const trip = createLiveQuery(
    () => [actor().userId, since()] as const,
    async ([userId, from]) =>
      userId && from !== undefined ? registeredSince(db, userId, from) : { seekers: [], jobs: [] },
    { seekers: [], jobs: [] },
  );
  const pending = createLiveQuery(
    () => null,
    () => pendingRecordKeys(db),
    new Set<RecordKey>(),
  );
  const groups = () => byVillage(trip().seekers, trip().jobs, (s) => uuidv7Time(s.id));
  const unsent = () =>
    trip().seekers.filter((s) => pending().has(recordKey('seeker', s.id))).length +
    trip().jobs.filter((j) => pending().has(recordKey('job', j.id))).length;
  const mark = (key: RecordKey) =>
    pending().has(key) ? (
      <span class="chip chip-pending" data-testid="unsent">
        {t('field.unsentOne')}
      </span>
    ) : (
      <span class="chip chip-ok" data-testid="sent">
        {t('field.sent')}
      </span>
    );
  return (
    <section class="field-home" data-testid="field-home">
      <h3>{t('field.title')}</h3>
      <p class={unsent() > 0 ? 'notice warn' : 'notice'} data-testid="field-unsent">
        <strong>{unsent() > 0 ? t('field.unsent', { n: unsent() }) : t('field.allSent')}</strong> ·{' '}
        {t('field.people', { n: trip().seekers.length })} · {t('field.jobs', { n: trip().jobs.length })}
      </p>
      <label class="field">
        <span class="field-label">{t('field.since')}</span>
        <input
          type="date"
          name="tripStart"
          value={since() === undefined ? '' : toDay(since()!)}
          max={toDay(Date.now())}
          onChange={(e) => e.currentTarget.value && void setTripStart(db, fromDay(e.currentTarget.value))}
        />
      </label>
      <div class="row">
        <A href="/seekers/new" class="button primary" data-testid="field-register">
          {t('desk.register')}
        </A>
        <A href="/post" class="button">
          {t('desk.postJob')}
        </A>
      </div>
      <A href="/desk/seekers" class="button wide">
        {t('desk.stationSeekers')}
      </A>
      <A href="/desk/figures" class="button wide" data-testid="field-figures-link">
        {t('desk.figures')}
      </A>
      {/* No signal for days: the records go to the station as a file, and the county's jobs come back as one. */}
      <div class="row">
        <A href="/syncfile/export" class={unsent() > 0 ? 'button warn' : 'button'} data-testid="field-export">
          {t('field.exportUnsent')}
        </A>
        <A href="/syncfile/county" class="button" data-testid="field-county">
          {t('field.loadCounty')}
        </A>
      </div>
      <Show when={groups().length > 0} fallback={<p class="empty">{t('field.nothing')}</p>}>
        <For each={groups()}>
          {(group) => (
            <section class="village" data-testid="village">
              <h4>
                {group.village}
                <Show when={group.town}>
                  <span class="muted"> · {group.town}</span>
                </Show>
              </h4>
              <ul class="cards">
                <For each={group.seekers}>
                  {(seeker) => (
                    <li class="card" data-testid="trip-seeker">
                      <A href={`/seekers/${seeker.id}`} class="card-link">
                        <div class="card-row">
                          <strong>{seeker.name}</strong>
                          {mark(recordKey('seeker', seeker.id))}
                        </div>
                      </A>
                    </li>
                  )}
                </For>
                <For each={group.jobs}>
                  {(job) => (
                    <li class="card" data-testid="trip-job">
                      <A href={`/jobs/${job.id}`} class="card-link">
                        <div class="card-row">
                          <span>
                            {t('field.job')}：<strong>{job.title}</strong>
                          </span>
                          {mark(recordKey('job', job.id))}
                        </div>
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}
