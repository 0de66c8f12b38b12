// The editor panel's choices: scenarios under their first role, the edited pack before the other
// installed packs, and the picks turned into lmsCourse's selection in the order offered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatsOf, lmsKitUrl, lmsPackChoices, lmsSelectionOf, packItemKey, pickedCount, scenariosByRole } from '../../src/lms/lmsChoices.ts';
import { lmsCourse } from '../../src/lms/lmsCourse.ts';
import { parsePackFile } from '../../src/schema/packImport.ts';
import type { Scenario } from '../../src/scenario/scenarioSchema.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const parsed = parsePackFile('ward-orders.pack.json', readFileSync(path.join(repo, 'tests', 'fixtures', 'packs', 'ward-orders.pack.json'), 'utf8'));
if (!parsed.ok) throw new Error('fixture pack');
const pack = parsed.pack;
const scenario = (id: string, roles: string[]) => ({ id, roles, title: { 'zh-CN': id, en: id } }) as unknown as Scenario;

describe('LMS package choices', () => {
  it('groups scenarios by their first role, roles in order of first appearance', () => {
    const groups = scenariosByRole([scenario('a', ['nurse']), scenario('b', ['pharmacist', 'nurse']), scenario('c', ['nurse'])]);
    expect(groups.map((g) => [g.role, g.scenarios.map((s) => s.id)])).toEqual([['nurse', ['a', 'c']], ['pharmacist', ['b']]]);
  });

  it('offers the edited pack first; an installed pack of the same id or without quizzes and tours is left out', () => {
    const other = { ...pack, id: 'other-pack' };
    const empty = { ...pack, id: 'empty-pack', quizzes: [], tours: [] };
    expect(lmsPackChoices(pack, [other, { ...pack }, empty]).map((p) => p.id)).toEqual([pack.id, 'other-pack']);
    expect(lmsPackChoices(undefined, [pack, empty]).map((p) => p.id)).toEqual([pack.id]);
  });

  it('turns picks into the selection lmsCourse takes, in the order offered, ignoring picks no longer offered', () => {
    const scenarios = [scenario('a', ['nurse']), scenario('b', ['nurse']), scenario('c', ['nurse'])];
    const quiz = pack.quizzes[0]!;
    const tour = pack.tours[0]!;
    const picks = { scenarios: new Set(['c', 'a', 'gone']), quizzes: new Set([packItemKey(pack.id, quiz.id), 'gone-pack/q']), tours: new Set<string>() };
    const selection = lmsSelectionOf(picks, scenarios, [pack]);
    expect(selection).toEqual({ scenarios: ['a', 'c'], quizzes: [`${pack.id}/${quiz.id}`] });
    expect(pickedCount(picks)).toBe(5);
    const outline = lmsCourse({ scenarios: [], packs: [pack], selection: lmsSelectionOf({ scenarios: new Set(), quizzes: new Set(), tours: new Set([packItemKey(pack.id, tour.id)]) }, [], [pack]) });
    expect(outline.ok && outline.course.items.map((i) => i.key)).toEqual([`tour:${pack.id}/${tour.id}`]);
  });

  it('formats and the kit URL', () => {
    expect(formatsOf('both')).toEqual(['scorm12', 'cmi5']);
    expect(formatsOf('cmi5')).toEqual(['cmi5']);
    expect(lmsKitUrl('http://localhost:4173')).toBe('http://localhost:4173/preceptor-lms-kit.zip');
    expect(lmsKitUrl('https://train.hospital.example/')).toBe('https://train.hospital.example/preceptor-lms-kit.zip');
  });
});
