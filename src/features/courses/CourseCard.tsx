/** One course in the list: what, where, when, and the seats left (from the server's counts on the course). */
import { A } from '@solidjs/router';
import type { Course } from '../../core/records';
import { placeLabel } from '../../core/regions/names';
import { seatsLeft } from './lists';
import { t } from './strings';

export function CourseCard(props: { course: Course }) {
  const left = () => seatsLeft(props.course);
  return (
    <li class="card">
      <A href={`/courses/${props.course.id}`} class="card-link" data-testid="course-card">
        <strong>{props.course.title}</strong>
        <span class="card-row">{placeLabel(props.course.regionCode)}</span>
        <span class="card-row">{t('course.when', { date: props.course.startDate, days: props.course.days })}</span>
        <span class={left() > 0 ? 'chip chip-ok' : 'chip chip-plain'}>
          {left() > 0 ? t('course.seatsLeft', { n: left() }) : t('course.full')}
        </span>
      </A>
    </li>
  );
}
