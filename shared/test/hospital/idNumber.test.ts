import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  idNumberCheckChar,
  makeIdNumber,
  maskIdNumber,
  parseCalendarDate,
  validateIdNumber,
} from '../../src/hospital/idNumber.ts';
import { ADDRESS_CODES } from '../../src/hospital/syntheticPatients.ts';

const TODAY = '2026-11-26';

describe('validateIdNumber', () => {
  it('accepts the GB 11643 examples and derives sex and birth date', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true, idNumber: '11010519491231002X', addressCode: '110105', birthDate: '1949-12-31', sex: 'F',
    });
    expect(validateIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true, idNumber: '440524188001010014', addressCode: '440524', birthDate: '1880-01-01', sex: 'M',
    });
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(validateIdNumber(' 11010519491231002x ', TODAY).ok).toBe(true);
  });

  it('names the reason for each kind of error', () => {
    expect(validateIdNumber('', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(validateIdNumber('11010519491231002', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(validateIdNumber('11010519491231002XX', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(validateIdNumber('1101051949123100X2', TODAY)).toEqual({ ok: false, reason: 'format' });
    expect(validateIdNumber('11010519491231002A', TODAY)).toEqual({ ok: false, reason: 'format' });
    expect(validateIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects impossible and future birth dates that carry a correct check character', () => {
    expect(validateIdNumber(makeIdNumber('110105', '2026-11-27', 1), TODAY)).toEqual({ ok: false, reason: 'birthDate' });
    const feb30 = '11010519490230001';
    expect(validateIdNumber(feb30 + idNumberCheckChar(feb30), TODAY)).toEqual({ ok: false, reason: 'birthDate' });
    const month13 = '11010519491301001';
    expect(validateIdNumber(month13 + idNumberCheckChar(month13), TODAY)).toEqual({ ok: false, reason: 'birthDate' });
    // born today is fine
    expect(validateIdNumber(makeIdNumber('110105', TODAY, 2), TODAY).ok).toBe(true);
  });

  it('rejects province codes that are never issued', () => {
    expect(validateIdNumber(makeIdNumber('000000', '1980-01-01', 1), TODAY)).toEqual({ ok: false, reason: 'format' });
    expect(validateIdNumber(makeIdNumber('990101', '1980-01-01', 1), TODAY)).toEqual({ ok: false, reason: 'format' });
  });

  it('handles leap days', () => {
    expect(validateIdNumber(makeIdNumber('110105', '2000-02-29', 3), TODAY).ok).toBe(true);
    const notLeap = '11010519000229003'; // 1900 is not a leap year
    expect(validateIdNumber(notLeap + idNumberCheckChar(notLeap), TODAY)).toEqual({ ok: false, reason: 'birthDate' });
  });
});

describe('makeIdNumber', () => {
  it('reproduces the standard examples', () => {
    expect(makeIdNumber('110105', '1949-12-31', 2)).toBe('11010519491231002X');
    expect(makeIdNumber('440524', '18800101', 1)).toBe('440524188001010014');
  });

  it('refuses bad parts', () => {
    expect(() => makeIdNumber('11010', '1949-12-31', 2)).toThrow();
    expect(() => makeIdNumber('110105', '1949-02-30', 2)).toThrow();
    expect(() => makeIdNumber('110105', '1949-12-31', 1000)).toThrow();
  });
});

describe('helpers', () => {
  it('parseCalendarDate accepts both forms and only real days', () => {
    expect(parseCalendarDate('19491231')).toBe('1949-12-31');
    expect(parseCalendarDate('1949-12-31')).toBe('1949-12-31');
    expect(parseCalendarDate('1949-04-31')).toBeNull();
    expect(parseCalendarDate('1949/12/31')).toBeNull();
  });

  it('maskIdNumber keeps region and last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});

// Arbitrary valid parts: a real district code, a date from 1900 up to TODAY, a sequence.
const validParts = fc.record({
  address: fc.constantFrom(...ADDRESS_CODES),
  birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }),
  seq: fc.integer({ min: 0, max: 999 }),
});

describe('properties', () => {
  it('every generated number validates and round-trips sex and birth date', () => {
    fc.assert(
      fc.property(validParts, ({ address, birth, seq }) => {
        const birthDate = birth.toISOString().slice(0, 10);
        const id = makeIdNumber(address, birthDate, seq);
        const r = validateIdNumber(id, TODAY);
        expect(r).toEqual({ ok: true, idNumber: id, addressCode: address, birthDate, sex: seq % 2 === 1 ? 'M' : 'F' });
      }),
    );
  });

  it('any single changed character fails the checksum', () => {
    fc.assert(
      fc.property(
        validParts,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        ({ address, birth, seq }, position, delta) => {
          const id = makeIdNumber(address, birth.toISOString().slice(0, 10), seq);
          const alphabet = position === 17 ? '0123456789X' : '0123456789';
          const current = alphabet.indexOf(id[position]!);
          const replacement = alphabet[(current + delta) % alphabet.length]!;
          fc.pre(replacement !== id[position]);
          const typo = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(validateIdNumber(typo, TODAY)).toEqual({ ok: false, reason: 'checksum' });
        },
      ),
    );
  });

  it('swapping two different adjacent digits fails the checksum', () => {
    fc.assert(
      fc.property(validParts, fc.integer({ min: 0, max: 15 }), ({ address, birth, seq }, i) => {
        const id = makeIdNumber(address, birth.toISOString().slice(0, 10), seq);
        fc.pre(id[i] !== id[i + 1]);
        const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
        expect(validateIdNumber(swapped, TODAY)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = validateIdNumber(s, TODAY);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});
