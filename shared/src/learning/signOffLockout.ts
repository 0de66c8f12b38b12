/**
 * Rate limit for mentor sign-off on the learner's machine, as a pure function of the stored
 * attempts and the time: five wrong attempts are allowed, the sixth locks sign-off for ten
 * minutes, after which counting starts again. The background keeps this per pack in extension
 * storage, so it survives service-worker restarts.
 */

/** Wrong attempts allowed before the one that locks. */
export const SIGN_OFF_FREE_ATTEMPTS = 5;
export const SIGN_OFF_LOCK_MS = 10 * 60 * 1000;

export interface SignOffAttempts {
  /** wrong attempts since the last lock, success or start */
  failures: number;
  /** epoch ms until which sign-off is refused */
  lockedUntil?: number;
  /** epoch ms the lock began: a clock set back before it does not end the lock */
  lockedAt?: number;
}

export const NO_ATTEMPTS: SignOffAttempts = { failures: 0 };

export type SignOffGate =
  | { locked: false; attemptsLeft: number }
  | { locked: true; until: number; remainingMs: number };

/** Whether a sign-off may be tried now, and how many wrong attempts are left before the lock. */
export function signOffGate(attempts: SignOffAttempts | undefined, now: number): SignOffGate {
  const state = attempts ?? NO_ATTEMPTS;
  if (state.lockedUntil !== undefined) {
    // a clock turned back to before the lock began keeps the full lock
    const clockTurnedBack = state.lockedAt !== undefined && now < state.lockedAt;
    if (clockTurnedBack || now < state.lockedUntil) {
      const remainingMs = clockTurnedBack ? SIGN_OFF_LOCK_MS : state.lockedUntil - now;
      return { locked: true, until: state.lockedUntil, remainingMs };
    }
    return { locked: false, attemptsLeft: SIGN_OFF_FREE_ATTEMPTS + 1 };
  }
  return { locked: false, attemptsLeft: Math.max(1, SIGN_OFF_FREE_ATTEMPTS + 1 - state.failures) };
}

/** The state after one more wrong attempt: the sixth in a row locks for ten minutes. */
export function afterWrongAttempt(attempts: SignOffAttempts | undefined, now: number): SignOffAttempts {
  const state = attempts ?? NO_ATTEMPTS;
  if (signOffGate(state, now).locked) return state; // a lock is never shortened by another try
  const failures = (state.lockedUntil !== undefined ? 0 : state.failures) + 1;
  if (failures > SIGN_OFF_FREE_ATTEMPTS) return { failures: 0, lockedAt: now, lockedUntil: now + SIGN_OFF_LOCK_MS };
  return { failures };
}

/** A right code clears the count. */
export function afterRightAttempt(): SignOffAttempts {
  return NO_ATTEMPTS;
}
