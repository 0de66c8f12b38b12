import {
  MENTOR_CODE_KDF,
  MENTOR_CODE_MAX_LENGTH,
  MENTOR_CODE_MIN_ITERATIONS,
  MENTOR_CODE_MIN_LENGTH,
  type MentorSignOff,
  type SignOffMentor,
} from '../schema/learningContent.ts';

/**
 * Mentor codes: salted, slow PBKDF2-SHA-256 through Web Crypto (`crypto.subtle`, present in the
 * extension's service worker, extension pages and Node ≥ 20). A learner holds the pack, so the
 * hash must make offline guessing slow; the per-pack salt defeats precomputed tables, and the
 * staff number is salted in too, so one derivation tests a guess against one mentor only.
 */

/** What a new pack asks for: about 0.2–0.5 s per check on the project's 2-core machines. */
export const MENTOR_CODE_ITERATIONS = MENTOR_CODE_MIN_ITERATIONS;

/** Codes compare case-insensitively, full-width letters as ASCII, surrounding blanks dropped. */
export function normaliseMentorCode(code: string): string {
  return code.normalize('NFKC').trim().toLowerCase();
}

/** Staff numbers compare case-insensitively (M0042 = m0042). */
export function normaliseStaffNumber(staffNumber: string): string {
  return staffNumber.normalize('NFKC').trim().toUpperCase();
}

export type MentorCodeProblem = 'too-short' | 'too-long' | 'letters-and-digits-only' | 'needs-letter-and-digit';

/**
 * Why a code may not be set, or undefined when it may. At least 6 letters and digits with at
 * least one of each: the smallest space is then 36^6 − 26^6 − 10^6 ≈ 1.9e9, never 10^6 digits.
 */
export function mentorCodeProblem(code: string): MentorCodeProblem | undefined {
  const normal = normaliseMentorCode(code);
  if (normal.length < MENTOR_CODE_MIN_LENGTH) return 'too-short';
  if (normal.length > MENTOR_CODE_MAX_LENGTH) return 'too-long';
  if (!/^[a-z0-9]+$/.test(normal)) return 'letters-and-digits-only';
  if (!/[a-z]/.test(normal) || !/[0-9]/.test(normal)) return 'needs-letter-and-digit';
  return undefined;
}

/** A new random salt for a pack: 16 bytes, lower-case hex. */
export function newMentorSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** PBKDF2-SHA-256 of one mentor's code (hex), salted with the pack salt then the staff number. */
export async function hashMentorCode(
  params: Pick<MentorSignOff, 'salt' | 'iterations'>,
  staffNumber: string,
  code: string,
): Promise<string> {
  const encoder = new TextEncoder();
  const salt = concat(fromHex(params.salt), encoder.encode(`:${normaliseStaffNumber(staffNumber)}`));
  const key = await crypto.subtle.importKey('raw', encoder.encode(normaliseMentorCode(code)), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations }, key, 256);
  return toHex(new Uint8Array(bits));
}

/** A mentor entry for the pack: the code itself is never kept. */
export async function mentorEntry(
  params: Pick<MentorSignOff, 'salt' | 'iterations'>,
  staffNumber: string,
  role: string,
  code: string,
): Promise<SignOffMentor> {
  return { staffNumber: staffNumber.trim(), role, codeHash: await hashMentorCode(params, staffNumber, code) };
}

/** An empty mentor list with a fresh salt, for a pack that has none yet. */
export function newMentorSignOff(): Omit<MentorSignOff, 'mentors'> & { mentors: SignOffMentor[] } {
  return { kdf: MENTOR_CODE_KDF, iterations: MENTOR_CODE_ITERATIONS, salt: newMentorSalt(), mentors: [] };
}

/**
 * The mentor whose staff number and code were typed, or undefined. The staff number must be on the
 * pack's list and the code must match THAT mentor's hash. An unknown staff number costs the same
 * derivation as a known one, so timing does not tell which staff numbers are listed.
 */
export async function verifyMentorCode(signOff: MentorSignOff, staffNumber: string, code: string): Promise<SignOffMentor | undefined> {
  const wanted = normaliseStaffNumber(staffNumber);
  const mentor = signOff.mentors.find((m) => normaliseStaffNumber(m.staffNumber) === wanted);
  const hash = await hashMentorCode(signOff, staffNumber, code);
  if (!mentor) return undefined;
  return sameHex(hash, mentor.codeHash) ? mentor : undefined;
}

/** Compare without stopping at the first difference. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
