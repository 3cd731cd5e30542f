/**
 * The user's position, asked for only when they choose a distance filter (consent), kept
 * for the session and never sent anywhere: distances are computed on the phone.
 */
import { createSignal } from 'solid-js';

export interface Position {
  lat: number;
  lon: number;
}

const [position, setPosition] = createSignal<Position | null>(null);
const [denied, setDenied] = createSignal(false);
export { denied, position };

export function requestPosition(): Promise<Position | null> {
  if (position()) return Promise.resolve(position());
  if (!('geolocation' in navigator)) {
    setDenied(true);
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const here = { lat: p.coords.latitude, lon: p.coords.longitude };
        setPosition(here);
        setDenied(false);
        resolve(here);
      },
      () => {
        setDenied(true);
        resolve(null);
      },
      { enableHighAccuracy: false, maximumAge: 10 * 60_000, timeout: 15_000 },
    );
  });
}
