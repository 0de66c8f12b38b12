import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';

type DataKind = NonNullable<FieldProblem['patientData']>['kind'];
type ProblemKey = 'patientDataProblem' | 'dataKindIdNumber' | 'dataKindPhone' | 'dataKindPatientId' | 'dataKindDate' | 'dataKindLongNumber' | 'dataKindName';

const KIND_KEYS: Record<DataKind, ProblemKey> = {
  'id-number': 'dataKindIdNumber',
  phone: 'dataKindPhone',
  'patient-id': 'dataKindPatientId',
  date: 'dataKindDate',
  'long-number': 'dataKindLongNumber',
  name: 'dataKindName',
};

/**
 * A validation problem in the reader's language: zod's own messages come localized already;
 * a patient-data finding is worded here from its kind and the text that matched.
 */
export function problemMessage(problem: FieldProblem, t: (key: ProblemKey, vars?: Record<string, string | number>) => string): string {
  const data = problem.patientData;
  return data ? t('patientDataProblem', { kind: t(KIND_KEYS[data.kind]), value: data.value }) : problem.message;
}
