/**
 * Pixels → a QR code's text: the browser's own BarcodeDetector where it has one (native, off
 * the main thread), else jsqr in the qr worker, started on first use. Lazily loaded screens only.
 */
import { type Remote, transfer, wrap } from 'comlink';
import type { QrWorkerApi } from '../../../workers/qr.worker';

/** The part of the Barcode Detection API we use (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(image: ImageData): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

let detector: Promise<BarcodeDetectorLike | null> | undefined;
let worker: Remote<QrWorkerApi> | undefined;

function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  detector ??= (async () => {
    const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
    // Some browsers have the class but no QR format (desktop Linux Chrome lists none).
    if (!Detector || !(await Detector.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) return null;
    return new Detector({ formats: ['qr_code'] });
  })();
  return detector;
}

function qrWorker(): Remote<QrWorkerApi> {
  worker ??= wrap<QrWorkerApi>(
    new Worker(new URL('../../../workers/qr.worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker;
}

/** The text of the first QR code in `image`, or null. The image's pixels are handed over (not copied). */
export async function decodeQr(image: ImageData): Promise<string | null> {
  const native = await nativeDetector();
  if (native) {
    const [found] = await native.detect(image);
    return found?.rawValue ?? null;
  }
  return qrWorker().read(transfer(image.data, [image.data.buffer]), image.width, image.height);
}

/** Pixels of a picture file, scaled so its longer side is at most `maxSide` (a phone photo is 12 MP). */
export async function pictureData(file: Blob, maxSide = 1200): Promise<ImageData> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}
