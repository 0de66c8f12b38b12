// Patient lookup at the registration desk: one box takes a name, pinyin initials,
// a patient ID, an ID number or a phone number.

import { normalizeIdNumber } from './idNumber.ts';
import type { Patient } from './patientRecord.ts';
import { pinyinInitials } from './pinyin.ts';

export type PatientMatchField = 'patientId' | 'idNumber' | 'phone' | 'name' | 'pinyin';

export type PatientSearchHit = { patient: Patient; matchedBy: PatientMatchField };

const RANK: Record<PatientMatchField, number> = { patientId: 0, idNumber: 1, phone: 2, name: 3, pinyin: 4 };

/**
 * Ranked matches (exact identifiers first, then names), at most `limit`.
 * Digits need at least 4 characters before they match inside ID or phone numbers, so a
 * stray keypress does not list the whole index.
 */
export function searchPatients(patients: readonly Patient[], query: string, limit = 50): PatientSearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const upper = normalizeIdNumber(q);
  const lower = q.toLowerCase().replace(/\s+/g, '');
  const digitsOnly = /^\d+$/.test(upper);
  const latinOnly = /^[a-z]+$/.test(lower);
  const patientIdQuery = /^P?\d{1,6}$/.test(upper) ? Number(upper.replace(/^P/, '')) : null;

  const hits: PatientSearchHit[] = [];
  for (const patient of patients) {
    const matchedBy = matchField(patient);
    if (matchedBy) hits.push({ patient, matchedBy });
  }
  hits.sort(
    (a, b) => RANK[a.matchedBy] - RANK[b.matchedBy] || a.patient.patientId.localeCompare(b.patient.patientId),
  );
  return hits.slice(0, limit);

  function matchField(p: Patient): PatientMatchField | null {
    if (patientIdQuery !== null && Number(p.patientId.slice(1)) === patientIdQuery) return 'patientId';
    if (upper.length >= 4 && /^\d+X?$/.test(upper) && p.idNumber.includes(upper)) return 'idNumber';
    if (digitsOnly && upper.length >= 4 && p.phone.includes(upper)) return 'phone';
    if (digitsOnly) return null;
    const name = p.name.replace(/\s+/g, '').toLowerCase();
    if (name.includes(lower)) return 'name';
    if (latinOnly && pinyinInitials(p.name).startsWith(lower)) return 'pinyin';
    return null;
  }
}
