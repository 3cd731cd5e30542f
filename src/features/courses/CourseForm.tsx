/**
 * 开课 and 修改培训 (the desk): a course at one of the desk's stations. Opened from a group of
 * 我想学 requests (站点派单: `?skill=…&place=…&answers=id,id`), it starts with that skill and
 * place, and saving it marks those requests answered, so the people who asked see the course.
 */
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createResource, onMount, Show } from 'solid-js';
import { uuidv7 } from '../../core/ids';
import type { Course } from '../../core/records';
import {
  asNumber,
  createForm,
  DateField,
  Form,
  NumberField,
  RegionField,
  SelectField,
  SubmitRow,
  TextField,
} from '../../ui/form';
import { actorOf, readSession } from '../../db/session';
import { useActor } from '../../ui/actor';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { allStations } from '../stations';
import { courseById } from './courses.repo';
import { t } from './strings';

const INITIAL = {
  title: '',
  skill: '',
  description: '',
  regionCode: '',
  stationId: '',
  startDate: '',
  days: '5',
  capacity: '30',
  points: '20',
};

const toValues = (course: Course): typeof INITIAL => ({
  title: course.title,
  skill: course.skill ?? '',
  description: course.description ?? '',
  regionCode: course.regionCode,
  stationId: course.stationId ?? '',
  startDate: course.startDate,
  days: String(course.days),
  capacity: String(course.capacity),
  points: String(course.points),
});

export default function CourseForm() {
  const navigate = useNavigate();
  const params = useParams<{ id?: string }>();
  const [query] = useSearchParams<{ skill?: string; place?: string; answers?: string }>();
  const { db } = useServices();
  const actor = useActor();
  const answers = () => (query.answers ? query.answers.split(',') : []);
  const [stations] = createResource(() => allStations(db), { initialValue: [] });
  const mine = () => stations().filter((s) => actor().role === 'admin' || actor().stationIds.includes(s.id));
  const courseId = params.id ?? uuidv7();
  const form = createForm({
    initial: INITIAL,
    mutation: (values) => ({
      name: 'course.save',
      args: {
        id: courseId,
        title: values.title,
        skill: values.skill || undefined,
        description: values.description || undefined,
        regionCode: values.regionCode,
        stationId: values.stationId || undefined,
        startDate: values.startDate,
        days: asNumber(values.days),
        capacity: asNumber(values.capacity),
        points: asNumber(values.points),
        answers: answers(),
      },
    }),
    done: () => navigate(`/courses/${courseId}`),
  });
  onMount(async () => {
    const existing = params.id ? await courseById(db, params.id) : undefined;
    if (existing) return form.patch(toValues(existing));
    const place = await homePlace(db);
    const { stationIds } = actorOf(await readSession(db));
    const station = (await allStations(db)).find((s) => stationIds.includes(s.id));
    form.suggest({
      regionCode: query.place ?? place,
      stationId: station?.id ?? '',
      skill: query.skill ?? '',
      title: query.skill ? t('courseForm.titleFor', { skill: query.skill }) : '',
    });
  });
  return (
    <section class="page">
      <A href="/courses" class="back">
        {t('course.back')}
      </A>
      <h2 class="page-title">{params.id ? t('courseForm.editTitle') : t('courseForm.newTitle')}</h2>
      <Show when={answers().length > 0}>
        <p class="notice" data-testid="course-answers">
          {t('courseForm.answers', { n: answers().length })}
        </p>
      </Show>
      <Form form={form} testId="course-form">
        <TextField form={form} name="title" label={t('courseForm.title')} />
        <TextField form={form} name="skill" label={t('courseForm.skill')} />
        <TextField form={form} name="description" label={t('courseForm.description')} rows={3} />
        <RegionField form={form} name="regionCode" />
        <SelectField
          form={form}
          name="stationId"
          label={t('course.station')}
          options={mine().map((s) => ({ value: s.id, label: s.name }))}
        />
        <DateField form={form} name="startDate" label={t('course.date')} />
        <div class="row">
          <NumberField form={form} name="days" label={t('course.days')} />
          <NumberField form={form} name="capacity" label={t('courseForm.capacity')} />
          <NumberField form={form} name="points" label={t('course.points')} />
        </div>
        <SubmitRow form={form} label={t('courseForm.save')} testId="course-submit" />
      </Form>
    </section>
  );
}
