// Resident identity card number (居民身份证号码), GB 11643-1999:
// 6-digit address code + 8-digit birth date (YYYYMMDD) + 3-digit sequence
// (odd = male, even = female) + ISO 7064 MOD 11-2 check character.

import type { Sex } from './patientRecord.ts';

export type IdNumberError = 'length' | 'format' | 'birthDate' | 'checksum';

export type IdNumberResult =
  | { ok: true; idNumber: string; addressCode: string; birthDate: string; sex: Sex }
  | { ok: false; reason: IdNumberError };

export const ID_NUMBER_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Earliest birth date accepted; the standard's own example is 1880. */
const EARLIEST_BIRTH_YEAR = 1800;

/** Trims, drops inner spaces and upper-cases a trailing x, as registrars type it. */
export function normalizeIdNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idNumberCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_NUMBER_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** 'YYYYMMDD' or 'YYYY-MM-DD' → 'YYYY-MM-DD' when it names a real calendar day, else null. */
export function parseCalendarDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return null;
  }
  return `${y}-${mo}-${d}`;
}

/** Local calendar date of `now` as 'YYYY-MM-DD'. */
export function isoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Validates an 18-character resident ID number.
 * The checksum is tested before the date so that any single mistyped digit is reported
 * as a checksum error (MOD 11-2 catches every single-digit error and adjacent swap).
 * `today` is 'YYYY-MM-DD'; birth dates after it are rejected.
 */
export function validateIdNumber(input: string, today: string = isoDate(new Date())): IdNumberResult {
  const id = normalizeIdNumber(input);
  if (id.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'format' };
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'checksum' };
  // Province code (first two digits) 11–82; 00 and 9x are not issued.
  const province = Number(id.slice(0, 2));
  if (province < 11 || province > 82) return { ok: false, reason: 'format' };
  const birthDate = parseCalendarDate(id.slice(6, 14));
  if (birthDate === null || birthDate > today || Number(birthDate.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    return { ok: false, reason: 'birthDate' };
  }
  const sex: Sex = Number(id[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, idNumber: id, addressCode: id.slice(0, 6), birthDate, sex };
}

/**
 * Builds a valid ID number. `birthDate` is 'YYYY-MM-DD' or 'YYYYMMDD'; `seq` is 0–999
 * (its parity decides the sex: odd male, even female).
 */
export function makeIdNumber(address: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(address)) throw new Error(`address code must be 6 digits: ${address}`);
  const date = parseCalendarDate(birthDate);
  if (date === null) throw new Error(`not a calendar date: ${birthDate}`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new Error(`sequence must be 0–999: ${seq}`);
  const first17 = `${address}${date.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** 110105********002X: keeps the region and the last four, as printed on slips. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return idNumber;
  return idNumber.slice(0, 6) + '*'.repeat(idNumber.length - 10) + idNumber.slice(-4);
}
