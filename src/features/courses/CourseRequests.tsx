/**
 * 居民点单 (the desk): the 我想学 requests of its counties, grouped by skill and town with
 * how many asked; 为他们开班 opens 开课 with the skill and place filled in (站点派单).
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { placeLabel } from '../../core/regions/names';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { courseRequests } from './courses.repo';
import { groupRequests, type RequestGroup } from './lists';
import { t } from './strings';

const courseFor = (group: RequestGroup) =>
  `/courses/new?${new URLSearchParams({
    skill: group.skill,
    place: group.regionCode,
    answers: group.requests.map((r) => r.id).join(','),
  })}`;

export default function CourseRequests() {
  const { db } = useServices();
  const groups = createLiveQuery(
    () => null,
    async () => groupRequests(await courseRequests(db)),
    [],
  );
  return (
    <section class="page" data-testid="course-requests">
      <A href="/courses" class="back">
        {t('course.back')}
      </A>
      <h2 class="page-title">{t('courseDesk.requestsTitle')}</h2>
      <p class="muted">{t('courseDesk.requestsHint')}</p>
      <Show when={groups().length > 0} fallback={<p class="muted">{t('courseDesk.noRequests')}</p>}>
        <ul class="cards">
          <For each={groups()}>
            {(group) => (
              <li class="card" data-testid="request-group">
                <strong>{group.skill}</strong>
                <span class="card-row">{placeLabel(group.regionCode)}</span>
                <span class="chip chip-plain">{t('courseDesk.requestCount', { n: group.requests.length })}</span>
                <A href={courseFor(group)} class="button wide">
                  {t('courseDesk.makeCourse')}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
