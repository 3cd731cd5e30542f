/**
 * Text → QR code, for the share sheet, the desk's print pack and door check-in. Loads
 * qrcode-generator, so import it only from lazily loaded screens (never the first bundle).
 */
import qrcode from 'qrcode-generator';

/** Blank modules around the code: scanners need a quiet zone of 4 (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** 1-40: 21 modules for version 1, 4 more per version. */
  version: number;
  dark(row: number, col: number): boolean;
}

/**
 * The code's modules, at error correction M (15 %: a creased card or a compressed WeChat
 * picture still reads). The text goes in byte mode as UTF-8, which every scanner decodes.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  // qrcode-generator keeps the low byte of each UTF-16 unit: hand it the UTF-8 bytes as such units.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return { size, version: (size - 17) / 4, dark: (row, col) => code.isDark(row, col) };
}

/** An SVG path (one unit per module, quiet zone included) drawing the dark modules. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.dark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return parts.join('');
}

/** Modules per side with the quiet zone: the SVG's viewBox and a canvas's scale. */
export const qrSide = (matrix: QrMatrix): number => matrix.size + 2 * QUIET_ZONE;

/** Draw the code (white quiet zone included) as a `side`-pixel square at (x, y) on a canvas. */
export function drawQr(ctx: CanvasRenderingContext2D, matrix: QrMatrix, x: number, y: number, side: number): void {
  const cell = Math.floor(side / qrSide(matrix));
  const offset = Math.floor((side - cell * qrSide(matrix)) / 2);
  ctx.fillStyle = '#fff';
  ctx.fillRect(x, y, side, side);
  ctx.fillStyle = '#000';
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.dark(row, col)) {
        ctx.fillRect(x + offset + (col + QUIET_ZONE) * cell, y + offset + (row + QUIET_ZONE) * cell, cell, cell);
      }
    }
  }
}
