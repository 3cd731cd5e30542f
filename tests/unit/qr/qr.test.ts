/**
 * The shared QR module (src/ui/qr) and the qr worker's reader: what one encodes the other
 * reads back, Chinese included, from pixels as a camera or a saved picture gives them.
 */
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, type QrMatrix, qrMatrix, qrPath, qrSide } from '../../../src/ui/qr/encode';
import { readQr } from '../../../workers/qr/read';

/** The code as RGBA pixels, `cell` pixels per module, on a white page bigger than the code. */
function pixels(matrix: QrMatrix, cell: number, page = 20): { data: Uint8ClampedArray; side: number } {
  const side = qrSide(matrix) * cell + 2 * page;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor((y - page) / cell) - QUIET_ZONE;
      const col = Math.floor((x - page) / cell) - QUIET_ZONE;
      if (row >= 0 && col >= 0 && row < matrix.size && col < matrix.size && matrix.dark(row, col)) {
        data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
      }
    }
  }
  return { data, side };
}

describe('QR encode and read', () => {
  it.each([
    ['ascii', 'https://example.cn/jobs/0190a1b2-0000-7000-8000-000000000001'],
    ['hanzi and symbols', 'https://example.cn/jobs/x#q1~保洁员（日结）~150~180~day~630103101~0971-8123456'],
    ['plain words', '零工驿站 · 不收任何费用'],
  ])('reads back what it encoded (%s)', (_, text) => {
    const matrix = qrMatrix(text);
    const { data, side } = pixels(matrix, 4);
    expect(readQr(data, side, side)).toBe(text);
  });

  it('grows the version with the text and draws only dark modules', () => {
    const small = qrMatrix('hi');
    expect(small.version).toBe(1);
    expect(small.size).toBe(21);
    expect(qrMatrix('字'.repeat(60)).version).toBeGreaterThan(5);
    const path = qrPath(small);
    let dark = 0;
    for (let r = 0; r < small.size; r++) for (let c = 0; c < small.size; c++) if (small.dark(r, c)) dark++;
    expect(path.split('M').length - 1).toBe(dark);
    // The top-left finder pattern's corner sits just inside the quiet zone.
    expect(path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1z`)).toBe(true);
  });

  it('finds nothing in a blank picture', () => {
    expect(readQr(new Uint8ClampedArray(100 * 100 * 4).fill(255), 100, 100)).toBeNull();
  });
});
