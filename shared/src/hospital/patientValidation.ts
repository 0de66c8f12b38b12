// Field checks for a new patient record, as codes the UI turns into words.

import { validateIdNumber, normalizeIdNumber, parseCalendarDate, type IdNumberError } from './idNumber.ts';
import type { IdType, PatientDraft } from './patientRecord.ts';
import { validatePhone, type PhoneError } from './phone.ts';

export type IdDocumentResult =
  | { ok: true; idNumber: string; derived?: { birthDate: string; sex: 'M' | 'F' } }
  | { ok: false; reason: IdNumberError | 'empty' };

/**
 * 身份证 numbers get the full GB 11643 check and yield sex and birth date; other documents
 * (passport, permits) only get a shape check: 5–20 letters or digits.
 */
export function validateIdDocument(idType: IdType, input: string, today?: string): IdDocumentResult {
  const idNumber = normalizeIdNumber(input);
  if (idNumber === '') return { ok: false, reason: 'empty' };
  if (idType === 'resident-id') {
    const r = validateIdNumber(idNumber, today);
    return r.ok ? { ok: true, idNumber: r.idNumber, derived: { birthDate: r.birthDate, sex: r.sex } } : r;
  }
  if (idNumber.length < 5 || idNumber.length > 20) return { ok: false, reason: 'length' };
  if (!/^[A-Z0-9]+$/.test(idNumber)) return { ok: false, reason: 'format' };
  return { ok: true, idNumber };
}

export type PatientFieldIssue =
  | { field: 'name'; code: 'required' | 'tooLong' }
  | { field: 'sex'; code: 'required' | 'mismatchId' }
  | { field: 'birthDate'; code: 'required' | 'invalid' | 'future' | 'mismatchId' }
  | { field: 'idNumber'; code: IdNumberError | 'empty' }
  | { field: 'phone'; code: PhoneError }
  | { field: 'allergies'; code: 'tooLong' };

export type PatientDraftInput = {
  name: string;
  sex: PatientDraft['sex'] | '';
  birthDate: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  insuranceType: PatientDraft['insuranceType'];
  allergies: readonly string[];
};

export type PatientDraftResult =
  | { ok: true; draft: PatientDraft }
  | { ok: false; issues: PatientFieldIssue[] };

/** Validates every field (so the form can show all problems at once) and cross-checks the ID. */
export function validatePatientDraft(input: PatientDraftInput, today: string): PatientDraftResult {
  const issues: PatientFieldIssue[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') issues.push({ field: 'name', code: 'required' });
  else if (name.length > 30) issues.push({ field: 'name', code: 'tooLong' });

  const id = validateIdDocument(input.idType, input.idNumber, today);
  if (!id.ok) issues.push({ field: 'idNumber', code: id.reason });
  const derived = id.ok ? id.derived : undefined;

  if (input.sex === '') issues.push({ field: 'sex', code: 'required' });
  else if (derived && derived.sex !== input.sex) issues.push({ field: 'sex', code: 'mismatchId' });

  const birthDate = input.birthDate.trim() === '' ? null : parseCalendarDate(input.birthDate.trim());
  if (input.birthDate.trim() === '') issues.push({ field: 'birthDate', code: 'required' });
  else if (birthDate === null) issues.push({ field: 'birthDate', code: 'invalid' });
  else if (birthDate > today) issues.push({ field: 'birthDate', code: 'future' });
  else if (derived && derived.birthDate !== birthDate) issues.push({ field: 'birthDate', code: 'mismatchId' });

  const phone = validatePhone(input.phone);
  if (!phone.ok) issues.push({ field: 'phone', code: phone.reason });

  const allergies = [...new Set(input.allergies.map((a) => a.trim()).filter((a) => a !== ''))];
  if (allergies.some((a) => a.length > 40)) issues.push({ field: 'allergies', code: 'tooLong' });

  if (issues.length > 0 || !id.ok || !phone.ok || birthDate === null || input.sex === '') {
    return { ok: false, issues };
  }
  return {
    ok: true,
    draft: {
      name,
      sex: input.sex,
      birthDate,
      idType: input.idType,
      idNumber: id.idNumber,
      phone: phone.phone,
      insuranceType: input.insuranceType,
      allergies,
    },
  };
}

/** Splits a free-text allergy field on Chinese or Latin separators: "青霉素、磺胺" → two. */
export function parseAllergyList(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\n]+/).map((a) => a.trim()).filter((a) => a !== ''))];
}
