import { describe, expect, it } from 'vitest';
import { MAX_PREDICATE_DEPTH, PathSyntaxError, Predicate, evaluatePredicate, parsePath, selectPath, type Predicate as P } from '../../src/scenario/predicate.ts';

const ctx = { today: '2026-11-26', startedAt: '2026-11-26T01:30:00.000Z' };
const state = {
  prescriptions: [
    { rxId: 'A', patientId: 'P000023', status: 'pending-review', signedAt: '2026-11-26T01:35:00.000Z', lines: [{ drug: 'azithromycin', dose: 0.5 }, { drug: 'paracetamol', dose: 0.5 }] },
    { rxId: 'B', patientId: 'P000023', status: 'cancelled', signedAt: '2026-11-25T01:35:00.000Z', lines: [{ drug: 'amoxicillin', dose: 0.5 }] },
    { rxId: 'C', patientId: 'P000011', status: 'approved', signedAt: '2026-11-26T01:40:00.000Z', lines: [] },
  ],
  users: [{ userId: 'n3099', roles: ['nurse'], status: 'active', profile: { ward: 'cardio-1' } }],
  registrations: [{ patientId: 'P000012', date: '2026-11-26', type: 'chief', count: 3 }],
  note: null,
};
const ev = (p: P) => evaluatePredicate(Predicate.parse(p), state, ctx);

describe('state paths', () => {
  it('selects through filters, wildcards and indexes', () => {
    expect(selectPath(state, 'prescriptions[patientId=P000023].lines[*].drug', ctx)).toEqual(['azithromycin', 'paracetamol', 'amoxicillin']);
    expect(selectPath(state, 'prescriptions[patientId=P000023,status!=cancelled].rxId', ctx)).toEqual(['A']);
    expect(selectPath(state, 'prescriptions[0].rxId', ctx)).toEqual(['A']);
    expect(selectPath(state, 'prescriptions[-1].rxId', ctx)).toEqual(['C']);
    expect(selectPath(state, 'prescriptions[signedAt>=$startedAt].rxId', ctx)).toEqual(['A', 'C']);
    expect(selectPath(state, 'prescriptions[signedAt<$startedAt].rxId', ctx)).toEqual(['B']);
    expect(selectPath(state, 'registrations[date=$today,count>2].type', ctx)).toEqual(['chief']);
    expect(selectPath(state, 'registrations[count>10].type', ctx)).toEqual([]);
    expect(selectPath(state, 'users[profile.ward=cardio-1].userId', ctx)).toEqual(['n3099']);
    expect(selectPath(state, 'users[userId=n3099].roles', ctx)).toEqual([['nurse']]);
    expect(selectPath(state, 'nothing.here', ctx)).toEqual([]);
  });

  it('reads own properties only: no prototype walking', () => {
    expect(selectPath(state, 'prescriptions.length', ctx)).toEqual([]);
    expect(selectPath({ a: 'x' }, 'a.length', ctx)).toEqual([]);
    expect(selectPath(state, 'toString', ctx)).toEqual([]);
    expect(() => parsePath('__proto__.polluted')).toThrow(PathSyntaxError);
    expect(() => parsePath('users[constructor=x]')).toThrow(/may not be used/);
    expect(() => parsePath('a.prototype')).toThrow(/may not be used/);
  });

  it('rejects malformed paths with the position', () => {
    expect(() => parsePath('')).toThrow(/empty path/);
    expect(() => parsePath('users[userId=n3099')).toThrow(/unclosed/);
    expect(() => parsePath('users.')).toThrow(/ends with/);
    expect(() => parsePath('users[]')).toThrow(/empty/);
    expect(() => parsePath('users[userId]')).toThrow(/not a condition/);
    expect(() => parsePath('users[userId=]')).toThrow(/no value/);
    expect(() => parsePath('us-ers')).toThrow(/not a field name/);
    expect(() => parsePath('a'.repeat(301))).toThrow(/longer than 300/);
    expect(() => parsePath(Array.from({ length: 17 }, () => 'a').join('.'))).toThrow(/more than 16/);
    expect(() => parsePath('users[userId=x]y')).toThrow(/character 16/);
  });
});

