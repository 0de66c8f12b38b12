import { beforeAll, describe, expect, it } from 'vitest';
import { timeScale } from '../../../scripts/timeScale.mjs';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { compileFieldPattern, FIELD_PATTERN_MAX_PROGRAM, FIELD_VALUE_TESTED_LENGTH } from '../../src/tour/fieldPattern.ts';
import { fieldCheck } from '../../src/tour/fieldRule.ts';
import { demoPack } from '../packFixtures.ts';

/**
 * Patterns that make a backtracking engine take exponential or high-polynomial time, in the style
 * of the attacker's 13 (several passed the old "no nested quantifiers" guard), and ones RE2 cannot
 * run at all. Each is either refused at import with a message, or runs in well under 50 ms on
 * 500 characters built to make it fail late.
 */
const CATASTROPHIC = [
  '(a+)+$',
  '(a|aa)*b',
  '(.*a){12}',
  '^(\\w+\\s?)*$',
  '(a|a)*b',
  '^(a+)+b',
  '(x+x+)+y',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(\\d+)*\\D',
  '(\\w|\\d)*!',
  '((a*)*)*b',
  '^(\\s*\\S+\\s*)*$',
  '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '(?:a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|aa|ab|ac|ad|ae|af|ag|ah|ai|aj)*!',
  '(.*){1,32000}[bc]',
  '[\\p{L}\\p{N}\\p{P}]{1,70}$',
  '(\\p{L}|\\p{N}|.){0,30}!$',
  '(a)\\1',
  '(?<n>a+)\\k<n>',
  '(?<=a)b',
  '(?<!a)b',
  '(?=a)a',
  '(?!a)b',
  '.{0,1000}x',
];
const ADVERSARIAL_INPUTS = [
  'a'.repeat(FIELD_VALUE_TESTED_LENGTH),
  `${'a'.repeat(FIELD_VALUE_TESTED_LENGTH - 1)}!`,
  `${'ab '.repeat(166)}!!`,
  `${'aA1.'.repeat(125)}`,
  '中'.repeat(FIELD_VALUE_TESTED_LENGTH),
  `${'x'.repeat(FIELD_VALUE_TESTED_LENGTH)}${'!'.repeat(10_000)}`,
];

/** The fastest of three fresh compiles' first run: the pattern's own cost (its DFA built from cold), not a GC pause of a busy machine. */
function matchMs(pattern: string, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const compiled = compileFieldPattern(pattern);
    if (!compiled.ok) throw new Error(compiled.message);
    const started = performance.now();
    compiled.test(input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('entry patterns on RE2 (linear time)', () => {
  // The engine's own first use in a page (loading its code, JIT) costs tens of ms once, whatever the pattern.
  beforeAll(() => {
    for (const warm of ['^\\d{17}[\\dX]$', '[\\p{L}\\p{N}]+$', '(a|b)*c']) for (const input of ADVERSARIAL_INPUTS) fieldCheck({ kind: 'pattern', pattern: warm })(input);
  });

  it.each(CATASTROPHIC)('%s is refused with a reason, or runs in well under 50 ms (times the load factor) on 500 adversarial characters', (pattern) => {
    const compiled = compileFieldPattern(pattern);
    if (!compiled.ok) {
      expect(compiled.message.length).toBeGreaterThan(10);
      const imported = parsePackValue('p.json', packWithPattern(pattern));
      expect(imported.ok).toBe(false);
      if (!imported.ok) expect(imported.problems).toContainEqual({ path: 'tours[0].steps[0].advance.rule.pattern', message: compiled.message, pattern: compiled.problem });
      return;
    }
    for (const input of ADVERSARIAL_INPUTS) expect(matchMs(pattern, input), JSON.stringify(input.slice(0, 8))).toBeLessThan(50 * timeScale());
  });

  it('says why: backreferences, lookaround, syntax, size', () => {
    const kind = (p: string) => {
      const c = compileFieldPattern(p);
      return c.ok ? 'ok' : c.problem.kind;
    };
    expect(kind('(a)\\1')).toBe('regex-backreference');
    expect(kind('(?<n>a)\\k<n>')).toBe('regex-backreference');
    expect(kind('[\\1]')).toBe('regex-syntax'); // not a backreference inside a class, and not valid RE2 either
    expect(kind('(?<=a)b')).toBe('regex-lookaround');
    expect(kind('(?!a)b')).toBe('regex-lookaround');
    expect(kind('\\(?=a\\)')).toBe('ok'); // escaped parenthesis: literal text
    expect(kind('[(?=]')).toBe('ok');
    expect(kind('[unclosed')).toBe('regex-syntax');
    expect(compileFieldPattern('[unclosed')).toMatchObject({ problem: { detail: 'missing closing ]: `[unclosed`' } });
    expect(kind('a{2000}')).toBe('regex-syntax');
    expect(kind('.{0,300}')).toBe('regex-too-complex');
    expect(kind('a'.repeat(201))).toBe('regex-too-long');
    expect(compileFieldPattern('.{0,300}')).toMatchObject({ problem: { limit: FIELD_PATTERN_MAX_PROGRAM } });
  });

  it('keeps the patterns mentors write, with JavaScript spellings', () => {
    const accepts = (pattern: string, yes: string[], no: string[]) => {
      const check = fieldCheck({ kind: 'pattern', pattern });
      for (const v of yes) expect(check(v), `${pattern} on ${v}`).toBe(true);
      for (const v of no) expect(check(v), `${pattern} on ${v}`).toBe(false);
    };
    accepts('^\\d{17}[\\dX]$', ['11010519491231002X'], ['1101051949123100', '11010519491231002x']);
    accepts('^[1-9]\\d{5}(18|19|20)\\d{2}((0[1-9])|(1[0-2]))(([0-2][1-9])|10|20|30|31)\\d{3}[0-9Xx]$', ['11010519491231002X'], ['01010519491231002X']);
    accepts('^1[3-9]\\d{9}$', ['13812345678'], ['12812345678', '1381234567']);
    accepts('^[\\u4e00-\\u9fa5]{2,4}$', ['王小明'], ['王', 'Wang']);
    accepts('^(?<ward>[A-Z])\\d{2}$', ['A12'], ['a12']);
    accepts('\\u{1F600}', ['😀'], ['x']);
    accepts('^\\p{Han}+$', ['中文'], ['中a']);
    accepts('(?i)^ok$', ['OK'], ['okay']);
    accepts('mg', ['5 mg bid'], ['5 ml']); // unanchored: found anywhere, as RegExp.test did
  });

  it(`tests only the first ${FIELD_VALUE_TESTED_LENGTH} characters of a value`, () => {
    const check = fieldCheck({ kind: 'pattern', pattern: 'END' });
    expect(check(`${'a'.repeat(FIELD_VALUE_TESTED_LENGTH - 3)}END`)).toBe(true);
    expect(check(`${'a'.repeat(FIELD_VALUE_TESTED_LENGTH)}END`)).toBe(false);
  });
});

function packWithPattern(pattern: string): unknown {
  const pack = demoPack();
  pack.tours[0].steps = [
    { id: 'x', target: { anchors: { name: 'idNumber' }, tag: 'input' }, title: { 'zh-CN': '填写', en: 'Fill' }, body: { 'zh-CN': '填写', en: 'Fill' }, advance: { on: 'enter', rule: { kind: 'pattern', pattern } } },
  ];
  return pack;
}
