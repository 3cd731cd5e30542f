/** 职业兴趣小测: the questions, the traits of the dictionary's occupations, and the scoring. */
import { describe, expect, it } from 'vitest';
import { occupationByCode, OCCUPATIONS } from '../../../src/core/occupations';
import { type Answers, OCCUPATION_TRAITS, QUESTIONS, REASON, suggest, TRAITS } from '../../../src/features/career/quiz';
import { zh } from '../../../src/features/career/strings';

/** Answers by the words of the chosen buttons, as the worker sees them. */
function answering(chosen: Record<string, string>): Answers {
  return Object.fromEntries(
    Object.entries(chosen).map(([id, label]) => {
      const question = QUESTIONS.find((q) => q.id === id);
      const index = question?.choices.findIndex((c) => zh[c.label] === label) ?? -1;
      if (index < 0) throw new Error(`no answer ${label} to ${id}`);
      return [id, index];
    }),
  );
}
const codes = (answers: Answers) => suggest(answers).map((s) => s.code);

describe('the interest quiz', () => {
  it('asks 8 to 12 questions, each with two or three answers that have words and a picture', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(8);
    expect(QUESTIONS.length).toBeLessThanOrEqual(12);
    for (const question of QUESTIONS) {
      expect(zh[question.prompt]).toBeTruthy();
      expect(question.choices.length).toBeGreaterThanOrEqual(2);
      expect(question.choices.length).toBeLessThanOrEqual(3);
      for (const choice of question.choices) {
        expect(zh[choice.label]).toBeTruthy();
        expect(choice.icon).toMatch(/^M/);
      }
    }
  });

  it('knows the traits of every dictionary occupation, and only of those, and a reason for every trait', () => {
    expect(Object.keys(OCCUPATION_TRAITS).sort()).toEqual(OCCUPATIONS.map((o) => o.code).sort());
    for (const traits of Object.values(OCCUPATION_TRAITS)) expect(traits.every((t) => TRAITS.includes(t))).toBe(true);
    for (const trait of TRAITS) expect(zh[REASON[trait]]).toBeTruthy();
  });

  it('suggests a driver to someone with a licence who likes people, and says why', () => {
    const answers = answering({ drive: '有驾照', with: '跟人打交道' });
    const [first, second] = suggest(answers);
    expect(first).toEqual({ code: 'driver', score: 2, because: ['people', 'drive'] });
    // A licence covers riding too: the courier ties, after the driver in dictionary order.
    expect(second).toEqual({ code: 'courier', score: 2, because: ['people', 'ride'] });
  });

  it('suggests farm work to someone strong who likes the outdoors and farming, never a driving job without a licence', () => {
    const answers = answering({
      where: '外面',
      strength: '力气大，不怕累',
      farm: '喜欢',
      drive: '都不会',
      machine: '不喜欢',
    });
    const suggested = codes(answers);
    expect(suggested.slice(0, 2)).toEqual(['harvester', 'farmhand']);
    for (const code of suggested) expect(OCCUPATION_TRAITS[code]).not.toContain('drive');
    expect(suggested).not.toContain('tractor_driver');
  });

  it('suggests care work to someone who cooks, cares and tidies indoors', () => {
    const answers = answering({ where: '屋里', cook: '会做饭', care: '愿意', tidy: '喜欢' });
    expect(codes(answers)[0]).toBe('nanny');
    expect(suggest(answers)[0].because).toEqual(['indoor', 'cook', 'care', 'tidy']);
  });

  it('puts a trait the answers ruled out against an occupation: no night work, no security guard', () => {
    const base = { with: '跟人打交道', hours: '固定时间' };
    expect(codes(answering({ ...base, night: '能' }))[0]).toBe('security_guard');
    expect(codes(answering({ ...base, night: '只上白班' }))).not.toContain('security_guard');
  });

  it('is deterministic: the same answers give the same list, ties in dictionary order, at most five', () => {
    const answers = answering({ with: '动手干活' });
    const first = suggest(answers);
    expect(suggest({ ...answers })).toEqual(first);
    expect(first).toHaveLength(5);
    const order = first.map((s) => OCCUPATIONS.findIndex((o) => o.code === s.code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(first.every((s) => s.score === 1 && s.because[0] === 'hands')).toBe(true);
  });

  it('suggests nothing before any answer, and ignores answers to questions it does not ask', () => {
    expect(suggest({})).toEqual([]);
    expect(suggest({ nonsense: 0, where: 7 })).toEqual([]);
  });

  it('suggests only occupations the dictionary has, so each opens a search that finds it', () => {
    const answers = answering({ where: '外面', with: '动手干活', hours: '自由一点', drive: '会骑电动车' });
    for (const code of codes(answers)) expect(occupationByCode(code)).toBeDefined();
  });
});
