import { describe, expect, it } from 'vitest';
import { hashMentorCode, mentorCodeProblem, mentorEntry, newMentorSalt, newMentorSignOff, verifyMentorCode } from '../../src/learning/mentorCodes.ts';
import { SIGN_OFF_LOCK_MS, afterRightAttempt, afterWrongAttempt, signOffGate, type SignOffAttempts } from '../../src/learning/signOffLockout.ts';
import { MENTOR_CODE_MIN_ITERATIONS, MentorSignOff } from '../../src/schema/learningContent.ts';

// a cheap count keeps these tests fast; the schema refuses it in a pack (tested below)
const cheap = { salt: '00112233445566778899aabbccddeeff', iterations: 1000 };

async function twoMentors() {
  return {
    kdf: 'PBKDF2-SHA-256' as const,
    ...cheap,
    mentors: [await mentorEntry(cheap, 'M0042', 'nurse', 'ward2468'), await mentorEntry(cheap, 'M0077', 'nurse', 'icu1357x')],
  };
}

describe('mentor codes', () => {
  it('accepts a mentor only with their own code, case-insensitively, and never with another mentor\'s', async () => {
    const signOff = await twoMentors();
    expect((await verifyMentorCode(signOff, 'M0042', 'ward2468'))?.staffNumber).toBe('M0042');
    expect((await verifyMentorCode(signOff, ' m0042 ', ' WARD2468 '))?.staffNumber).toBe('M0042');
    expect(await verifyMentorCode(signOff, 'M0042', 'icu1357x')).toBeUndefined();
    expect(await verifyMentorCode(signOff, 'M0077', 'ward2468')).toBeUndefined();
    expect(await verifyMentorCode(signOff, 'ANYONE', 'ward2468')).toBeUndefined();
    expect(await verifyMentorCode(signOff, 'M0042', 'ward246')).toBeUndefined();
  });

  it('salts with the pack and the staff number: the same code hashes differently elsewhere', async () => {
    const a = await hashMentorCode(cheap, 'M0042', 'ward2468');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashMentorCode(cheap, 'M0043', 'ward2468')).not.toBe(a);
    expect(await hashMentorCode({ ...cheap, salt: 'ff'.repeat(16) }, 'M0042', 'ward2468')).not.toBe(a);
    expect(await hashMentorCode({ ...cheap, iterations: 1001 }, 'M0042', 'ward2468')).not.toBe(a);
    // not the old unsalted SHA-256
    const sha = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('ward2468'))), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(a).not.toBe(sha);
  });

  it('matches a known PBKDF2-SHA-256 vector, so other tools can check packs', async () => {
    // RFC 7914 §11: PBKDF2-HMAC-SHA-256, P="passwd", S="salt", c=1, first 32 bytes
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('passwd'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode('salt'), iterations: 1 }, key, 256);
    expect(Buffer.from(bits).toString('hex')).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });

  it('sets only codes of at least 6 letters and digits with one of each', () => {
    expect(mentorCodeProblem('2468')).toBe('too-short');
    expect(mentorCodeProblem('246813')).toBe('needs-letter-and-digit');
    expect(mentorCodeProblem('wardxx')).toBe('needs-letter-and-digit');
    expect(mentorCodeProblem('ward-246')).toBe('letters-and-digits-only');
    expect(mentorCodeProblem('ward24')).toBeUndefined();
    expect(mentorCodeProblem(' Ward2468 ')).toBeUndefined();
  });

  it('a new mentor list has a fresh 16-byte salt and the enforced iteration count', () => {
    const a = newMentorSignOff();
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(newMentorSalt()).not.toBe(a.salt);
    expect(a.iterations).toBeGreaterThanOrEqual(MENTOR_CODE_MIN_ITERATIONS);
  });

  it('the pack schema enforces the minimum count, the salt length and unique staff numbers', async () => {
    const signOff = await twoMentors();
    const ok = { ...signOff, iterations: MENTOR_CODE_MIN_ITERATIONS };
    expect(MentorSignOff.safeParse(ok).success).toBe(true);
    const paths = (value: unknown) => (MentorSignOff.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths(signOff)).toEqual(['iterations']);
    expect(paths({ ...ok, salt: 'abcd' })).toEqual(['salt']);
    expect(paths({ ...ok, mentors: [] })).toEqual(['mentors']);
    expect(paths({ ...ok, mentors: [ok.mentors[0], { ...ok.mentors[1], staffNumber: 'm0042' }] })).toEqual(['mentors.1.staffNumber']);
  });

  it('one check at the pack count takes a noticeable time (slow hash, not SHA-256)', async () => {
    const started = performance.now();
    await hashMentorCode({ salt: cheap.salt, iterations: MENTOR_CODE_MIN_ITERATIONS }, 'M0042', 'ward2468');
    expect(performance.now() - started).toBeGreaterThan(30);
  });
});

describe('sign-off lockout (fake clock)', () => {
  const t0 = Date.UTC(2026, 11, 1, 8, 0, 0);

  it('allows five wrong attempts; the sixth locks for ten minutes; then counting starts again', () => {
    let state: SignOffAttempts | undefined;
    for (let i = 0; i < 5; i++) {
      expect(signOffGate(state, t0 + i)).toEqual({ locked: false, attemptsLeft: 6 - i });
      state = afterWrongAttempt(state, t0 + i);
    }
    expect(signOffGate(state, t0 + 5)).toEqual({ locked: false, attemptsLeft: 1 });
    state = afterWrongAttempt(state, t0 + 5);
    expect(signOffGate(state, t0 + 5)).toEqual({ locked: true, until: t0 + 5 + SIGN_OFF_LOCK_MS, remainingMs: SIGN_OFF_LOCK_MS });
    expect(signOffGate(state, t0 + 5 + 9 * 60_000)).toMatchObject({ locked: true, remainingMs: 60_000 });
    // trying while locked never shortens the lock
    expect(afterWrongAttempt(state, t0 + 60_000)).toEqual(state);
    expect(signOffGate(state, t0 + 5 + SIGN_OFF_LOCK_MS)).toEqual({ locked: false, attemptsLeft: 6 });
    state = afterWrongAttempt(state, t0 + 5 + SIGN_OFF_LOCK_MS);
    expect(signOffGate(state, t0 + 6 + SIGN_OFF_LOCK_MS)).toEqual({ locked: false, attemptsLeft: 5 });
  });

  it('a right code clears the count', () => {
    let state = afterWrongAttempt(afterWrongAttempt(undefined, t0), t0);
    expect(signOffGate(state, t0)).toEqual({ locked: false, attemptsLeft: 4 });
    state = afterRightAttempt();
    expect(signOffGate(state, t0)).toEqual({ locked: false, attemptsLeft: 6 });
  });

  it('a clock set back to before the lock keeps the whole lock', () => {
    let state: SignOffAttempts | undefined;
    for (let i = 0; i < 6; i++) state = afterWrongAttempt(state, t0);
    expect(signOffGate(state, t0 - 24 * 3600_000)).toMatchObject({ locked: true, remainingMs: SIGN_OFF_LOCK_MS });
  });
});
