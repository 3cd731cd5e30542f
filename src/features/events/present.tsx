/** How a session is shown in the calendar, on its page and in the reminders: kind, day, time. */
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type { Event } from '../../core/records';
import { lang } from '../../i18n';
import { formatTime } from '../../ui/format';
import { startOfDay } from './calendar';
import { t } from './strings';

/** 24×24 SVG paths: a fair is people at a stand, a live stream a screen with a play mark. */
const KIND_ICON: Record<Event['kind'], string> = {
  job_fair:
    'M7 4a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zm10 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM2 20v-4c0-2 2-4 5-4s5 2 5 4c0-2 2-4 5-4s5 2 5 4v4z',
  live_stream: 'M3 5h18v12H3zm7 3v6l5-3zM8 19h8v2H8z',
};

/** The kind as an icon and its words: 招聘会, 直播带岗. */
export function KindMark(props: { kind: Event['kind'] }) {
  return (
    <span class={`event-kind ${props.kind}`}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path d={KIND_ICON[props.kind]} fill="currentColor" />
      </svg>
      {t(`events.kind.${props.kind}`)}
    </span>
  );
}

/** "12月3日 周四": a date the same whenever it is read. */
export const dateLabel = (at: number): string =>
  new Intl.DateTimeFormat(lang() === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(at);

/** 今天 / 明天 / "12月3日 周四" for a day's midnight. */
export function dayLabel(day: number, now: number): string {
  const today = startOfDay(now);
  if (day === today) return t('events.today');
  if (day === startOfDay(today + 36 * 3_600_000)) return t('events.tomorrow');
  return dateLabel(day);
}

/** "今天 09:00–12:00", or "12月3日 周四 09:00" for a start alone. */
export function whenText(at: number, now: number, until?: number): string {
  const range = until === undefined ? formatTime(at) : `${formatTime(at)}–${formatTime(until)}`;
  return `${dayLabel(startOfDay(at), now)} ${range}`;
}

/** The time, moving on every half minute while the screen is shown (due reminders, 正在进行). */
export function useNow(): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(timer));
  return now;
}
