/** Every occupation and category has its picture; the search box reads hanzi, pinyin and English. */
import { describe, expect, it } from 'vitest';
import { OCCUPATION_CATEGORIES, OCCUPATIONS } from '../../../src/core/occupations';
import { CATEGORIES, occupationPicture, picturePath } from '../../../src/features/occupations/icons';
import { afterTap } from '../../../src/features/occupations/choices';
import { createEngine } from '../../../workers/match/engine';

describe('occupation pictures', () => {
  it('give every category a picture and a name in the picker’s words', () => {
    expect(OCCUPATION_CATEGORIES.filter((c) => !CATEGORIES[c])).toEqual([]);
  });

  it('give every occupation a picture (its own, or its category’s)', () => {
    expect(OCCUPATIONS.filter((o) => !occupationPicture(o.code)).map((o) => o.code)).toEqual([]);
    expect(occupationPicture('no_such_trade')).toBeUndefined();
    expect(picturePath(occupationPicture('electrician')!)).toMatch(/^M13 2/);
  });
});

describe('the picker’s choices', () => {
  it('adds up to the limit, then answers "full" instead of ignoring the tap', () => {
    expect(afterTap(['cook', 'waiter'], 'cleaner', 3)).toEqual(['cook', 'waiter', 'cleaner']);
    expect(afterTap(['cook', 'waiter', 'cleaner'], 'driver', 3)).toBe('full');
    expect(afterTap(['cook', 'waiter', 'cleaner'], 'waiter', 3)).toEqual(['cook', 'cleaner']);
  });

  it('with a limit of one, a new choice replaces the old', () => {
    expect(afterTap(['cook'], 'cleaner', 1)).toEqual(['cleaner']);
    expect(afterTap(['cook'], 'cook', 1)).toEqual([]);
  });
});

describe('the picker’s search (the match engine’s dictionary reading)', () => {
  const engine = createEngine();
  it.each([
    ['diangong', 'electrician'],
    ['电', 'electrician'],
    ['电工', 'electrician'],
    ['driver', 'driver'],
    ['保洁', 'cleaner'],
    ['焊', 'welder'],
  ])('%s finds %s first', (typed, code) => {
    expect(engine.occupationsNamed(typed)[0]).toBe(code);
  });

  it('finds nothing for words that name no trade', () => {
    expect(engine.occupationsNamed('你好')).toEqual([]);
  });
});
