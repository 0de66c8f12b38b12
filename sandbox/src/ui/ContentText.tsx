import { namesAsRecorded } from '@preceptor/shared/i18n/namesAsRecorded.ts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { Data } from './Data.tsx';

/**
 * Authored content (a scenario's title or goal) in the screen's language. English content names
 * the hospital's people as recorded ("Two 张丽: …"): those names are drawn as data
 * (namesAsRecorded; sandbox/test/scenarioNames.test.ts checks they are names, not untranslated words).
 */
export function ContentText({ text }: { text: string }): ReactNode {
  const { lang } = useI18n();
  if (lang !== 'en') return text;
  return namesAsRecorded(text).map((piece, i) => (piece.asRecorded ? <Data key={i}>{piece.text}</Data> : piece.text));
}
