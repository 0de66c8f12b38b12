import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import { placedWords } from '@preceptor/shared/i18n/schemaIssues.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { patternProblemMessages } from './patternProblemMessages.ts';
import { PATIENT_DATA_KIND_KEYS } from './patientDataMessages.ts';

type PatternKey = keyof typeof patternProblemMessages;
type ProblemKey = 'patientDataProblem' | 'dataKindIdNumber' | 'dataKindPhone' | 'dataKindPatientId' | 'dataKindDate' | 'dataKindLongNumber' | 'dataKindName' | PatternKey;

const PATTERN_KEYS: Record<NonNullable<FieldProblem['pattern']>['kind'], PatternKey> = {
  'url-too-many-stars': 'patternUrlTooManyStars',
  'regex-too-long': 'patternRegexTooLong',
  'regex-backreference': 'patternRegexBackreference',
  'regex-lookaround': 'patternRegexLookaround',
  'regex-too-complex': 'patternRegexTooComplex',
  'regex-syntax': 'patternRegexSyntax',
};

/**
 * A validation problem in the reader's language: schema issues come worded in both languages
 * (shared/src/i18n/schemaIssues.ts: where, in words, and what); a patient-data finding is worded
 * here from its kind and the text that matched, a refused pattern from its kind, limit and the
 * regex engine's own words. `what`: the words without where (shown beside the field itself).
 */
export function problemMessage(
  problem: FieldProblem,
  t: (key: ProblemKey, vars?: Record<string, string | number>) => string,
  language: Language,
  show: 'placed' | 'what' = 'placed',
): string {
  const data = problem.patientData;
  if (data) return t('patientDataProblem', { kind: t(PATIENT_DATA_KIND_KEYS[data.kind]), value: data.value });
  const pattern = problem.pattern;
  if (pattern) return t(PATTERN_KEYS[pattern.kind], { limit: pattern.limit ?? '', detail: pattern.detail ?? '' });
  const words = problem.words;
  if (words) return show === 'what' ? words.what[language] : placedWords(words, language);
  return problem.message;
}
