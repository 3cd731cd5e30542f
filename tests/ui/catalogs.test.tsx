/**
 * The word catalogs (src/i18n/zh.ts and each lazily loaded part's strings.ts): complete in
 * English, each key in one catalog only, the same {placeholders} in both languages, and
 * a feature's `t` switches language once its English chunk has arrived.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lang, setLang } from '../../src/i18n';

type Words = Record<string, string>;
const chinese = import.meta.glob<Words>(['../../src/**/strings.ts', '../../src/i18n/zh.ts', '../../src/ui/errors.ts'], {
  eager: true,
  import: 'zh',
});
const english = import.meta.glob<Words>(
  ['../../src/**/strings.en.ts', '../../src/i18n/en.ts', '../../src/ui/errors.en.ts'],
  {
    eager: true,
    import: 'en',
  },
);
const englishOf = (path: string) =>
  english[path.replace(/zh\.ts$/, 'en.ts').replace(/(strings|errors)\.ts$/, '$1.en.ts')];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('word catalogs', () => {
  afterEach(() => setLang('zh'));

  it('finds every catalog: the first bundle’s, the errors, the form kit and each feature’s', () => {
    const names = Object.keys(chinese).map((p) => p.replace('../../src/', ''));
    expect(names).toEqual(
      expect.arrayContaining(['i18n/zh.ts', 'ui/errors.ts', 'ui/form/strings.ts', 'features/jobs/strings.ts']),
    );
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  it('has every key in English too, with the same placeholders', () => {
    for (const [path, zh] of Object.entries(chinese)) {
      const en = englishOf(path);
      expect(en, path).toBeDefined();
      expect(Object.keys(en).sort(), path).toEqual(Object.keys(zh).sort());
      for (const key of Object.keys(zh)) expect(placeholders(en[key]), `${path} ${key}`).toEqual(placeholders(zh[key]));
    }
  });

  it('keeps each key in one catalog, so a key means one thing wherever it is used', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [path, zh] of Object.entries(chinese)) {
      for (const key of Object.keys(zh)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${path}`);
        seen.set(key, path);
      }
    }
    expect(twice).toEqual([]);
  });

  it('switches a feature’s words to English once its English chunk is in, and back', async () => {
    const { t } = await import('../../src/features/jobs/strings');
    expect(t('post.title')).toBe('发布岗位');
    expect(t('pay.daily')).toBe('日结'); // a base word, through the feature's t
    setLang('en');
    expect(lang()).toBe('en');
    await expect.poll(() => t('post.title')).toBe('Post a job');
    expect(t('pay.daily')).toBe('Paid daily');
    setLang('zh');
    expect(t('post.title')).toBe('发布岗位');
  });
});
