/**
 * 求职者名单: the people this desk looks after (field staff: their counties'), found by
 * name, phone, village or skill, filtered by occupation wished and town. Phones are masked
 * in the list (a desk screen is seen by the queue); the person's page shows the number.
 */
import { A } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { recordKey } from '../../core/records';
import { shortPlace } from '../../core/regions';
import { maskPhone } from '../../ui/format';
import { createLiveQuery, createPendingKeys } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ExportButtons } from '../sheets';
import { useActor } from '../../ui/actor';
import { ourSeekers } from './desk.repo';
import { FilterSelect, ListPage } from './ListControls';
import { ALL_SEEKERS, filterSeekers, occupationChoices, type SeekerQuery, townChoices } from './lists';
import { t } from './strings';
import { seekersTable } from './tables';

export default function StationSeekers() {
  const { db } = useServices();
  const actor = useActor();
  const [query, setQuery] = createStore<SeekerQuery>({ ...ALL_SEEKERS });
  const seekers = createLiveQuery(actor, (who) => ourSeekers(db, who), []);
  const pending = createPendingKeys(db);
  const found = createMemo(() => filterSeekers(seekers(), { ...query }));
  return (
    <ListPage
      title={t('desk.stationSeekers')}
      action={
        <A href="/seekers/new" class="button primary wide">
          {t('desk.register')}
        </A>
      }
      search={{ value: query.text, placeholder: t('desk.searchSeekers'), onInput: (text) => setQuery('text', text) }}
      filters={
        <>
          <FilterSelect
            name="occupation"
            label={t('desk.filter.occupation')}
            value={query.occupation}
            choices={occupationChoices(seekers().flatMap((s) => s.wishes.occupations))}
            onChange={(v) => setQuery('occupation', v)}
          />
          <FilterSelect
            name="town"
            label={t('desk.filter.town')}
            value={query.town}
            choices={townChoices(seekers())}
            onChange={(v) => setQuery('town', v)}
          />
        </>
      }
      query={query}
      found={found()}
      answered={seekers.answered()}
      tools={<ExportButtons table={() => seekersTable(found())} testid="seekers-export" />}
      testId="station-seekers"
    >
      {(seeker) => (
        <li class="card" data-testid="station-seeker">
          <A href={`/seekers/${seeker.id}`} class="card-link">
            <strong>{seeker.name}</strong>
            <p class="muted">
              {[shortPlace(seeker.regionCode), seeker.village, seeker.phone && maskPhone(seeker.phone)]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <Show when={pending().has(recordKey('seeker', seeker.id))}>
              <span class="chip chip-pending">{t('sync.localOnly')}</span>
            </Show>
          </A>
        </li>
      )}
    </ListPage>
  );
}
