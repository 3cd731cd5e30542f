/**
 * Chinese first, English on request. `t` reads the current language reactively, so
 * switching re-renders every label without a reload. The English strings are a separate
 * chunk fetched when English is chosen: most phones never download them.
 */
import { createSignal } from 'solid-js';
import type { Lang } from '../core/words';
import { type MessageKey, zh } from './zh';

type Messages = Partial<Record<MessageKey, string>>;
const [english, setEnglish] = createSignal<Messages | undefined>();

function loadEnglish(): void {
  if (!english()) void import('./en').then((m) => setEnglish(() => m.en));
}

const STORAGE_KEY = 'gig-station.lang';

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'zh';
}

const [lang, setLangSignal] = createSignal<Lang>(initialLang());
export { lang };
if (lang() === 'en') loadEnglish();

export function setLang(next: Lang): void {
  if (next === 'en') loadEnglish();
  setLangSignal(next);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = (lang() === 'en' && english()?.[key]) || zh[key];
  return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : template;
}

export function hasMessage(key: string): key is MessageKey {
  return key in zh;
}

export type { Lang, MessageKey };
