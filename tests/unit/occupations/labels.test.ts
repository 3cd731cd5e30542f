import { describe, expect, it } from 'vitest';
import { occupationLabel } from '../../../src/core/occupations';

describe('occupationLabel', () => {
  it('names a trade in Chinese, or in English with a capital', () => {
    expect(occupationLabel('cleaner', 'zh')).toBe('保洁员');
    expect(occupationLabel('cleaner', 'en')).toBe('Cleaner');
  });

  it('never shows a code the dictionary does not have', () => {
    expect(occupationLabel('retired_trade', 'zh')).toBe('—');
    expect(occupationLabel('retired_trade', 'en')).toBe('—');
  });
});
