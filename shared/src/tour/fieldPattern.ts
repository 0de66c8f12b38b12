import { RE2JS } from 're2js';
import type { PatternProblem } from '../schema/fieldProblems.ts';

/**
 * Entry patterns (an enter step's `{"kind":"pattern"}` rule) run in the EMR page on what the
 * learner types. They are mentors' data, so they run on RE2 (re2js): time linear in the input, no
 * backtracking — a JavaScript RegExp that passed a "no nested quantifiers" check still froze an
 * EMR tab for 65 s on 31 characters. RE2 has no backreferences and no lookaround; such patterns
 * are refused at import with a message saying so. JavaScript spellings (`\u4e2d`, `\u{1F600}`,
 * `(?<name>…)`) are translated. One difference a mentor may meet: `\s` is ASCII whitespace only.
 */
export const FIELD_PATTERN_MAX_LENGTH = 200;
/** RE2's cost per input character grows with the compiled program: an ID-number rule is ~50, `.{0,1000}` ~2,000. */
export const FIELD_PATTERN_MAX_PROGRAM = 150;
/** Only the start of a field's value is tested: no rule needs more, and the time stays bounded. */
export const FIELD_VALUE_TESTED_LENGTH = 500;

export type CompiledFieldPattern = { ok: true; test: (value: string) => boolean } | { ok: false; problem: PatternProblem; message: string };

export function compileFieldPattern(source: string): CompiledFieldPattern {
  if (source.length > FIELD_PATTERN_MAX_LENGTH) {
    return refused({ kind: 'regex-too-long', limit: FIELD_PATTERN_MAX_LENGTH }, `use at most ${FIELD_PATTERN_MAX_LENGTH} characters in a pattern`);
  }
  const unsupported = unsupportedSyntax(source);
  if (unsupported === 'backreference') return refused({ kind: 'regex-backreference' }, 'backreferences (\\1, \\k<name>) are not supported: patterns run on RE2, in linear time');
  if (unsupported === 'lookaround') return refused({ kind: 'regex-lookaround' }, 'lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported: patterns run on RE2, in linear time');
  let re: RE2JS;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '');
    return refused({ kind: 'regex-syntax', detail }, `not a valid regular expression: ${detail}`);
  }
  if (re.programSize() > FIELD_PATTERN_MAX_PROGRAM) {
    return refused({ kind: 'regex-too-complex', limit: FIELD_PATTERN_MAX_PROGRAM }, 'the pattern is too complex: use smaller repetition counts ({n,m})');
  }
  return { ok: true, test: (value) => re.test(value.length > FIELD_VALUE_TESTED_LENGTH ? value.slice(0, FIELD_VALUE_TESTED_LENGTH) : value) };
}

function refused(problem: PatternProblem, message: string): CompiledFieldPattern {
  return { ok: false, problem, message };
}

/**
 * Backreferences and lookaround, found before translating: the translator would quietly turn
 * `\k<name>` into the letters `k<name>`. Escapes and character classes are skipped over.
 */
function unsupportedSyntax(source: string): 'backreference' | 'lookaround' | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return 'backreference';
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      if (source[i + 1] === ']') i++; // RE2 reads a `]` right after `[` as a literal
    } else if (ch === '(' && source[i + 1] === '?') {
      const head = source.slice(i + 2, i + 4);
      if (head[0] === '=' || head[0] === '!' || head === '<=' || head === '<!') return 'lookaround';
    }
  }
  return undefined;
}
