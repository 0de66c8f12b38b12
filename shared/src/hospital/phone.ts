// Mainland mobile numbers (手机): 11 digits starting with 1.

export type PhoneError = 'empty' | 'format' | 'length' | 'prefix';

export type PhoneResult = { ok: true; phone: string } | { ok: false; reason: PhoneError };

/** Drops spaces and dashes registrars type between digit groups, and a +86 / 0086 prefix. */
export function normalizePhone(input: string): string {
  return input.replace(/[\s-]+/g, '').replace(/^(\+86|0086)/, '');
}

export function validatePhone(input: string): PhoneResult {
  const phone = normalizePhone(input);
  if (phone === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(phone)) return { ok: false, reason: 'format' };
  if (phone.length !== 11) return { ok: false, reason: 'length' };
  if (phone[0] !== '1') return { ok: false, reason: 'prefix' };
  return { ok: true, phone };
}

/** 138****5678, the way lists show numbers to people who do not need them whole. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
