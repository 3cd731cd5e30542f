/** 练面试: which questions a practice asks for which work. */
import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  firstGroup,
  groupOf,
  INTERVIEW_GROUPS,
  practiceQuestions,
} from '../../../src/features/career/interview';
import { en } from '../../../src/features/career/strings.en';
import { zh } from '../../../src/features/career/strings';
import { OCCUPATIONS } from '../../../src/core/occupations';

describe('interview practice', () => {
  it('has the groups the stations asked for: construction, cleaning, kitchen, delivery, driving, care, factory, security', () => {
    expect(INTERVIEW_GROUPS).toEqual(
      expect.arrayContaining([
        'construction',
        'cleaning',
        'kitchen',
        'delivery',
        'driving',
        'care',
        'factory',
        'security',
      ]),
    );
  });

  it('words every question and its tip in both languages', () => {
    const questions = allQuestions();
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(zh[q.ask], q.id).toBeTruthy();
      expect(zh[q.tip], q.id).toBeTruthy();
      expect(en[q.ask], q.id).toBeTruthy();
      expect(en[q.tip], q.id).toBeTruthy();
    }
  });

  it('opens with the introduction, asks the group’s own questions, closes with the worker’s questions', () => {
    const kitchen = practiceQuestions('kitchen').map((q) => q.id);
    expect(kitchen).toEqual([
      'intro',
      'experience',
      'kitchen.dishes',
      'kitchen.hygiene',
      'kitchen.rush',
      'start',
      'ask',
    ]);
    for (const group of INTERVIEW_GROUPS) {
      const own = practiceQuestions(group).filter((q) => q.id.startsWith(`${group}.`));
      expect(own.length, group).toBeGreaterThanOrEqual(3);
    }
  });

  it('finds a group for every occupation of the dictionary: drivers drive, cleaners clean, cooks cook', () => {
    for (const occupation of OCCUPATIONS) expect(groupOf(occupation.code), occupation.code).toBeDefined();
    expect(groupOf('truck_driver')).toBe('driving');
    expect(groupOf('cleaner')).toBe('cleaning');
    expect(groupOf('cook')).toBe('kitchen');
    expect(groupOf('security_guard')).toBe('security');
    expect(groupOf('caregiver')).toBe('care');
    expect(groupOf('assembly_worker')).toBe('factory');
    expect(groupOf('courier')).toBe('delivery');
    expect(groupOf('bricklayer')).toBe('construction');
    expect(groupOf('no_such_job')).toBeUndefined();
  });

  it('starts with the first wished occupation the dictionary knows, else construction', () => {
    expect(firstGroup(['gone', 'dishwasher', 'driver'])).toBe('kitchen');
    expect(firstGroup([])).toBe('construction');
  });
});
