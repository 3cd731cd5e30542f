/**
 * A station's photo on the desk's phone: the picture is made small here (the server takes at
 * most 150 KB, and a village desk's upload is slow), then sent with progress. Uploading needs
 * the network; nothing of it waits in the outbox (a photo is not a record, docs/ACCESS.md).
 */
import { STATION_PHOTO_MAX_BYTES, STATION_PHOTO_MAX_SIDE, stationPhotoPath } from '../../core/station-photo';

/** JPEG qualities tried in turn until the picture fits; past the last, the picture shrinks. */
const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45];
/** How much each side shrinks when even the lowest quality is too big (a very busy picture). */
const SHRINK = 0.75;

/** Width and height with the longer side at most `maxSide`, never enlarged. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

const jpegOf = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/**
 * The picture as a JPEG of at most STATION_PHOTO_MAX_BYTES, its longer side at most
 * STATION_PHOTO_MAX_SIDE: decoding happens off the main thread (createImageBitmap), and
 * lower qualities are tried before smaller sizes. Throws when the file is no picture.
 */
export async function downscalePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    let size = fitWithin(bitmap.width, bitmap.height, STATION_PHOTO_MAX_SIDE);
    const canvas = document.createElement('canvas');
    for (;;) {
      canvas.width = size.width;
      canvas.height = size.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.drawImage(bitmap, 0, 0, size.width, size.height);
      for (const quality of QUALITIES) {
        const blob = await jpegOf(canvas, quality);
        if (blob && blob.size <= STATION_PHOTO_MAX_BYTES) return blob;
      }
      size = fitWithin(size.width, size.height, Math.round(Math.max(size.width, size.height) * SHRINK));
    }
  } finally {
    bitmap.close();
  }
}

/** Why an upload failed: an error code of src/ui/errors.ts (NETWORK when the phone could not reach the server). */
export class PhotoUploadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Send the photo; `onProgress` hears the share sent (0..1). XMLHttpRequest, because fetch
 * tells nothing of an upload's progress. Resolves with the stored photo's hash.
 */
export function uploadStationPhoto(
  stationId: string,
  photo: Blob,
  accessToken: string,
  onProgress: (share: number) => void,
): Promise<{ hash: string; at: number }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', stationPhotoPath(stationId));
    request.setRequestHeader('Content-Type', 'image/jpeg');
    request.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new PhotoUploadError('NETWORK'));
    request.ontimeout = request.onerror;
    request.onload = () => {
      const body = request.response as { hash?: string; at?: number; error?: string } | null;
      if (request.status === 200 && body?.hash) resolve({ hash: body.hash, at: body.at ?? Date.now() });
      else reject(new PhotoUploadError(body?.error ?? 'FAILED'));
    };
    request.send(photo);
  });
}
