// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { stepKind } from '../../src/tour/stepKind.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { advanceTour, startTour } from '../../src/tour/tourMachine.ts';
import { fieldSatisfies, fieldValueOf } from '../../src/tour/fieldRule.ts';
import { demoPack } from '../packFixtures.ts';

const input = { anchors: { name: 'idNumber' }, tag: 'input' };

function packWithSteps(steps: unknown[]) {
  const pack = demoPack();
  pack.tours[0].steps = steps;
  return pack;
}

const kindsPack = ContentPack.parse(
  packWithSteps([
    { id: 'intro', title: { 'zh-CN': '介绍', en: 'Intro' }, body: { 'zh-CN': '内容', en: 'Body' } },
    { id: 'type-id', target: input, title: { 'zh-CN': '填写', en: 'Type' }, body: { 'zh-CN': '内容', en: 'Body' }, advance: { on: 'enter', rule: { kind: 'pattern', pattern: '^\\d{17}[\\dX]$' } } },
    { id: 'go-pharmacy', title: { 'zh-CN': '去药房', en: 'Go' }, body: { 'zh-CN': '内容', en: 'Body' }, advance: { on: 'navigate', urlPattern: 'http://localhost:*/pharmacy*' } },
    { id: 'look', target: input, page: 'http://localhost:*/pharmacy*', title: { 'zh-CN': '看', en: 'Look' }, body: { 'zh-CN': '内容', en: 'Body' } },
  ]),
);
const tour = kindsPack.tours[0]!;

describe('step kinds', () => {
  it('derives info, point, click, enter and navigate', () => {
    expect(tour.steps.map(stepKind)).toEqual(['info', 'enter', 'navigate', 'point']);
    expect(stepKind({ target: input as never, advance: { on: 'click' } })).toBe('click');
  });

  it('an enter step needs a target; patterns RE2 cannot run, or broken ones, are refused with their path', () => {
    const noTarget = parsePackValue('p.json', packWithSteps([{ id: 'x', title: { 'zh-CN': 'a', en: 'a' }, body: { 'zh-CN': 'a', en: 'a' }, advance: { on: 'enter', rule: { kind: 'not-empty' } } }]));
    expect(!noTarget.ok && noTarget.problems.map((p) => p.path)).toContain('tours[0].steps[0].target');
    for (const pattern of ['(a)\\1', '(?=a)a', '[unclosed', 'a'.repeat(201), '.{0,300}']) {
      const result = parsePackValue('p.json', packWithSteps([{ id: 'x', target: input, title: { 'zh-CN': 'a', en: 'a' }, body: { 'zh-CN': 'a', en: 'a' }, advance: { on: 'enter', rule: { kind: 'pattern', pattern } } }]));
      expect(result.ok, pattern).toBe(false);
      if (!result.ok) expect(result.problems[0]!.path).toBe('tours[0].steps[0].advance.rule.pattern');
    }
  });

  it('moves on only for the matching event of the current step', () => {
    let { run } = startTour(tour, kindsPack, 'r', 0);
    run = advanceTour(run, tour, { type: 'next' }, 1).run;
    expect(advanceTour(run, tour, { type: 'next' }, 2).effects).toEqual([]);
    expect(advanceTour(run, tour, { type: 'url-matched', stepId: 'type-id' }, 2).effects).toEqual([]);
    expect(advanceTour(run, tour, { type: 'field-satisfied', stepId: 'intro' }, 2).effects).toEqual([]);
    run = advanceTour(run, tour, { type: 'field-satisfied', stepId: 'type-id' }, 2).run;
    expect(run.stepIndex).toBe(2);
    expect(advanceTour(run, tour, { type: 'field-satisfied', stepId: 'go-pharmacy' }, 3).effects).toEqual([]);
    const moved = advanceTour(run, tour, { type: 'url-matched', stepId: 'go-pharmacy' }, 3);
    expect(moved.effects).toEqual([{ kind: 'progressed', stepId: 'go-pharmacy', stepIndex: 2, skipped: false }]);
  });
});

describe('field rules (evaluated in the page, only pass/fail leaves it)', () => {
  it('not-empty, equals and pattern', () => {
    expect(fieldSatisfies({ kind: 'not-empty' }, '  ')).toBe(false);
    expect(fieldSatisfies({ kind: 'not-empty' }, '王伟')).toBe(true);
    expect(fieldSatisfies({ kind: 'equals', value: 'employee' }, 'employee')).toBe(true);
    expect(fieldSatisfies({ kind: 'equals', value: 'employee' }, 'resident')).toBe(false);
    const id = { kind: 'pattern', pattern: '^\\d{17}[\\dX]$' } as const;
    expect(fieldSatisfies(id, '11010519491231002X')).toBe(true);
    expect(fieldSatisfies(id, '1101051949123100')).toBe(false);
  });

  it('reads inputs, selects, checkboxes and radio groups', () => {
    document.body.innerHTML = `<input id="t" value="abc"><select id="s"><option value="a">A</option><option value="b" selected>B</option></select>
      <input id="c" type="checkbox" checked><fieldset id="f"><input type="radio" name="r" value="x"><input type="radio" name="r" value="y" checked></fieldset>`;
    expect(fieldValueOf(document.getElementById('t')!)).toBe('abc');
    expect(fieldValueOf(document.getElementById('s')!)).toBe('b');
    expect(fieldValueOf(document.getElementById('c')!)).toBe('on');
    expect(fieldValueOf(document.getElementById('f')!)).toBe('y');
  });
});
