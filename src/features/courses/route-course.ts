/** The course a `/courses/:id…` page is about, live from the device (undefined while loading or when absent). */
import { useParams } from '@solidjs/router';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { courseById } from './courses.repo';

export function useRouteCourse() {
  const { db } = useServices();
  const params = useParams<{ id: string }>();
  const course = createLiveQuery(
    () => params.id,
    (id) => courseById(db, id),
    undefined,
  );
  return { id: () => params.id, course };
}
