import type { z } from 'zod';
import { wordIssue, type ProblemWords } from '../i18n/schemaIssues.ts';

/** One thing wrong with untrusted input, located so a mentor can find and fix it. */
export interface FieldProblem {
  /** e.g. `tours[0].steps[2].title.en`; empty for the document itself */
  path: string;
  /** in English, for logs and tests; screens show `words` */
  message: string;
  /** where and what, in each language ("导览 1 › 步骤 3 › 正文 › 英文" / "缺少此项（应为文字）") */
  words?: ProblemWords;
  /** set when the field holds what looks like patient data: screens word it in the reader's language */
  patientData?: { kind: 'id-number' | 'phone' | 'patient-id' | 'date' | 'long-number' | 'name'; value: string };
  /** set when a URL pattern or an entry pattern is refused: screens word it in the reader's language */
  pattern?: PatternProblem;
}

/**
 * Why a pattern was refused (a too-long one gets zod's own message). URL patterns: too many `*`. Entry patterns (RE2 syntax, run
 * in linear time): too long, a backreference, a lookahead/lookbehind, too large once compiled, or
 * another syntax error (`detail` holds the engine's words, e.g. ``missing closing ]: `[abc` ``).
 */
export interface PatternProblem {
  kind: 'url-too-many-stars' | 'regex-too-long' | 'regex-backreference' | 'regex-lookaround' | 'regex-too-complex' | 'regex-syntax';
  limit?: number;
  detail?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const problem: FieldProblem = { path: formatPath(issue.path), message: issue.message };
    const pattern = issue.code === 'custom' ? (issue.params?.pattern as PatternProblem | undefined) : undefined;
    // a refused pattern is worded from its kind by the screens (extension/src/i18n/problemMessage.ts)
    if (pattern) problem.pattern = pattern;
    else problem.words = wordIssue(issue);
    return problem;
  });
}
