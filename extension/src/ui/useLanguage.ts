import { useEffect } from 'react';
import { DEFAULT_LANGUAGE, type Language } from '@preceptor/shared/schema/localizedText.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { learnerProfile } from '../progress/learnerProfile.ts';
import { useStorageItem } from './useStorageItem.ts';

/** The learner's chosen language for extension pages; also sets <html lang> for screen readers. */
export function useLanguage(): { language: Language; t: Translate } {
  const profile = useStorageItem(learnerProfile);
  const language = profile?.language ?? DEFAULT_LANGUAGE;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return { language, t: translator(language) };
}
