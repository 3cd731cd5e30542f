/** The read-aloud player's pure parts: how text becomes sentences, and which voice reads. */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences, spokenForm } from '../../../src/ui/speech/sentences';
import { chooseVoice, loadVoices, type VoiceLike, voiceFor } from '../../../src/ui/speech/voices';

describe('splitSentences', () => {
  it('cuts Chinese text after each end mark, keeping closing quotes with their sentence', () => {
    expect(splitSentences('带身份证到驿站登记。补贴期限一般不超过3年！有问题吗？“打12333。”最后一句')).toEqual([
      '带身份证到驿站登记。',
      '补贴期限一般不超过3年！',
      '有问题吗？',
      '“打12333。”',
      '最后一句',
    ]);
  });

  it('reads each line as its own sentence and drops empty lines and stray punctuation', () => {
    expect(splitSentences('能领多少：一次性5000元\n\n谁能领：首次创业的人\n。。\n  ')).toEqual([
      '能领多少：一次性5000元',
      '谁能领：首次创业的人',
    ]);
  });

  it('ends English sentences at a full stop before a space, not inside a number', () => {
    expect(splitSentences('Pay is 3.5 yuan a piece. Bring your ID card.')).toEqual([
      'Pay is 3.5 yuan a piece.',
      'Bring your ID card.',
    ]);
  });

  it('keeps several end marks together (！？ and ……)', () => {
    expect(splitSentences('真的吗？！当然……好的')).toEqual(['真的吗？！', '当然……', '好的']);
  });

  it('cuts a sentence too long to read in one go at its commas, never beyond the limit', () => {
    const clause = '参加职业技能培训并取得证书的人员';
    const long = `${Array.from({ length: 12 }, () => clause).join('，')}。`;
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= MAX_SENTENCE)).toBe(true);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith('，'))).toBe(true);
    expect(pieces.join('')).toBe(long);
    // Without a comma to cut at, it is cut at the limit.
    const unbroken = '补'.repeat(200);
    expect(splitSentences(unbroken)).toEqual(['补'.repeat(80), '补'.repeat(80), '补'.repeat(40)]);
  });
});

describe('spokenForm', () => {
  it('says phone numbers and hotlines digit by digit', () => {
    expect(spokenForm('打电话 13800000002', 'zh')).toBe('打电话 1 3 8 0 0 0 0 0 0 0 2');
    expect(spokenForm('电话0971-8123456，或打12333。', 'zh')).toBe('电话0 9 7 1 8 1 2 3 4 5 6，或打1 2 3 3 3。');
  });

  it('says a range as a range, but leaves dates and sums alone', () => {
    expect(spokenForm('150-200 元/天', 'zh')).toBe('150到200 元/天');
    expect(spokenForm('¥150-180/day', 'en')).toBe('¥150 to 180/day');
    expect(spokenForm('2026-12-01起，补贴5000元', 'zh')).toBe('2026-12-01起，补贴5000元');
  });
});

const voice = (lang: string, name: string, localService = true) => ({ lang, name, localService });

describe('chooseVoice', () => {
  const phone = [
    voice('en-US', 'English'),
    voice('zh-HK', 'Cantonese'),
    voice('zh-TW', 'Taiwan Mandarin'),
    voice('zh-CN', 'Network Mandarin', false),
    voice('zh_CN', 'Phone Mandarin'),
  ];

  it('prefers mainland Mandarin on the phone over a network voice and other Chinese', () => {
    expect(chooseVoice(phone, 'zh')?.name).toBe('Phone Mandarin');
    expect(chooseVoice(phone.slice(0, 4), 'zh')?.name).toBe('Network Mandarin');
    expect(chooseVoice(phone.slice(0, 3), 'zh')?.name).toBe('Taiwan Mandarin');
    expect(chooseVoice(phone.slice(0, 2), 'zh')?.name).toBe('Cantonese');
    expect(chooseVoice([voice('cmn-Hans-CN', 'Android Mandarin')], 'zh')?.name).toBe('Android Mandarin');
  });

  it('finds no Chinese voice on a phone with only English, or with none', () => {
    expect(chooseVoice([voice('en-GB', 'British')], 'zh')).toBeUndefined();
    expect(chooseVoice([], 'zh')).toBeUndefined();
  });

  it('reads the English UI with an English voice, else a Chinese one', () => {
    expect(voiceFor(phone, 'en')?.name).toBe('English');
    expect(voiceFor(phone.slice(1), 'en')?.name).toBe('Phone Mandarin');
    expect(voiceFor([voice('en-US', 'English')], 'zh')).toBeUndefined();
  });
});

/** A speech engine that lists its voices late, as Chrome does, or never. */
function lateEngine(voices: VoiceLike[]) {
  const events = new EventTarget();
  let listed: VoiceLike[] = [];
  return Object.assign(events, {
    getVoices: () => listed as SpeechSynthesisVoice[],
    list() {
      listed = voices;
      events.dispatchEvent(new Event('voiceschanged'));
    },
  });
}

describe('loadVoices', () => {
  it('waits for voiceschanged when the phone lists its voices late', async () => {
    const engine = lateEngine([voice('zh-CN', 'Mandarin')]);
    const loading = loadVoices(engine, 5_000);
    setTimeout(() => engine.list(), 10);
    expect((await loading).map((v) => v.name)).toEqual(['Mandarin']);
  });

  it('gives up after the timeout on a phone that never lists any', async () => {
    const started = Date.now();
    expect(await loadVoices(lateEngine([]), 50)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
