import type { z } from 'zod';

/** One thing wrong with untrusted input, located so a mentor can find and fix it. */
export interface FieldProblem {
  /** e.g. `tours[0].steps[2].title.en`; empty for the document itself */
  path: string;
  message: string;
  /** set when the field holds what looks like patient data: screens word it in the reader's language */
  patientData?: { kind: 'id-number' | 'phone' | 'patient-id' | 'date' | 'long-number' | 'name'; value: string };
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
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
