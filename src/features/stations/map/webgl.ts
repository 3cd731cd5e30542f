/**
 * Can this phone draw the MapLibre map? maplibre-gl 5.x runs on WebGL2 or WebGL1, so
 * either is enough (MAPS.md §3). Map creation can still fail on a blocklisted GPU; the
 * map view reports that separately and the page falls back to the list.
 */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
