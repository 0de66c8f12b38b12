import type { Language } from '../schema/localizedText.ts';
import { fillIn, type FillInVars } from './fillIn.ts';

/**
 * UI text as one `[zh-CN, en]` pair per key, so neither language can be missing: the one
 * dictionary format of the extension, the sandbox and the trainer dashboard.
 */
export type MessagePairs = Record<string, readonly [zh: string, en: string]>;

/** Declares a dictionary (keeps the keys' literal types). */
export function defineMessages<const T extends MessagePairs>(messages: T): T {
  return messages;
}

/** The text of `key` in `language`, its `{name}` fill-ins replaced. */
export function pairText<T extends MessagePairs>(messages: T, language: Language, key: keyof T, vars?: FillInVars): string {
  const template = messages[key]![language === 'en' ? 1 : 0];
  return vars ? fillIn(template, vars) : template;
}
