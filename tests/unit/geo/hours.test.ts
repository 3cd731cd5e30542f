import { describe, expect, it } from 'vitest';
import { isOpen, localMinuteOfDay, openState } from '../../../src/core/geo';

/** An instant given as Beijing wall-clock time, whatever zone the test machine is in. */
const beijing = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00+08:00`);

describe('open now, in China time', () => {
  it('reads the clock in UTC+8, not the machine zone', () => {
    expect(localMinuteOfDay(beijing('08:30'))).toBe(8 * 60 + 30);
    expect(localMinuteOfDay(Date.parse('2026-03-02T00:30:00Z'))).toBe(8 * 60 + 30);
  });

  it('daytime hours: open inside, closed before and at closing time', () => {
    const hours = { allDay: false, daily: '08:30-17:30' };
    expect(openState(hours, beijing('08:29'))).toEqual({ kind: 'closed', opens: '08:30' });
    expect(openState(hours, beijing('08:30'))).toEqual({ kind: 'open', closes: '17:30' });
    expect(isOpen(hours, beijing('17:29'))).toBe(true);
    expect(isOpen(hours, beijing('17:30'))).toBe(false);
  });

  it('hours past midnight', () => {
    const night = { allDay: false, daily: '22:00-06:00' };
    expect(isOpen(night, beijing('23:00'))).toBe(true);
    expect(isOpen(night, beijing('05:59'))).toBe(true);
    expect(isOpen(night, beijing('12:00'))).toBe(false);
  });

  it('24 hours and unknown hours', () => {
    expect(openState({ allDay: true }, beijing('03:00'))).toEqual({ kind: 'allDay' });
    expect(isOpen({ allDay: true }, beijing('03:00'))).toBe(true);
    expect(openState({ allDay: false }, beijing('10:00'))).toEqual({ kind: 'unknown' });
    expect(isOpen({ allDay: false }, beijing('10:00'))).toBe(false);
  });
});
