/** Station photos: the size a picture is made before upload, and what the server takes as a JPEG. */
import { describe, expect, it } from 'vitest';
import { isJpeg, STATION_PHOTO_MAX_SIDE, stationPhotoUrl } from '../../../src/core/station-photo';
import { fitWithin } from '../../../src/features/stations/photo';

describe('station photos', () => {
  it('fits the longer side within the limit, keeping the shape and never enlarging', () => {
    expect(fitWithin(4000, 3000, STATION_PHOTO_MAX_SIDE)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3000, 4000, STATION_PHOTO_MAX_SIDE)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(800, 600, STATION_PHOTO_MAX_SIDE)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(9000, 10, STATION_PHOTO_MAX_SIDE)).toEqual({ width: 1280, height: 1 });
  });

  it('knows a JPEG by its first bytes', () => {
    expect(isJpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe(true);
    expect(isJpeg(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe(false);
    expect(isJpeg(new Uint8Array([0xff, 0xd8]))).toBe(false);
  });

  it('names a photo’s URL by its hash, and none without a photo', () => {
    const id = '0193a2b4-0000-7000-8000-000000000001';
    expect(stationPhotoUrl({ id })).toBeUndefined();
    expect(stationPhotoUrl({ id, photo: { hash: 'ab'.repeat(32) } })).toBe(
      `/api/stations/${id}/photo?v=${'ab'.repeat(32)}`,
    );
  });
});
