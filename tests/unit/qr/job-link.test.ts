/**
 * A job's QR link (src/core/job-link.ts): it carries the essentials a phone without
 * the job can show, survives the way browsers re-encode it, stays small enough for a cheap
 * camera (QR version ≤ 10), and a scanned text is never taken for a job link of ours unless it is.
 */
import { describe, expect, it } from 'vitest';
import {
  checkInUrl,
  essentialsFromHash,
  type JobEssentials,
  jobQrText,
  QR_MAX_BYTES,
  readScanned,
} from '../../../src/core/job-link';
import { qrMatrix } from '../../../src/ui/qr/encode';

const ORIGIN = 'https://gig.example.cn';
const JOB: JobEssentials = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  title: '保洁员~#1 (日结)',
  wageMin: 150,
  wageMax: 180,
  wageUnit: 'day',
  regionCode: '630103101',
  phone: '0971-8123456',
};

/** The fragment of a link, as the app's router hands it over after a browser re-encoded it. */
const hashOf = (text: string) => new URL(text).hash;

describe('a job’s QR link', () => {
  it('is the job’s page with the essentials in the fragment, hanzi kept readable', () => {
    const text = jobQrText(ORIGIN, JOB);
    expect(text.startsWith(`${ORIGIN}/jobs/${JOB.id}#q1~`)).toBe(true);
    expect(text).toContain('保洁员');
    expect(text).not.toContain('#1'); // the title's own # is escaped, so it cannot end the link
  });

  it('gives the essentials back, raw or percent-encoded by a browser', () => {
    const text = jobQrText(ORIGIN, JOB);
    const raw = text.slice(text.indexOf('#'));
    expect(essentialsFromHash(JOB.id, raw)).toEqual(JOB);
    expect(essentialsFromHash(JOB.id, hashOf(text))).toEqual(JOB);
    const noPhone = { ...JOB, phone: undefined };
    expect(essentialsFromHash(JOB.id, hashOf(jobQrText(ORIGIN, noPhone)))).toEqual(noPhone);
  });

  it('stays a QR code of version 10 or lower with the longest title and a long address', () => {
    const longest = {
      ...JOB,
      title: '青海省西宁市城中区总寨镇大型蔬菜种植基地招聘长期采摘包装搬运工人包吃包住每月结算工资'.slice(0, 40),
    };
    const origin = 'https://lingong.renshe.xining.qinghai.gov.cn';
    const text = jobQrText(origin, { ...longest, wageMin: 999_999, wageMax: 1_000_000 });
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(QR_MAX_BYTES);
    expect(qrMatrix(text).version).toBeLessThanOrEqual(10);
    const back = essentialsFromHash(JOB.id, hashOf(text));
    expect(back?.title.endsWith('…')).toBe(true);
    expect(longest.title.startsWith(back!.title.slice(0, -1))).toBe(true);
    // A title that fits is not cut.
    expect(essentialsFromHash(JOB.id, hashOf(jobQrText(origin, JOB)))?.title).toBe(JOB.title);
  });

  it('refuses a fragment that is not ours or does not hold up', () => {
    const good = hashOf(jobQrText(ORIGIN, JOB));
    expect(essentialsFromHash(JOB.id, '')).toBeNull();
    expect(essentialsFromHash(JOB.id, '#top')).toBeNull();
    expect(essentialsFromHash(JOB.id, good.replace('~day~', '~week~'))).toBeNull();
    expect(essentialsFromHash(JOB.id, good.replace('~150~', '~999~'))).toBeNull(); // min above max
    expect(essentialsFromHash(JOB.id, good.replace('~150~', '~-5~'))).toBeNull();
    expect(essentialsFromHash(JOB.id, good.replace('0971-8123456', '12345'))).toBeNull();
    expect(essentialsFromHash(JOB.id, `${good}%E4`)).toBeNull();
    expect(essentialsFromHash('not-an-id', good)).toBeNull();
  });
});

describe('a scanned text', () => {
  it('is a job of ours only on this app’s own address', () => {
    const text = jobQrText(ORIGIN, JOB);
    const scanned = readScanned(text, ORIGIN);
    expect(scanned.kind).toBe('job');
    expect(scanned.kind === 'job' && scanned.path.startsWith(`/jobs/${JOB.id}#q1~`)).toBe(true);
    expect(readScanned(`${ORIGIN}/jobs/${JOB.id}`, ORIGIN)).toEqual({ kind: 'job', path: `/jobs/${JOB.id}` });
  });

  it('is a web address to ask about when it is anyone else’s, even shaped like ours', () => {
    expect(readScanned(jobQrText('https://evil.example', JOB), ORIGIN).kind).toBe('web');
    expect(readScanned(`${ORIGIN}/login`, ORIGIN)).toEqual({ kind: 'web', url: `${ORIGIN}/login` });
    expect(readScanned(`${ORIGIN}/jobs/${JOB.id}/../../login`, ORIGIN).kind).toBe('web');
  });

  it('is a station’s door check-in only on this app’s own address, whatever follows the path', () => {
    const stationId = JOB.id;
    const poster = checkInUrl(ORIGIN, stationId);
    expect(readScanned(poster, ORIGIN)).toEqual({ kind: 'checkIn', path: `/checkin/${stationId}` });
    expect(readScanned(`${poster}?x=1#y`, ORIGIN)).toEqual({ kind: 'checkIn', path: `/checkin/${stationId}` });
    expect(readScanned(checkInUrl('https://evil.example', stationId), ORIGIN).kind).toBe('web');
    expect(readScanned(`${ORIGIN}/checkin/not-an-id`, ORIGIN).kind).toBe('web');
    // A few modules a side: a phone reads the poster from a step away.
    expect(qrMatrix(poster).version).toBeLessThanOrEqual(5);
  });

  it('is plain text otherwise', () => {
    expect(readScanned(' WIFI:S:驿站;T:WPA;P:1234;; ', ORIGIN)).toEqual({
      kind: 'text',
      text: 'WIFI:S:驿站;T:WPA;P:1234;;',
    });
    expect(readScanned('javascript:alert(1)', ORIGIN).kind).toBe('text');
  });
});
