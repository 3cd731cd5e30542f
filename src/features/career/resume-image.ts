/**
 * The resume as a picture to send in WeChat: drawn on a canvas (no library), saved as PNG,
 * then handed to the phone's share sheet where the browser can share files, else downloaded.
 */
import type { Resume } from './resume';

const WIDTH = 1080;
const MARGIN = 72;
const FONT = 'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
const STYLE = {
  name: { size: 64, weight: 700, color: '#1d1d1f', gap: 24 },
  about: { size: 34, weight: 400, color: '#5b5b66', gap: 12 },
  title: { size: 38, weight: 700, color: '#115c35', gap: 14 },
  line: { size: 36, weight: 400, color: '#1d1d1f', gap: 12 },
} as const;
type Kind = keyof typeof STYLE;

/** Pieces a line may break between: each CJK character alone, Latin words with their space. */
const pieces = (text: string) =>
  text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces(text)) {
    if (current && context.measureText(current + piece).width > width) {
      lines.push(current.trimEnd());
      current = piece.trimStart();
    } else current += piece;
  }
  if (current) lines.push(current.trimEnd());
  return lines;
}

function layout(resume: Resume): { kind: Kind; text: string }[] {
  return [
    { kind: 'name' as const, text: resume.name },
    ...resume.about.map((text) => ({ kind: 'about' as const, text })),
    ...resume.sections.flatMap((section) => [
      { kind: 'title' as const, text: section.title },
      ...section.lines.map((text) => ({ kind: 'line' as const, text })),
    ]),
  ];
}

export async function resumeImage(resume: Resume): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  const setFont = (kind: Kind) => {
    context.font = `${STYLE[kind].weight} ${STYLE[kind].size}px ${FONT}`;
  };
  // Measure first (the canvas's size resets its state), then draw.
  const rows = layout(resume).flatMap(({ kind, text }) => {
    setFont(kind);
    return wrap(context, text, WIDTH - 2 * MARGIN).map((line, index) => ({
      kind,
      line,
      // A section's title gets room above it.
      before: kind === 'title' && index === 0 ? 28 : 0,
    }));
  });
  const height = rows.reduce((sum, row) => sum + row.before + STYLE[row.kind].size + STYLE[row.kind].gap, 2 * MARGIN);
  canvas.width = WIDTH;
  canvas.height = height;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, WIDTH, height);
  context.textBaseline = 'top';
  let y = MARGIN;
  for (const row of rows) {
    y += row.before;
    setFont(row.kind);
    context.fillStyle = STYLE[row.kind].color;
    context.fillText(row.line, MARGIN, y);
    y += STYLE[row.kind].size + STYLE[row.kind].gap;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no image'))), 'image/png'),
  );
}
