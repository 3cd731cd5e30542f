/** Text on a canvas picture (the share card, the print pack's PDF sheets): Chinese breaks anywhere. */

export const CANVAS_FONT = 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Lines of `text` that fit `width` (broken anywhere: Chinese has no spaces), at most `max`, the last cut with "…". */
export function lines(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (ctx.measureText(line + char).width > width && line) {
      out.push(line);
      line = '';
    }
    line += char;
  }
  out.push(line);
  if (out.length <= max) return out;
  const kept = out.slice(0, max);
  kept[max - 1] = `${Array.from(kept[max - 1])
    .slice(0, -1)
    .join('')}…`;
  return kept;
}

/** Set the largest font size up to `size` at which `text` fits on one line of `width`. */
export function fitted(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  size: number,
  weight = 'bold',
): void {
  let px = size;
  do {
    ctx.font = `${weight} ${px}px ${CANVAS_FONT}`;
    px -= 4;
  } while (ctx.measureText(text).width > width && px > 20);
}

/** A white canvas of this size, ready for text laid out from the top. */
export function whiteCanvas(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  return { canvas, ctx };
}
