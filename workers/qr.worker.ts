/**
 * The qr worker: reads QR codes from camera frames and pictures off the main thread, where
 * the browser has no BarcodeDetector. Created only by src/ui/qr/decode.ts.
 */
import '../src/core/legacy';
import { expose } from 'comlink';
import { readQr } from './qr/read';

const api = {
  read: (data: Uint8ClampedArray, width: number, height: number) => readQr(data, width, height),
};

export type QrWorkerApi = typeof api;
expose(api);
