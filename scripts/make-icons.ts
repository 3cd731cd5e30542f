/**
 * Draws the app icons (a white 工 on green) straight into PNG files, so the project needs
 * no image tools. Run: node --import tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x1b, 0x7f, 0x4b];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** `inside(x, y)` in 0..1 unit coordinates says which pixels are white. */
function png(size: number, rounded: boolean, inside: (x: number, y: number) => boolean): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const radius = rounded ? 0.18 : 0;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const cx = Math.min(Math.max(u, radius), 1 - radius);
      const cy = Math.min(Math.max(v, radius), 1 - radius);
      const inShape = (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2 + 1e-9;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const white = inside(u, v);
      raw[o] = white ? 255 : GREEN[0];
      raw[o + 1] = white ? 255 : GREEN[1];
      raw[o + 2] = white ? 255 : GREEN[2];
      raw[o + 3] = inShape ? 255 : 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 工: top bar, stem, bottom bar, within `scale` of the icon (maskable icons need a safe zone). */
const gong = (scale: number) => (u: number, v: number) => {
  const x = (u - 0.5) / scale + 0.5;
  const y = (v - 0.5) / scale + 0.5;
  const top = y > 0.2 && y < 0.32 && x > 0.22 && x < 0.78;
  const stem = x > 0.44 && x < 0.56 && y > 0.2 && y < 0.8;
  const bottom = y > 0.68 && y < 0.8 && x > 0.12 && x < 0.88;
  return top || stem || bottom;
};

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, true, gong(1)));
writeFileSync('public/icons/icon-512.png', png(512, true, gong(1)));
writeFileSync('public/icons/icon-maskable-512.png', png(512, false, gong(0.7)));
console.log('icons written to public/icons');
