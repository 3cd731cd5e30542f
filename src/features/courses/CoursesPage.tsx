/**
 * 培训: the courses of the user's counties (home first, then by date; past ones hidden),
 * each with its seats left; 我想学 and the worker's own requests; for the desk, 开课 and
 * 居民点单.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { mayRunCourses } from '../../core/access';
import { useActor } from '../../ui/actor';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { CourseCard } from './CourseCard';
import { coursesToShow, myRequests } from './courses.repo';
import { t } from './strings';

export default function CoursesPage() {
  const { db } = useServices();
  const actor = useActor();
  const courses = createLiveQuery(
    () => null,
    () => coursesToShow(db),
    [],
  );
  const requests = createLiveQuery(
    () => null,
    () => myRequests(db),
    [],
  );
  return (
    <section class="page" data-testid="courses">
      <h2 class="page-title">{t('course.listTitle')}</h2>
      <p class="muted">{t('course.listHint')}</p>
      <div class="course-actions">
        <A href="/courses/ask" class="button wide" data-testid="ask-link">
          {t('ask.link')}
        </A>
        <Show when={mayRunCourses(actor())}>
          <A href="/courses/new" class="button primary wide" data-testid="course-new">
            {t('courseDesk.newCourse')}
          </A>
          <A href="/courses/requests" class="button wide" data-testid="course-requests-link">
            {t('courseDesk.requests')}
          </A>
        </Show>
      </div>
      <Show when={requests().length > 0}>
        <h3>{t('ask.mine')}</h3>
        <ul class="cards" data-testid="my-requests">
          <For each={requests()}>
            {({ request, course }) => (
              <li class="card">
                <strong>{request.skill}</strong>{' '}
                <Show when={course} fallback={<span class="muted">{t('ask.open')}</span>}>
                  {(answer) => (
                    <span>
                      {t('ask.answered')} <A href={`/courses/${answer().id}`}>{answer().title}</A>
                    </span>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={courses().length > 0} fallback={<p class="muted">{t('course.none')}</p>}>
        <ul class="cards" data-testid="course-list">
          <For each={courses()}>{(course) => <CourseCard course={course} />}</For>
        </ul>
      </Show>
    </section>
  );
}
