/**
 * Chinese first, English on request. `t` reads the current language reactively, so
 * switching re-renders every label without a reload.
 */
import { createSignal } from 'solid-js';
import { en } from './en';
import { type MessageKey, zh } from './zh';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'gig-station.lang';

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'zh';
}

const [lang, setLangSignal] = createSignal<Lang>(initialLang());
export { lang };

export function setLang(next: Lang): void {
  setLangSignal(next);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = (lang() === 'en' && en[key]) || zh[key];
  return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : template;
}

export function hasMessage(key: string): key is MessageKey {
  return key in zh;
}

export type { MessageKey };