describe('predicate operators', () => {
  it('contains / notContains over values and lists', () => {
    expect(ev({ path: 'prescriptions[patientId=P000023].lines[*].drug', contains: 'azithromycin' })).toBe(true);
    expect(ev({ path: 'prescriptions[patientId=P000023,status!=cancelled].lines[*].drug', notContains: 'amoxicillin' })).toBe(true);
    expect(ev({ path: 'users[userId=n3099].roles', contains: 'nurse' })).toBe(true);
    expect(ev({ path: 'users[userId=n3099].roles', contains: 'physician' })).toBe(false);
  });

  it('equals and in need at least one value; notEquals holds vacuously', () => {
    expect(ev({ path: 'prescriptions[rxId=A].status', equals: 'pending-review' })).toBe(true);
    expect(ev({ path: 'prescriptions[rxId=Z].status', equals: 'pending-review' })).toBe(false);
    expect(ev({ path: 'prescriptions[rxId=Z].status', notEquals: 'approved' })).toBe(true);
    expect(ev({ path: 'prescriptions[*].status', in: ['pending-review', 'cancelled', 'approved'] })).toBe(true);
    expect(ev({ path: 'prescriptions[*].status', in: ['pending-review'] })).toBe(false);
    expect(ev({ path: 'users[*].roles[*]', in: ['nurse'] })).toBe(true);
    expect(ev({ path: 'note', equals: null })).toBe(true);
  });

  it('exists, count, numbers, text and time', () => {
    expect(ev({ path: 'prescriptions[patientId=P000011]', exists: true })).toBe(true);
    expect(ev({ path: 'prescriptions[patientId=P000099]', exists: false })).toBe(true);
    expect(ev({ path: 'prescriptions[*]', count: { min: 3, max: 3 } })).toBe(true);
    expect(ev({ path: 'prescriptions[*]', count: { max: 2 } })).toBe(false);
    expect(ev({ path: 'prescriptions[*].lines[*].dose', atLeast: 0.5 })).toBe(true);
    expect(ev({ path: 'prescriptions[*].lines[*].dose', atMost: 0.4 })).toBe(false);
    expect(ev({ path: 'prescriptions[*].status', includesText: 'REVIEW' })).toBe(true);
    expect(ev({ path: 'prescriptions[rxId=A].signedAt', withinMinutesOfStart: 5 })).toBe(true);
    expect(ev({ path: 'prescriptions[rxId=C].signedAt', withinMinutesOfStart: 5 })).toBe(false);
  });

  it('combines with all / any / not', () => {
    expect(ev({ all: [{ path: 'users[*]', exists: true }, { not: { path: 'users[status=disabled]', exists: true } }] })).toBe(true);
    expect(ev({ any: [{ path: 'users[status=disabled]', exists: true }, { path: 'prescriptions[rxId=A]', exists: true }] })).toBe(true);
  });
});

describe('predicate schema', () => {
  it('requires exactly one operator and a valid path', () => {
    expect(Predicate.safeParse({ path: 'a' }).success).toBe(false);
    expect(Predicate.safeParse({ path: 'a', exists: true, equals: 1 }).success).toBe(false);
    expect(Predicate.safeParse({ path: 'a', exists: true, code: 'alert(1)' }).success).toBe(false);
    const bad = Predicate.safeParse({ path: '__proto__', exists: true });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('may not be used');
    expect(Predicate.safeParse({ all: [] }).success).toBe(false);
    expect(Predicate.safeParse({ not: { path: 'a', exists: true } }).success).toBe(true);
  });

  it('refuses to evaluate predicates nested too deeply', () => {
    let p: P = { path: 'a', exists: true };
    for (let i = 0; i <= MAX_PREDICATE_DEPTH; i++) p = { not: p };
    expect(() => evaluatePredicate(p, {}, ctx)).toThrow(/nested deeper/);
  });

  it('bounds the number of selected values', () => {
    const big = { xs: Array.from({ length: 200 }, () => ({ ys: Array.from({ length: 60 }, (_, i) => i) })) };
    expect(() => selectPath(big, 'xs[*].ys[*]', ctx)).toThrow(/more than 10000/);
  });
});
