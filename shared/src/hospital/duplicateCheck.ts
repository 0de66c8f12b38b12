// Duplicate check before creating a master-index record (建档查重): one person, one patient ID.

import { normalizeIdNumber } from './idNumber.ts';
import type { Patient, PatientDraft } from './patientRecord.ts';
import { normalizePhone } from './phone.ts';

export type DuplicateCheckResult =
  /** Same document type and number: this person already has a record. */
  | { kind: 'existing'; patient: Patient }
  /**
   * Same name, sex and birth date. Ordered with phone matches first; `phoneMatches`
   * lists their patient IDs so the screen can say why they rank high.
   */
  | { kind: 'candidates'; patients: Patient[]; phoneMatches: string[] }
  | { kind: 'none' };

type DraftKeys = Pick<PatientDraft, 'name' | 'sex' | 'birthDate' | 'idType' | 'idNumber' | 'phone'>;

function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

export function checkDuplicates(existing: readonly Patient[], draft: DraftKeys): DuplicateCheckResult {
  const idNumber = normalizeIdNumber(draft.idNumber);
  if (idNumber !== '') {
    const same = existing.find(
      (p) => p.idType === draft.idType && normalizeIdNumber(p.idNumber) === idNumber,
    );
    if (same) return { kind: 'existing', patient: same };
  }

  const name = normalizeName(draft.name);
  const matches = existing.filter(
    (p) => normalizeName(p.name) === name && p.sex === draft.sex && p.birthDate === draft.birthDate,
  );
  if (matches.length === 0) return { kind: 'none' };

  const phone = normalizePhone(draft.phone);
  const phoneMatches = phone === '' ? [] : matches.filter((p) => normalizePhone(p.phone) === phone);
  const rest = matches.filter((p) => !phoneMatches.includes(p));
  return {
    kind: 'candidates',
    patients: [...phoneMatches, ...rest],
    phoneMatches: phoneMatches.map((p) => p.patientId),
  };
}
