/**
 * A station service as a picture and its word ("热水" beside a cup), for people who read
 * slowly: plain SVG strokes on a 24×24 grid (no icon font, no emoji an old phone may lack).
 */
import type { Station } from '../../core/records';
import { StrokeIcon } from '../../ui/StrokeIcon';
import { t } from './strings';

type Service = Station['services'][number];

const PICTURES: Record<Service, string> = {
  job_desk: 'M8 3h8v3H8zM6 4.5H4.5V21h15V4.5H18M8 11h8M8 15h5',
  training: 'M3 5h7a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H3zM21 5h-7a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h7z',
  policy: 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7',
  rest: 'M4 11h16M5 11V6h14v5M6 11v8M18 11v8M4 15h16',
  water: 'M6 8h12l-1.5 13h-9zM9 2v3M12 2v3M15 2v3',
  charging: 'M13 2L4 14h7l-1 8 9-12h-7z',
  meals: 'M3 12h18a9 9 0 0 1-18 0zM13 3l-3 7M20 4l-6 6',
  first_aid: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  toilet: 'M6 4h.01M18 4h.01M4 8h4l1 6H3zM5 14v6M7 14v6M16 8h4v7h-4zM17 15v5M19 15v5M12 2v20',
  lockers: 'M4 3h16v18H4zM12 3v18M9 10v2M15 10v2',
  wifi: 'M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 20h.01',
  printing: 'M7 3h10v5H7zM7 16H3v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6h-4M7 13h10v8H7z',
  legal_aid: 'M12 3v18M7 21h10M4 7h16M6 7l-3 7a3 3 0 0 0 6 0zM18 7l-3 7a3 3 0 0 0 6 0z',
  live_stream: 'M3 6h13v12H3zM16 10l5-3v10l-5-3z',
  lodging: 'M3 5v15M3 14h18v6M21 14v-3a3 3 0 0 0-3-3h-8v6M6.5 11h.01',
};

export function ServiceChip(props: { service: Service }) {
  return (
    <span class="chip service-chip">
      <StrokeIcon path={PICTURES[props.service]} size={20} />
      {t(`service.${props.service}`)}
    </span>
  );
}
