/**
 * A course's register (the desk where the course is): who has a seat, with a button per
 * course day for attendance and 结业 at the end (the skill joins their profile, the course's
 * points a new ledger entry), and the waiting list in order. Works offline like every write.
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { mayKeepCourse } from '../../core/access';
import { uuidv7 } from '../../core/ids';
import type { Course, Enrollment } from '../../core/records';
import { useActor } from '../../ui/actor';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { type RosterRow, roster } from './courses.repo';
import { useRouteCourse } from './route-course';
import { t } from './strings';

export default function Roster() {
  const { db } = useServices();
  const { id, course } = useRouteCourse();
  const actor = useActor();
  const rows = createLiveQuery(id, (id) => roster(db, id), []);
  const seated = () => rows().filter((r) => r.enrollment.status !== 'waitlisted');
  const waiting = () => rows().filter((r) => r.enrollment.status === 'waitlisted');
  return (
    <section class="page" data-testid="roster">
      <A href={`/courses/${id()}`} class="back">
        ‹ {course()?.title}
      </A>
      <h2 class="page-title">{t('roster.title')}</h2>
      <Show when={course() && mayKeepCourse(actor(), course() as Course)}>
        <Show when={rows().length > 0} fallback={<p class="muted">{t('roster.none')}</p>}>
          <h3>{t('roster.enrolled', { n: seated().length })}</h3>
          <ul class="cards">
            <For each={seated()}>{(row) => <Seat row={row} course={course() as Course} />}</For>
          </ul>
          <Show when={waiting().length > 0}>
            <h3>{t('roster.waiting', { n: waiting().length })}</h3>
            <ol class="cards">
              <For each={waiting()}>
                {(row) => (
                  <li class="card" data-testid="roster-waiting">
                    {row.name ?? t('roster.unnamed')}
                    <Show when={row.enrollment.position}>
                      {(n) => <span class="muted"> · {t('roster.position', { n: n() })}</span>}
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Show>
      </Show>
    </section>
  );
}

function Seat(props: { row: RosterRow; course: Course }) {
  const { write } = useServices();
  const enrollment = (): Enrollment => props.row.enrollment;
  const days = () => Array.from({ length: props.course.days }, (_, i) => i + 1);
  const present = (day: number) => enrollment().attended?.includes(day) ?? false;
  const done = () => enrollment().status === 'completed';
  const mark = (day: number) => void write('enrollment.attend', { id: enrollment().id, day, present: !present(day) });
  const complete = () => void write('enrollment.complete', { id: enrollment().id, pointsId: uuidv7() });
  return (
    <li class="card roster-seat" data-testid="roster-seat">
      <strong>{props.row.name ?? t('roster.unnamed')}</strong>
      <span class="muted"> · {t('roster.attended', { n: enrollment().attended?.length ?? 0 })}</span>
      <div class="chips roster-days">
        <For each={days()}>
          {(day) => (
            <button
              type="button"
              class={present(day) ? 'toggle small on' : 'toggle small'}
              aria-pressed={present(day)}
              disabled={done()}
              onClick={() => mark(day)}
            >
              {t('roster.day', { n: day })}
            </button>
          )}
        </For>
      </div>
      <Show
        when={!done()}
        fallback={
          <span class="chip chip-ok" data-testid="roster-completed">
            {t('roster.completed')}
          </span>
        }
      >
        <button type="button" class="button primary wide" data-testid="roster-complete" onClick={complete}>
          {t('roster.complete')}
        </button>
      </Show>
    </li>
  );
}
