/**
 * Chinese first, English on request; `t` reads the language reactively, so switching
 * re-renders every label without a reload.
 *
 * Words live in catalogs, each beside the code that shows them, so a screen's words load
 * with the screen: `./zh.ts` holds what the first bundle shows (the shell, the sync badge,
 * the job list, search), and each lazily loaded feature has its own `strings.ts`. A
 * catalog's English is a separate chunk, fetched only once English is chosen. A feature
 * makes its `t` from the base catalog and its own, so it can use exactly those keys:
 *
 *   const words = catalog({ 'post.title': '发布岗位' } as const, () => import('./strings.en'));
 *   export const t = translator(base, words);
 */
import { type Accessor, createSignal } from 'solid-js';
import type { Lang } from '../core/words';
import { zh } from './zh';

export type { Lang };

const STORAGE_KEY = 'gig-station.lang';

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'zh';
}

const [lang, setLangSignal] = createSignal<Lang>(initialLang());
export { lang };

/** Every catalog's "fetch your English" hook, called when English is chosen. */
const englishLoaders = new Set<() => void>();

export function setLang(next: Lang): void {
  if (next === 'en') for (const load of englishLoaders) load();
  setLangSignal(next);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** One set of words: the Chinese, and the English once fetched. */
export interface Catalog<K extends string> {
  readonly zh: Readonly<Record<K, string>>;
  readonly english: Accessor<Readonly<Record<K, string>> | undefined>;
}

/** A catalog from its Chinese words and the import of its English module (`export const en`). */
export function catalog<const Z extends Record<string, string>>(
  zh: Z,
  loadEnglish: () => Promise<{ en: Readonly<Record<keyof Z, string>> }>,
): Catalog<keyof Z & string> {
  const [english, setEnglish] = createSignal<Readonly<Record<keyof Z, string>>>();
  const load = () => {
    englishLoaders.delete(load);
    void loadEnglish().then((m) => setEnglish(() => m.en));
  };
  englishLoaders.add(load);
  if (lang() === 'en') load();
  return { zh, english };
}

type KeyOf<C> = C extends Catalog<infer K> ? K : never;

export interface Translate<K extends string> {
  (key: K, params?: Record<string, string | number>): string;
  /** True for a key one of this translator's catalogs holds (for keys built from data, e.g. error codes). */
  has(key: string): key is K;
}

/** `t` over some catalogs: a key is looked up in the catalog that holds it. */
export function translator<C extends Catalog<string>[]>(...catalogs: C): Translate<KeyOf<C[number]>> {
  const holder = (key: string) => catalogs.find((c) => key in c.zh);
  const t = (key: string, params?: Record<string, string | number>) => {
    const c = holder(key);
    if (!c) return key;
    const template = (lang() === 'en' && c.english()?.[key]) || c.zh[key];
    return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : template;
  };
  return Object.assign(t, { has: (key: string) => holder(key) !== undefined }) as unknown as Translate<
    KeyOf<C[number]>
  >;
}

/** The keys a translator knows, for tables that map data to words (`Record<Role, KeyIn<typeof t>>`). */
export type KeyIn<T> = T extends Translate<infer K> ? K : never;

/** The first bundle's words: the shell, the badge, the job list and search, and the words every feature shares. */
export const base = catalog(zh, () => import('./en'));
export const t = translator(base);
export type MessageKey = keyof typeof zh;
