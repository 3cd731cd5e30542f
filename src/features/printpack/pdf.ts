/**
 * The pack as a PDF for a print shop, one A4 page per sheet. Loaded only when 下载 PDF is
 * tapped (pdf-lib comes with it, in this lazy chunk).
 *
 * Each page is drawn on a canvas and put in the PDF as a JPEG, rather than as PDF text: a PDF
 * shows Chinese only with an embedded CJK font, and a subset-able one weighs megabytes that a
 * low-end phone would download and parse for every pack. The phone's own fonts draw the canvas,
 * and the QR code and strips print as sharp as a 150-dpi page needs.
 */
import { PDFDocument } from 'pdf-lib';
import { CANVAS_FONT, fitted, lines, whiteCanvas } from '../../ui/canvas-text';
import { drawQr, qrMatrix } from '../../ui/qr/encode';
import { occupationPicturePath } from '../occupations';
import { STRIPS, type SheetContent } from './sheet';
import { t } from './strings';

/** A4 at 150 dpi, and in PDF points. */
const WIDTH = 1240;
const HEIGHT = 1754;
const A4_POINTS: [number, number] = [595.28, 841.89];
const MARGIN = 80;
const GREEN = '#1b7f4b';
const INK = '#1d1d1f';
const WARN = '#a24a00';
const WARN_BG = '#fff1e0';
const STRIP_HEIGHT = 340;
const QR_SIDE = 400;
const ICON = 150;

function drawIcon(ctx: CanvasRenderingContext2D, path: string, x: number, y: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(ICON / 24, ICON / 24);
  ctx.strokeStyle = GREEN;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke(new Path2D(path));
  ctx.restore();
}

/** The tear-off strips: dashed cuts, each strip's words written down it. */
function drawStrips(ctx: CanvasRenderingContext2D, text: string): void {
  const top = HEIGHT - MARGIN - STRIP_HEIGHT;
  const width = (WIDTH - 2 * MARGIN) / STRIPS;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.setLineDash([14, 10]);
  ctx.beginPath();
  ctx.moveTo(MARGIN, top);
  ctx.lineTo(WIDTH - MARGIN, top);
  for (let i = 0; i <= STRIPS; i++) {
    ctx.moveTo(MARGIN + i * width, top);
    ctx.lineTo(MARGIN + i * width, HEIGHT - MARGIN);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = INK;
  ctx.font = `bold 28px ${CANVAS_FONT}`;
  const [line] = lines(ctx, text, STRIP_HEIGHT - 24, 1);
  for (let i = 0; i < STRIPS; i++) {
    ctx.save();
    ctx.translate(MARGIN + i * width + width / 2 - 14, top + 12);
    ctx.rotate(Math.PI / 2);
    ctx.fillText(line, 0, -14);
    ctx.restore();
  }
}

export function drawSheet(sheet: SheetContent, iconPath: string | undefined): HTMLCanvasElement {
  const { canvas, ctx } = whiteCanvas(WIDTH, HEIGHT);
  const inner = WIDTH - 2 * MARGIN;

  ctx.fillStyle = '#5b5b66';
  ctx.font = `28px ${CANVAS_FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(sheet.board, WIDTH - MARGIN, 24);
  ctx.textAlign = 'left';
  ctx.fillStyle = GREEN;
  ctx.fillRect(MARGIN, 70, inner, 110);
  ctx.fillStyle = '#fff';
  ctx.font = `bold 56px ${CANVAS_FONT}`;
  ctx.fillText(t('sheet.brand'), MARGIN + 30, 95);

  let y = 220;
  const titleX = iconPath ? MARGIN + ICON + 30 : MARGIN;
  if (iconPath) drawIcon(ctx, iconPath, MARGIN, y);
  ctx.fillStyle = INK;
  ctx.font = `bold 84px ${CANVAS_FONT}`;
  const title = lines(ctx, sheet.title, WIDTH - MARGIN - titleX, 2);
  for (const [i, line] of title.entries()) ctx.fillText(line, titleX, y + (title.length === 1 ? 30 : 0) + i * 100);
  y += Math.max(ICON, title.length * 100) + 40;

  ctx.fillStyle = GREEN;
  fitted(ctx, sheet.wage, inner, 170);
  ctx.fillText(sheet.wage, MARGIN, y);
  y += 210;

  // The QR code on the right of where, pay and phone: big enough for a cheap phone's camera from a step away.
  const top = y;
  const textWidth = inner - QR_SIDE - 40;
  ctx.fillStyle = INK;
  ctx.font = `52px ${CANVAS_FONT}`;
  for (const line of lines(ctx, t('sheet.place', { place: sheet.place }), textWidth, 3)) {
    ctx.fillText(line, MARGIN, y);
    y += 68;
  }
  y += 12;
  ctx.fillText(t('sheet.pay', { pay: sheet.pay }), MARGIN, y);
  y += 92;
  if (sheet.phone) {
    const phone = t('sheet.phone', { phone: sheet.phone });
    fitted(ctx, phone, textWidth, 72);
    ctx.fillText(phone, MARGIN, y);
    y += 100;
  }
  drawQr(ctx, qrMatrix(sheet.qrText), WIDTH - MARGIN - QR_SIDE, top, QR_SIDE);
  ctx.fillStyle = '#5b5b66';
  ctx.textAlign = 'center';
  fitted(ctx, t('sheet.scan'), QR_SIDE, 32, 'normal');
  ctx.fillText(t('sheet.scan'), WIDTH - MARGIN - QR_SIDE / 2, top + QR_SIDE + 8);
  ctx.textAlign = 'left';
  y = Math.max(y, top + QR_SIDE + 70);

  ctx.fillStyle = WARN_BG;
  ctx.fillRect(MARGIN, y, inner, 90);
  ctx.fillStyle = WARN;
  fitted(ctx, t('sheet.noFee'), inner - 40, 50);
  ctx.fillText(t('sheet.noFee'), MARGIN + 20, y + 20);
  y += 120;
  if (sheet.verifiedOn) {
    ctx.fillStyle = GREEN;
    ctx.font = `bold 48px ${CANVAS_FONT}`;
    ctx.fillText(t('sheet.verified', { date: sheet.verifiedOn }), MARGIN, y);
  }

  drawStrips(ctx, sheet.strip);
  return canvas;
}

const jpegBytes = (canvas: HTMLCanvasElement): Promise<ArrayBuffer> =>
  new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob.arrayBuffer()) : reject(new Error('no page image'))),
      'image/jpeg',
      0.85,
    ),
  );

/** The sheets as one PDF, a page each; `progress` after each page (the phone stays responsive between pages). */
export async function packPdf(sheets: readonly SheetContent[], progress: (done: number) => void): Promise<Blob> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(t('print.title'));
  const icons = new Map<string, string | undefined>();
  for (const [i, sheet] of sheets.entries()) {
    if (!icons.has(sheet.occupationCode))
      icons.set(sheet.occupationCode, await occupationPicturePath(sheet.occupationCode));
    const image = await pdf.embedJpg(await jpegBytes(drawSheet(sheet, icons.get(sheet.occupationCode))));
    pdf.addPage(A4_POINTS).drawImage(image, { x: 0, y: 0, width: A4_POINTS[0], height: A4_POINTS[1] });
    progress(i + 1);
  }
  // pdf-lib returns a fresh array over an ordinary ArrayBuffer.
  return new Blob([(await pdf.save()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
