/** One course: what, where, when, how many days, seats, the points it gives; 报名; the desk's tools. */
import { A } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { mayKeepCourse } from '../../core/access';
import { placeLabel } from '../../core/regions/names';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import { ReadAloud } from '../../ui/speech';
import { allStations } from '../stations';
import { useRouteCourse } from './route-course';
import { SignUpPanel } from './SignUpPanel';
import { t } from './strings';

export default function CoursePage() {
  const { db } = useServices();
  const { course } = useRouteCourse();
  const actor = useActor();
  const [stations] = createResource(() => allStations(db), { initialValue: [] });
  const stationName = (id?: string) => stations().find((s) => s.id === id)?.name;
  return (
    <section class="page">
      <A href="/courses" class="back">
        {t('course.back')}
      </A>
      <Show when={course()} fallback={<p class="muted">{t('course.notOnDevice')}</p>}>
        {(c) => (
          <article data-testid="course">
            <h2 class="page-title">{c().title}</h2>
            <ReadAloud
              text={[
                c().title,
                c().description,
                `${t('course.where')}：${placeLabel(c().regionCode)} ${stationName(c().stationId) ?? ''}`,
                `${t('course.date')}：${t('course.when', { date: c().startDate, days: c().days })}`,
                `${t('course.seats')}：${t('course.seatsOf', { capacity: c().capacity, enrolled: c().enrolled ?? 0 })}`,
              ]}
            />
            <Show when={c().description}>
              <p class="description">{c().description}</p>
            </Show>
            <dl class="facts">
              <dt>{t('course.where')}</dt>
              <dd>{placeLabel(c().regionCode)}</dd>
              <Show when={stationName(c().stationId)}>
                {(name) => (
                  <>
                    <dt>{t('course.station')}</dt>
                    <dd>{name()}</dd>
                  </>
                )}
              </Show>
              <dt>{t('course.date')}</dt>
              <dd>{t('course.when', { date: c().startDate, days: c().days })}</dd>
              <dt>{t('course.seats')}</dt>
              <dd data-testid="course-seats">
                {t('course.seatsOf', { capacity: c().capacity, enrolled: c().enrolled ?? 0 })}
                <Show when={c().waitlisted}>{(n) => <> · {t('course.waitingCount', { n: n() })}</>}</Show>
              </dd>
              <Show when={c().skill}>
                <dt>{t('course.skill')}</dt>
                <dd>{c().skill}</dd>
              </Show>
              <dt>{t('course.points')}</dt>
              <dd>{t('course.pointsValue', { n: c().points })}</dd>
            </dl>
            <SignUpPanel course={c()} />
            <Show when={mayKeepCourse(actor(), c())}>
              <div class="course-actions">
                <A href={`/courses/${c().id}/roster`} class="button primary wide" data-testid="roster-link">
                  {t('courseDesk.roster')}
                </A>
                <A href={`/courses/${c().id}/edit`} class="button wide">
                  {t('courseDesk.edit')}
                </A>
              </div>
            </Show>
          </article>
        )}
      </Show>
    </section>
  );
}
