import { z } from 'zod';

/** The languages Preceptor ships. zh-CN is the default everywhere. */
export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Text a mentor writes once per language; both are required so no learner sees a blank. */
export const LocalizedText = z
  .object({
    'zh-CN': z.string().trim().min(1, 'zh-CN text is required'),
    en: z.string().trim().min(1, 'English text is required'),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

export function pickText(text: LocalizedText, language: Language): string {
  return text[language];
}
