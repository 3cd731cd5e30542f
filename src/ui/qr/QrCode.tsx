/** A QR code as crisp SVG at any size; `label` says to a screen reader what it holds. */
import { createMemo } from 'solid-js';
import { qrMatrix, qrPath, qrSide } from './encode';

export function QrCode(props: { text: string; label: string; class?: string }) {
  const matrix = createMemo(() => qrMatrix(props.text));
  return (
    <svg
      class={props.class}
      viewBox={`0 0 ${qrSide(matrix())} ${qrSide(matrix())}`}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
      data-testid="qr-code"
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path d={qrPath(matrix())} fill="#000" />
    </svg>
  );
}
