import { formatPath, type FieldProblem } from '../schema/fieldProblems.ts';
import { findPatientData, type PatientDataKind, type PatientDataMatch } from './patientDataPatterns.ts';

/** Fields that are codes by the pack schema, not text a page could have supplied. */
const NOT_TEXT = new Set(['goLiveDate', 'mentorCodeHashes', 'mentorSignOff', '$schema', 'schemaVersion', 'version']);
/**
 * Codes the tools generate, wherever they sit: a credit's suggestion id is the learner's statement
 * UUID or a pilot problem's hash (trainer/problemAnswers.ts), whose random characters can take a
 * record number's shape ("eee12164-…"); no person types it and no page supplies it.
 */
const CODE_KEYS = new Set(['suggestionId']);
/** Inside a fingerprint every string is short and names one thing: a bare name there is the value. */
const FINGERPRINT_KEYS = new Set(['target', 'anchors', 'context']);
/** Quoted words in prose (“许晨”), where recorders and mentors put an element's name. */
const QUOTED = /[“「『"](.{1,40}?)[”」』"]/g;

const KIND_WORDS: Record<PatientDataKind, string> = {
  'id-number': 'an ID number',
  phone: 'a phone number',
  'patient-id': 'a patient id',
  date: 'a date (such as a birth date)',
  'long-number': 'a card or record number',
  name: "a person's name",
};

/**
 * Every text of a pack that looks like patient data (DESIGN.md safety rule 3), each with its field
 * path: step titles and bodies, fingerprints, tips, checklists, quizzes, scenarios, URL patterns.
 * The message is English; screens show `patientData` in the reader's language.
 */
export function patientDataProblems(pack: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (value: unknown, path: (string | number)[], inFingerprint: boolean): void => {
    if (typeof value === 'string') {
      const match = firstMatch(value, inFingerprint);
      if (match) problems.push({ path: formatPath(path), message: `looks like ${KIND_WORDS[match.kind]} (${match.value})`, patientData: match });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], inFingerprint));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if ((path.length === 0 && NOT_TEXT.has(key)) || CODE_KEYS.has(key)) continue;
        walk(item, [...path, key], inFingerprint || FINGERPRINT_KEYS.has(key));
      }
    }
  };
  walk(pack, [], false);
  return problems;
}

/**
 * The first patient data in a piece of prose a person typed (a step body, a problem report): the
 * patterns, and names in quotes, as packs are checked on import and publish.
 */
export function patientDataInProse(text: string): PatientDataMatch | undefined {
  return firstMatch(text, false);
}

function firstMatch(text: string, inFingerprint: boolean): PatientDataMatch | undefined {
  const found = findPatientData(text, { bareNames: inFingerprint })[0];
  if (found || inFingerprint) return found;
  for (const quoted of text.matchAll(QUOTED)) {
    const inQuotes = findPatientData(quoted[1]!, { bareNames: true })[0];
    if (inQuotes) return inQuotes;
  }
  return undefined;
}
