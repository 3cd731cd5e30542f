/**
 * A picture drawn as strokes of one SVG path on a 24×24 grid (no icon font, no emoji an old
 * phone may lack), always beside a word that already names it, so screen readers skip it.
 */
export function StrokeIcon(props: { path: string; class?: string; size: number }) {
  return (
    <svg class={props.class} viewBox="0 0 24 24" width={props.size} height={props.size} aria-hidden="true">
      <path
        d={props.path}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
