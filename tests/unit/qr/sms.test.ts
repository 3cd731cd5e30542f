/** The share sheet's SMS (src/features/share/words.ts): the essentials in one message of 70 characters. */
import { describe, expect, it } from 'vitest';
import { SMS_MAX_CHARS, smsText } from '../../../src/features/share/words';

describe('a job’s SMS text', () => {
  it('says title, wage, town, phone and that nothing is charged', () => {
    const text = smsText({ title: '保洁员', phone: '0971-8123456' }, '150-180 元/天', '总寨镇');
    expect(text).toBe('保洁员，150-180 元/天，总寨镇。电话0971-8123456。不收任何费用。');
  });

  it('cuts a long title so the whole message stays one SMS, the phone and the no-fee line kept', () => {
    const title = '大型蔬菜种植基地招聘长期采摘包装搬运工人包吃包住每月结算工资另有全勤奖和节日福利';
    const text = smsText({ title, phone: '0971-8123456' }, '4500-6000 元/月', '西宁市城中区总寨镇');
    expect(Array.from(text).length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(text.startsWith(title.slice(0, 10))).toBe(true);
    expect(text).toContain('…');
    expect(text).toContain('0971-8123456');
    expect(text.endsWith('不收任何费用。')).toBe(true);
  });

  it('leaves the phone out when the job has none', () => {
    expect(smsText({ title: '挖掘机司机' }, '400 元/天', '总寨镇')).toBe(
      '挖掘机司机，400 元/天，总寨镇。不收任何费用。',
    );
  });
});
