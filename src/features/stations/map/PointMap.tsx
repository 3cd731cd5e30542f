/**
 * A light SVG sketch of where the stations are, for phones that cannot draw the real map:
 * no WebGL, no tiles, no library. Points only, so no boundaries can be wrong.
 */
import { createMemo, For, Show } from 'solid-js';
import { fitPoints, type LatLon } from '../../../core/geo';
import type { Station } from '../../../core/records';
import { t } from '../strings';
import { KIND_STYLE } from './icons';

const W = 340;
const H = 220;

/** `stations` nearest first; with a position the sketch frames the user and the closest few. */
export function PointMap(props: { stations: Station[]; from: LatLon | null }) {
  const projection = createMemo(() =>
    fitPoints(props.from ? [props.from, ...props.stations.slice(0, 5)] : props.stations, W, H, 20),
  );
  return (
    <svg class="point-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('map.pointMap')} data-testid="point-map">
      <rect width={W} height={H} fill="#eceae4" />
      <For each={props.stations}>
        {(s) => {
          const p = () => projection().project(s);
          return (
            // The <g> wrapper makes Solid create the <a> in the SVG namespace; the router handles SVG links.
            <g data-testid="point">
              <a href={`/stations/${s.id}`} aria-label={s.name}>
                {/* The invisible larger circle is the 48 px tap target. */}
                <circle cx={p().x} cy={p().y} r={24} fill="transparent" />
                <circle cx={p().x} cy={p().y} r={8} fill={KIND_STYLE[s.kind].color} stroke="#fff" stroke-width={2} />
              </a>
            </g>
          );
        }}
      </For>
      <Show when={props.from}>
        {(from) => {
          const me = () => projection().project(from());
          return <circle cx={me().x} cy={me().y} r={7} fill="#1a73e8" stroke="#fff" stroke-width={3} />;
        }}
      </Show>
    </svg>
  );
}
