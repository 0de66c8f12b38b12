import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Language } from './localizedText.ts';

/**
 * Zod's own messages ("expected string, received undefined") in the learner's language.
 * Global in zod: call it right before parsing what a person will read errors about.
 */
export function setValidationLanguage(language: Language): void {
  z.config(language === 'zh-CN' ? zhCN() : en());
}
