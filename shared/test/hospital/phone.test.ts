import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, validatePhone } from '../../src/hospital/phone.ts';

describe('validatePhone', () => {
  it('accepts 11 digits starting with 1, with common separators and +86', () => {
    expect(validatePhone('13800138000')).toEqual({ ok: true, phone: '13800138000' });
    expect(validatePhone('138 0013 8000')).toEqual({ ok: true, phone: '13800138000' });
    expect(validatePhone('138-0013-8000')).toEqual({ ok: true, phone: '13800138000' });
    expect(validatePhone('+86 13800138000')).toEqual({ ok: true, phone: '13800138000' });
  });

  it('names the problem', () => {
    expect(validatePhone('')).toEqual({ ok: false, reason: 'empty' });
    expect(validatePhone('1380013800a')).toEqual({ ok: false, reason: 'format' });
    expect(validatePhone('1380013800')).toEqual({ ok: false, reason: 'length' });
    expect(validatePhone('138001380001')).toEqual({ ok: false, reason: 'length' });
    expect(validatePhone('23800138000')).toEqual({ ok: false, reason: 'prefix' });
  });

  it('accepts every 1 + 10 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1\d{10}$/), (p) => {
        expect(validatePhone(p)).toEqual({ ok: true, phone: p });
      }),
    );
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
