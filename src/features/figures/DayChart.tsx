/**
 * Visitors (bars) and new registrations (a line) per day, drawn by uPlot, which loads with
 * this module only. The picture is for the eye; the page gives the same numbers as a table
 * and a sentence (the `label`), so a screen reader loses nothing.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { createEffect, onCleanup, onMount } from 'solid-js';
import { chinaIsoDate, type DayCount } from '../../core/figures';
import { t } from './strings';

const HEIGHT = 180;
/** Whole people only on the count axis. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

export default function DayChart(props: { days: DayCount[]; label: string }) {
  let box!: HTMLDivElement;
  let plot: uPlot | undefined;
  const data = (): uPlot.AlignedData => [
    props.days.map((_, i) => i),
    props.days.map((d) => d.visitors),
    props.days.map((d) => d.newSeekers),
  ];
  onMount(() => {
    plot = new uPlot(
      {
        width: box.clientWidth || 320,
        height: HEIGHT,
        cursor: { show: false },
        // The key names the two series; there is no pointer to read values at (the table has them).
        legend: { live: false },
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(max, 1)] } },
        series: [
          {},
          {
            label: t('figure.visitors'),
            stroke: '#1d5fbf',
            fill: 'rgba(29, 95, 191, 0.35)',
            paths: uPlot.paths.bars?.({ size: [0.7, 40] }),
          },
          { label: t('figure.newSeekers'), stroke: '#b45309', width: 2, points: { show: false } },
        ],
        axes: [
          // Day of the month under each bar: "01" … "31".
          {
            incrs: WHOLE_STEPS,
            values: (_u, splits) => splits.map((i) => chinaIsoDate(props.days[i]?.day ?? 0).slice(8)),
          },
          { incrs: WHOLE_STEPS, size: 36 },
        ],
      },
      data(),
      box,
    );
  });
  createEffect(() => plot?.setData(data()));
  onCleanup(() => plot?.destroy());
  return <div ref={box} class="figures-chart" role="img" aria-label={props.label} data-testid="figures-chart" />;
}
