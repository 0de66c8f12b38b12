import { describe, expect, it } from 'vitest';
import { diffPacks, targetSummary } from '../../src/authoring/packDiff.ts';
import { suggestBump } from '../../src/authoring/packVersion.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';

const parse = (value: unknown) => ContentPack.parse(value);
const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A small pack of our own: the bundled demo pack changes as the product grows. */
function demoPack(): any {
  return {
    schemaVersion: 1,
    id: 'demo-registration',
    version: '1.0.0',
    title: text('示范包', 'Demo pack'),
    siteRules: [{ urlPattern: 'http://localhost:*/registration*' }],
    tours: [
      {
        id: 'registration-basics',
        title: text('门诊挂号入门', 'Registration basics'),
        steps: [
          { id: 'welcome', title: text('欢迎', 'Welcome to outpatient registration'), body: text('两分钟。', 'Two minutes.') },
          { id: 'patient-search', target: { anchors: { id: 'patient-query', name: 'patientQuery' }, tag: 'input', css: ['input#patient-query'] }, title: text('先查找', 'Search first'), body: text('检索', 'Search') },
          { id: 'today-queue', target: { anchors: { data: { panel: 'today-queue' } }, tag: 'section' }, title: text('队列', 'Queue'), body: text('队列', 'Queue') },
          { id: 'new-patient', target: { anchors: { data: { action: 'new-patient' } }, tag: 'button' }, title: text('新建', 'New'), body: text('点击', 'Click'), advance: { on: 'click' } },
          { id: 'id-number', target: { anchors: { id: 'new-patient-id-number' }, tag: 'input' }, title: text('证件号', 'ID'), body: text('填写', 'Fill in'), advance: { on: 'enter', rule: { kind: 'not-empty' } } },
        ],
      },
    ],
  };
}

describe('change view between two versions of a pack', () => {
  it('no changes between a pack and itself', () => {
    expect(diffPacks(parse(demoPack()), parse(demoPack()))).toEqual([]);
  });

  it('lists steps added, removed, moved, retargeted and reworded', () => {
    const before = parse(demoPack());
    const raw = demoPack();
    const steps = raw.tours[0].steps;
    // reword, retarget, remove, add, move
    steps[0].title.en = 'Welcome!';
    steps[1].target = { anchors: { id: 'patient-search-v2' }, tag: 'input', css: [] };
    const removed = steps.splice(2, 1)[0];
    steps.push({ id: 'print-card', title: { 'zh-CN': '打印', en: 'Print' }, body: { 'zh-CN': '打印就诊卡', en: 'Print the card' } });
    const [moved] = steps.splice(0, 1);
    steps.splice(2, 0, moved);
    const changes = diffPacks(before, parse(raw));
    const tourId = before.tours[0]!.id;
    expect(changes).toContainEqual({ kind: 'removed', area: 'step', ids: [tourId, removed.id], from: 2 });
    expect(changes).toContainEqual({ kind: 'added', area: 'step', ids: [tourId, 'print-card'], to: 4 });
    expect(changes).toContainEqual({ kind: 'moved', area: 'step', ids: [tourId, 'welcome'], from: 0, to: 2 });
    expect(changes).toContainEqual({ kind: 'text-changed', area: 'step', ids: [tourId, 'welcome'], field: 'title.en', before: 'Welcome to outpatient registration', after: 'Welcome!' });
    expect(changes).toContainEqual({ kind: 'retargeted', area: 'step', ids: [tourId, 'patient-search'], before: 'input#patient-query[name=patientQuery]', after: 'input#patient-search-v2' });
    expect(changes.filter((c) => c.kind === 'moved')).toHaveLength(1); // only the step that moved, not the ones shifted by it
    expect(suggestBump(changes)).toBe('major');
  });

  it('sees rule, placement and page changes, and added quizzes, tips and checklists', () => {
    const before = parse(demoPack());
    const raw = demoPack();
    raw.tours[0].steps[3].advance = { on: 'next' };
    raw.tours[0].steps[3].placement = 'left';
    raw.quizzes = [{ id: 'q1', title: { 'zh-CN': '测', en: 'Quiz' }, questions: [{ id: 'a', type: 'true-false', prompt: { 'zh-CN': '对吗', en: 'True?' }, correct: true }] }];
    const changes = diffPacks(before, parse(raw));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'changed', area: 'step', field: 'advance', before: '{"on":"click"}', after: '{"on":"next"}' }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'changed', area: 'step', field: 'placement' }));
    expect(changes).toContainEqual({ kind: 'added', area: 'quiz', ids: ['q1'], to: 0 });
    expect(suggestBump(changes)).toBe('minor');
  });

  it('question changes: reworded prompt, new answer, on-screen target re-picked', () => {
    const quiz = (correct: boolean, prompt: string, id: string) => ({
      ...demoPack(),
      quizzes: [{ id: 'q', title: { 'zh-CN': '测', en: 'Q' }, questions: [
        { id: 'tf', type: 'true-false', prompt: { 'zh-CN': prompt, en: 'x' }, correct },
        { id: 'os', type: 'on-screen', prompt: { 'zh-CN': '点', en: 'Click' }, target: { anchors: { id }, tag: 'button', css: [] } },
      ] }],
    });
    const changes = diffPacks(parse(quiz(true, '对吗', 'a')), parse(quiz(false, '对吗？', 'b')));
    expect(changes.map((c) => `${c.kind}:${c.ids.join('/')}:${c.field ?? ''}`)).toEqual(['text-changed:q/tf:prompt.zh-CN', 'changed:q/tf:answer', 'retargeted:q/os:']);
  });

  it('summarises targets for a reviewer', () => {
    expect(targetSummary({ tag: 'button', anchors: { data: { action: 'sign' } }, accessibleName: '签名' })).toBe('button[data-action=sign] “签名”');
    expect(targetSummary(undefined)).toBe('—');
  });
});
