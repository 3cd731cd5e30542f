/**
 * Station icons by kind, drawn on a canvas at runtime: a pin in the kind's colour with
 * the kind's first character, so neither colour nor shape alone carries the meaning, and
 * no sprite file has to be fetched or precached.
 */
import type { Station } from '../../../core/records';

export const KIND_STYLE: Record<Station['kind'], { color: string; mark: string }> = {
  零工驿站: { color: '#1b7f4b', mark: '零' },
  就业驿站: { color: '#1f5fbf', mark: '就' },
  零工市场: { color: '#7a3db8', mark: '市' },
  爱心驿站: { color: '#c62f5b', mark: '爱' },
  工会驿站: { color: '#a65d00', mark: '工' },
};

const SIZE = 36;
const PIXEL_RATIO = 2;

/** A pin image: circle head with a white character, a point at the bottom centre. */
export function kindIcon(kind: Station['kind']): { width: number; height: number; data: Uint8ClampedArray } {
  const { color, mark } = KIND_STYLE[kind];
  const w = SIZE * PIXEL_RATIO;
  const h = (SIZE + 8) * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  const r = SIZE / 2 - 2;
  ctx.beginPath();
  ctx.moveTo(SIZE / 2, SIZE + 6);
  ctx.lineTo(SIZE / 2 - 8, SIZE - 8);
  ctx.lineTo(SIZE / 2 + 8, SIZE - 8);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(SIZE / 2, SIZE / 2, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#fff';
  ctx.stroke();
  ctx.fillStyle = '#fff';
  ctx.font = `bold 19px ${getComputedStyle(document.documentElement).fontFamily || 'sans-serif'}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(mark, SIZE / 2, SIZE / 2 + 1);
  return { width: w, height: h, data: ctx.getImageData(0, 0, w, h).data };
}

export const ICON_PIXEL_RATIO = PIXEL_RATIO;
