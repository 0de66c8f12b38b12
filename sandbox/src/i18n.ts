// The simulated HIS's language: the operator's choice (zh-CN or en, kept in localStorage) and
// `t(key)` over the dictionaries in messages/, each text a [zh-CN, en] pair.

import { Fragment, createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fillInParts } from '@preceptor/shared/i18n/fillIn.ts';
import { pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import { MODULE_MESSAGES, V2_MESSAGES, type ModuleMessageKey } from './messages/index.ts';
import { useUiVersion, type UiVersion } from './uiVersion.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const LANG_STORAGE_KEY = 'preceptor.sandbox.lang';

export type MessageKey = ModuleMessageKey;

export type MessageVars = Record<string, string | number>;

/** Every key of every dictionary (for the dictionary tests). */
export function allMessageKeys(): MessageKey[] {
  return Object.keys(MODULE_MESSAGES) as MessageKey[];
}

export function translate(lang: Lang, key: MessageKey, vars?: MessageVars, ui: UiVersion = 'v1'): string {
  return ui === 'v2' && V2_MESSAGES[key] ? pairText(V2_MESSAGES, lang, key, vars) : pairText(MODULE_MESSAGES, lang, key, vars);
}

/** A sentence with elements in it (a name drawn as data): the template's words as text, each fill-in as given. */
export function sentence(template: string, vars: Record<string, ReactNode>): ReactNode {
  return createElement(Fragment, null, ...fillInParts<ReactNode>(template, vars));
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/** A page opened with `?lang=` (the report viewer's frame, an LMS launch) starts in that language; else the stored one. */
export function adoptLangParam(params: URLSearchParams): void {
  const lang = params.get('lang');
  if (!isLang(lang)) return;
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // the page then follows the stored language; the shell's switch still works
  }
}

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: MessageVars) => string;
  /** `t` whose fill-ins may be elements: a person's name drawn as data (`<Data>`) inside a UI sentence */
  tx: (key: MessageKey, vars: Record<string, ReactNode>) => ReactNode;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  const ui = useUiVersion();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Another tab switching language follows here too.
  useEffect(() => {
    const onStorage = (e: StorageEvent): void => {
      if (e.key === LANG_STORAGE_KEY && isLang(e.newValue)) setLangState(e.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars, ui),
      tx: (key, vars) => sentence(translate(lang, key, undefined, ui), vars),
    }),
    [lang, setLang, ui],
  );
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}
