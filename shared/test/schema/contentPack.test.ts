import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { contentPackJsonSchemaText } from '../../src/schema/contentPackJsonSchema.ts';
import { installPack, parsePackFile, parsePackValue } from '../../src/schema/packImport.ts';
import { setValidationLanguage } from '../../src/schema/zodLanguage.ts';
import { demoPack, demoPackText } from '../packFixtures.ts';

function problemsOf(value: unknown) {
  const result = parsePackValue('broken.json', value);
  if (result.ok) throw new Error('expected the pack to be rejected');
  expect(result.fileName).toBe('broken.json');
  return result.problems;
}

describe('content pack v1', () => {
  it('accepts the bundled demo pack and fills defaults', () => {
    const result = parsePackFile('registration-demo.pack.json', demoPackText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tour = result.pack.tours[0]!;
    expect(tour.steps).toHaveLength(5);
    expect(tour.steps[0]!.advance).toEqual({ on: 'next' });
    expect(tour.steps[0]!.placement).toBe('auto');
    expect(tour.steps.filter((s) => s.advance.on === 'click').map((s) => s.id)).toEqual(['new-patient']);
    expect(result.pack.checklists.map((c) => c.role)).toEqual(['registrar']);
    expect(result.pack.quizzes[0]!.questions.map((q) => q.type)).toEqual(['single-choice', 'multiple-choice', 'true-false', 'ordering', 'fill-in', 'on-screen']);
  });

  it('names the field path of a missing translation', () => {
    const pack = demoPack();
    delete (pack.tours[0].steps[2].body as Record<string, string>).en;
    expect(problemsOf(pack)).toContainEqual(expect.objectContaining({ path: 'tours[0].steps[2].body.en', message: expect.any(String) }));
  });

  it('speaks the learner\'s language for built-in validation messages', () => {
    const pack = demoPack();
    (pack as Record<string, unknown>).version = 7;
    try {
      setValidationLanguage('zh-CN');
      expect(problemsOf(pack).find((p) => p.path === 'version')!.message).toMatch(/[\u4e00-\u9fff]/);
      setValidationLanguage('en');
      expect(problemsOf(pack).find((p) => p.path === 'version')!.message).toMatch(/expected string/i);
    } finally {
      setValidationLanguage('en');
    }
  });

  it('rejects a click step without a target', () => {
    const pack = demoPack();
    delete pack.tours[0].steps[3].target;
    expect(problemsOf(pack).map((p) => p.path)).toContain('tours[0].steps[3].target');
  });

  it('rejects duplicate step ids, unknown roles, bad versions and bad url patterns', () => {
    const pack = demoPack();
    pack.version = '1.0';
    pack.siteRules = [{ urlPattern: 'localhost/registration' }];
    pack.tours[0].roles = ['registrar', 'surgeon-in-chief'];
    pack.tours[0].steps[1].id = 'welcome';
    const paths = problemsOf(pack).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['version', 'siteRules[0].urlPattern', 'tours[0].roles[1]', 'tours[0].steps[1].id']));
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    const pack = demoPack() as Record<string, unknown>;
    pack.onLoad = 'alert(1)';
    expect(problemsOf(pack).some((p) => p.message.includes('onLoad'))).toBe(true);
  });

  it('rejects an empty tour and a malformed quiz, naming their paths', () => {
    const pack = demoPack();
    pack.tours[0].steps = [];
    (pack as Record<string, unknown>).quizzes = [{ id: 'q' }];
    expect(problemsOf(pack).map((p) => p.path)).toEqual(expect.arrayContaining(['tours[0].steps', 'quizzes[0].title', 'quizzes[0].questions']));
  });

  it('reports JSON syntax errors against the file, not a field', () => {
    const result = parsePackFile('half.json', demoPackText.slice(0, 200));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileName).toBe('half.json');
    expect(result.problems[0]!.path).toBe('');
    expect(result.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('installs by id: a new version replaces the old, other packs stay', () => {
    const demo = ContentPack.parse(demoPack());
    const other = ContentPack.parse({ ...demoPack(), id: 'ward-nursing' });
    const newer = ContentPack.parse({ ...demoPack(), version: '1.1.0' });
    const installed = installPack(installPack([demo], other), newer);
    expect(installed.map((p) => `${p.id}@${p.version}`)).toEqual(['demo-registration@1.1.0', 'ward-nursing@1.0.0']);
  });

  it('keeps shared/content-pack.schema.json in sync with the zod schema (run `pnpm schema`)', () => {
    const onDisk = readFileSync(new URL('../../content-pack.schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(contentPackJsonSchemaText());
  });
});
