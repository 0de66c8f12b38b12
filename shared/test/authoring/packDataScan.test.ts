import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../scripts/timeScale.mjs';
import { parsePackFile, parsePackValue } from '../../src/schema/packImport.ts';
import { patientDataProblems } from '../../src/authoring/packDataScan.ts';
import { demoPack } from '../packFixtures.ts';

const packText = (url: URL) => readFileSync(url, 'utf8');
const BUNDLED = [
  new URL('../../packs/registration-demo.pack.json', import.meta.url),
  new URL('../../packs/sandbox-drills.pack.json', import.meta.url),
  new URL('../../../tests/fixtures/packs/ward-orders.pack.json', import.meta.url),
];

describe('packs are refused when their text looks like patient data', () => {
  it('passes every bundled and fixture pack: labels, drills and quizzes hold no patient data', () => {
    for (const url of BUNDLED) {
      const result = parsePackFile(url.pathname.split('/').pop()!, packText(url));
      expect(result.ok ? [] : result.problems, url.pathname).toEqual([]);
    }
  });

  it('names the file and the field path of a recorded name and patient id, a fingerprint text and a title', () => {
    const pack = demoPack();
    const step = pack.tours[0].steps[2];
    pack.tours[0].steps[2] = {
      ...step,
      title: { 'zh-CN': '点击“✓ 已选 许晨 P000040”', en: 'Click “✓ 已选 许晨 P000040”' },
      target: { ...(step.target ?? { tag: 'button' }), tag: 'button', text: '许晨', accessibleName: '✓ 已选 许晨 P000040' },
    };
    const result = parsePackValue('pack.json', pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileName).toBe('pack.json');
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]));
    expect(byPath['tours[0].steps[2].title.zh-CN']?.message).toBe("looks like a person's name (许晨)");
    expect(byPath['tours[0].steps[2].target.text']?.patientData).toEqual({ kind: 'name', value: '许晨' });
    expect(byPath['tours[0].steps[2].target.accessibleName']?.patientData?.kind).toBe('name');
  });

  it('checks tips, checklists, quizzes and URL patterns too; schema codes (go-live date, hashes) are not text', () => {
    const pack = demoPack() as any;
    pack.tips = [{ ...(pack.tips?.[0] ?? {}), body: { 'zh-CN': '如患者 13912345678 来电…', en: 'e.g. a call from 13912345678' } }];
    pack.tours[0].urlPatterns = ['http://emr.test/patient/P000040/*'];
    const problems = patientDataProblems(pack);
    expect(problems.map((p) => [p.path, p.patientData?.kind])).toEqual(
      expect.arrayContaining([
        ['tips[0].body.zh-CN', 'phone'],
        ['tips[0].body.en', 'phone'],
        ['tours[0].urlPatterns[0]', 'patient-id'],
      ]),
    );
    expect(problems.some((p) => p.path.startsWith('goLiveDate') || p.path.startsWith('mentorCodeHashes') || p.path.startsWith('mentorSignOff'))).toBe(false);
  });

  it('reports data problems alongside schema problems, so the editor shows both as the mentor types', () => {
    const pack = demoPack();
    pack.tours[0].steps[0].title = { 'zh-CN': '', en: 'Patient 110105 19491231 002X' };
    const result = parsePackValue('draft.pack.json', pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['tours[0].steps[0].title.zh-CN', 'tours[0].steps[0].title.en']));
    expect(result.problems.find((p) => p.path === 'tours[0].steps[0].title.en')?.message).toBe('looks like an ID number (110105 19491231 002X)');
  });

  it('stays linear on a long text full of findings (300,000 characters of names and beds took minutes)', () => {
    const pack = demoPack();
    pack.tours[0].steps[0].body.en = '王伟 12床 '.repeat(20_000);
    const started = performance.now();
    const result = parsePackValue('long.pack.json', pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'tours[0].steps[0].body.en', patientData: { kind: 'name', value: '王伟' } });
    expect(performance.now() - started).toBeLessThan(5_000 * timeScale());
  });
});

describe('import never throws', () => {
  it('refuses nesting far deeper than a pack has, naming where, instead of overflowing the stack', () => {
    const depth = 100_000;
    const text = JSON.stringify(demoPack()).replace('"tours":[', `"tours":[${'['.repeat(depth)}1${']'.repeat(depth)},`);
    const result = parsePackFile('deep.pack.json', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ path: `tours[0]${'[0]'.repeat(62)}`, message: 'nested more than 64 levels deep: a content pack has about 8' })]);
    if (!result.ok) expect(result.problems[0]!.words!.where['zh-CN']).toBe('导览 1');
  });
});
