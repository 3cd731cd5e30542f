/** The QR reader of the qr worker: pixels (RGBA) → the code's text, or null when none is found. */
import jsQR from 'jsqr';

export function readQr(data: Uint8ClampedArray, width: number, height: number): string | null {
  // Printed and on-screen codes are dark on light: skipping the inverted pass halves the work per frame.
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
