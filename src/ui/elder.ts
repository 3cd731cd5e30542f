/**
 * 长辈模式: bigger words and buttons, fewer choices per screen. Remembered on the phone; the
 * `elder` class on <html> (set in main.tsx before the first render, so nothing jumps) drives
 * the CSS, the signal the screens that show less in it.
 */
import { createSignal } from 'solid-js';

const STORAGE_KEY = 'gig-station.elder';

const [elder, setElderSignal] = createSignal(localStorage.getItem(STORAGE_KEY) === '1');
export { elder };

export function setElder(on: boolean): void {
  setElderSignal(on);
  if (on) localStorage.setItem(STORAGE_KEY, '1');
  else localStorage.removeItem(STORAGE_KEY);
  document.documentElement.classList.toggle('elder', on);
}
