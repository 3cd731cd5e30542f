/**
 * The picture card: a job as one PNG for a WeChat group or a phone's album. Title, the wage
 * big, where, the phone, the no-fee line and the job's QR code, which a phone that never
 * saw the job reads offline (src/core/job-link.ts).
 */
import { CANVAS_FONT, fitted, lines, whiteCanvas } from '../../ui/canvas-text';
import { drawQr, qrMatrix } from '../../ui/qr/encode';
import { t } from './strings';

const WIDTH = 720;
const HEIGHT = 1160;
const MARGIN = 40;
const GREEN = '#1b7f4b';
const WARN = '#a24a00';

export interface CardContent {
  title: string;
  wage: string;
  place: string;
  phone?: string;
  qrText: string;
}

export function drawCard(content: CardContent): HTMLCanvasElement {
  const { canvas, ctx } = whiteCanvas(WIDTH, HEIGHT);
  const inner = WIDTH - 2 * MARGIN;

  ctx.fillStyle = GREEN;
  ctx.fillRect(0, 0, WIDTH, 100);
  ctx.fillStyle = '#fff';
  ctx.font = `bold 40px ${CANVAS_FONT}`;
  ctx.fillText(t('share.card.brand'), MARGIN, 28);

  let y = 130;
  ctx.fillStyle = '#1d1d1f';
  ctx.font = `bold 52px ${CANVAS_FONT}`;
  for (const line of lines(ctx, content.title, inner, 2)) {
    ctx.fillText(line, MARGIN, y);
    y += 66;
  }

  y += 10;
  ctx.fillStyle = GREEN;
  fitted(ctx, content.wage, inner, 96);
  ctx.fillText(content.wage, MARGIN, y);
  y += 120;

  ctx.fillStyle = '#1d1d1f';
  ctx.font = `36px ${CANVAS_FONT}`;
  for (const line of lines(ctx, t('share.card.place', { place: content.place }), inner, 2)) {
    ctx.fillText(line, MARGIN, y);
    y += 48;
  }
  if (content.phone) {
    ctx.font = `bold 40px ${CANVAS_FONT}`;
    ctx.fillText(t('share.card.phone', { phone: content.phone }), MARGIN, y + 6);
    y += 60;
  }

  y += 14;
  ctx.fillStyle = '#fff1e0';
  ctx.fillRect(MARGIN, y, inner, 64);
  ctx.fillStyle = WARN;
  fitted(ctx, t('share.card.noFee'), inner - 32, 34);
  ctx.fillText(t('share.card.noFee'), MARGIN + 16, y + 14);
  y += 90;

  const side = Math.min(400, HEIGHT - y - 70);
  drawQr(ctx, qrMatrix(content.qrText), (WIDTH - side) / 2, y, side);
  ctx.fillStyle = '#5b5b66';
  ctx.font = `30px ${CANVAS_FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(t('share.card.scan'), WIDTH / 2, y + side + 12);
  return canvas;
}

/** The card as a PNG file, named after the job, for saving or sharing. */
export function cardFile(content: CardContent, name: string): Promise<File> {
  return new Promise((resolve, reject) =>
    drawCard(content).toBlob((blob) => {
      if (blob) resolve(new File([blob], name, { type: 'image/png' }));
      else reject(new Error('the card could not be made'));
    }, 'image/png'),
  );
}
