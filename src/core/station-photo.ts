/**
 * A station's photo travels apart from its record (stations go to every phone in the first
 * sync): the desk uploads the JPEG to the server, the record learns its hash, and phones
 * fetch the picture by that hash when a page shows it (docs/ACCESS.md › station photos).
 */

/** What a phone downscales to and the server accepts: one photo is at most this many bytes. */
export const STATION_PHOTO_MAX_BYTES = 150 * 1024;
/** The longest side a phone downscales a picture to, in pixels. */
export const STATION_PHOTO_MAX_SIDE = 1280;

export const stationPhotoPath = (stationId: string): string => `/api/stations/${stationId}/photo`;

/** The URL of this version of the photo: a new photo has a new URL, so caches never show an old one. */
export const stationPhotoUrl = (station: { id: string; photo?: { hash: string } }): string | undefined =>
  station.photo && `${stationPhotoPath(station.id)}?v=${station.photo.hash}`;

/** A JPEG file starts with the SOI marker and a further marker (FF D8 FF). */
export const isJpeg = (bytes: Uint8Array): boolean =>
  bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
