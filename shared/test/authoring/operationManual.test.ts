import { describe, expect, it } from 'vitest';
import { operationManual, roleTitle, routeTemplate, toursForRole } from '../../src/authoring/operationManual.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { markdownToPlainText } from '../../src/tour/markdown.ts';
import { demoPack } from '../packFixtures.ts';

const TODAY = new Date('2026-12-06T08:00:00Z');

function pack() {
  const input = demoPack();
  input.roles = [{ id: 'ward-clerk', title: { 'zh-CN': '病区文员', en: 'Ward clerk' } }];
  input.tours.push({
    id: 'admission',
    title: { 'zh-CN': '入院登记', en: 'Admission' },
    description: { 'zh-CN': '给**住院**患者办理入院', en: 'Admit an **inpatient**' },
    roles: ['ward-clerk'],
    urlPatterns: ['https://emr.example.cn/inpatient/*'],
    steps: [
      { id: 'open', title: { 'zh-CN': '打开入院', en: 'Open admission' }, body: { 'zh-CN': '点<script>alert(1)</script>这里', en: 'Click <img src=x onerror=alert(1)> here' } },
      {
        id: 'ward',
        title: { 'zh-CN': '选病区', en: 'Choose the ward' },
        body: { 'zh-CN': '- 先选病区\n- 再选床位', en: '- ward first\n- then the bed' },
        page: 'https://emr.example.cn/inpatient/admit?x=1',
        target: {
          tag: 'select', anchors: { id: 'adm-ward', labelText: '病区' }, css: ['select#adm-ward'], context: { ancestorLabel: '入院登记' },
          sketch: { viewport: { width: 1366, height: 768 }, target: { x: 400, y: 220, w: 160, h: 30 }, blocks: [{ kind: 'dialog', x: 300, y: 120, w: 600, h: 400 }] },
        },
      },
    ],
  });
  input.tours.push({ id: 'for-all', title: { 'zh-CN': '通用', en: 'For everyone' }, steps: [{ id: 's', title: { 'zh-CN': '一', en: 'one' }, body: { 'zh-CN': '正文', en: 'text' } }] });
  return ContentPack.parse(input);
}

describe('the operation manual (操作手册) printed from tours', () => {
  it('one tour: its steps in order, numbered, with title, body, the element by its label and the page', () => {
    const result = operationManual(pack(), { kind: 'tour', tourId: 'admission' }, 'zh-CN', TODAY);
    if (!result.ok) throw new Error(result.reason);
    const { manual } = result;
    expect(manual).toMatchObject({ packId: 'demo-registration', packTitle: '示范包：门诊挂号', version: '1.0.0', date: '2026-12-06', language: 'zh-CN' });
    expect(manual.role).toBeUndefined();
    expect(manual.sections).toHaveLength(1);
    const [admission] = manual.sections;
    expect(admission).toMatchObject({ number: 1, tourId: 'admission', anchor: 'tour-1', title: '入院登记', roles: ['病区文员'] });
    expect(admission!.steps.map((s) => [s.number, s.stepId, s.title])).toEqual([[1, 'open', '打开入院'], [2, 'ward', '选病区']]);
    expect(admission!.steps[0]!.element).toBeUndefined();
    expect(admission!.steps[1]!.element).toBe('下拉框“病区”（位于“入院登记”中）');
    // a step's own page, else the tour's pages; as routes, without the host
    expect(admission!.steps[1]!.pages).toEqual(['/inpatient/admit?x=1']);
    expect(admission!.steps[0]!.pages).toEqual(['/inpatient/*']);
    // the body is the markdown tree: HTML in the pack stays text to show, never markup
    expect(markdownToPlainText(admission!.steps[0]!.body)).toBe('点<script>alert(1)</script>这里');
    expect(admission!.steps[1]!.body).toEqual([{ type: 'list', ordered: false, items: [[{ type: 'text', text: '先选病区' }], [{ type: 'text', text: '再选床位' }]] }]);
    expect(markdownToPlainText(admission!.description!)).toContain('住院');
  });

  it("shows a step's recorded sketch in the manual's language, and nothing for a step without one", () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const result = operationManual(pack(), { kind: 'tour', tourId: 'admission' }, language, TODAY);
      if (!result.ok) throw new Error(result.reason);
      const [open, ward] = result.manual.sections[0]!.steps;
      expect(open!.sketch).toBeUndefined();
      expect(ward!.sketch!.viewBox).toBe('0 0 1366 768');
      expect(ward!.sketch!.target.at(-1)).toMatchObject({ x: 400, y: 220, width: 160, height: 30 });
      // the sketch has the dialog around it: the rest is dimmed, and the words say so
      expect(ward!.sketch!.dim).toBeDefined();
      expect(ward!.sketch!.label).toBe(language === 'zh-CN' ? '位置示意：对话框“入院登记”中的下拉框“病区”' : 'Where it is: drop-down “病区” in the dialog “入院登记”');
    }
  });

  it('is written in the language asked for, whatever the UI uses', () => {
    const result = operationManual(pack(), { kind: 'tour', tourId: 'admission' }, 'en', TODAY);
    if (!result.ok) throw new Error(result.reason);
    const steps = result.manual.sections[0]!.steps;
    expect(result.manual.packTitle).toBe('Demo pack: outpatient registration');
    expect(steps.map((s) => s.title)).toEqual(['Open admission', 'Choose the ward']);
    expect(steps[1]!.element).toBe('drop-down “病区” in “入院登记”');
    expect(result.manual.sections[0]!.roles).toEqual(['Ward clerk']);
  });

  it("a role's manual: the tours written for it and those for everyone, in pack order, chapters numbered", () => {
    const p = pack();
    const registrar = operationManual(p, { kind: 'role', roleId: 'registrar' }, 'en', TODAY);
    if (!registrar.ok) throw new Error(registrar.reason);
    expect(registrar.manual.role).toBe('Registrar');
    expect(registrar.manual.sections.map((s) => [s.number, s.tourId, s.anchor])).toEqual([[1, 'registration-basics', 'tour-1'], [2, 'for-all', 'tour-2']]);
    const demoTour = p.tours[0]!;
    expect(registrar.manual.sections[0]!.steps.map((s) => s.stepId)).toEqual(demoTour.steps.map((s) => s.id));
    expect(registrar.manual.sections[0]!.roles).toEqual(['Registrar', 'Cashier']);
    expect(toursForRole(p, 'ward-clerk').map((t) => t.id)).toEqual(['admission', 'for-all']);
    expect(roleTitle(p, 'ward-clerk', 'zh-CN')).toBe('病区文员');
    expect(roleTitle(p, 'unknown-role', 'zh-CN')).toBe('unknown-role');
  });

  it('says why there is nothing to print', () => {
    const p = pack();
    expect(operationManual(p, { kind: 'tour', tourId: 'nope' }, 'zh-CN', TODAY)).toEqual({ ok: false, reason: 'no-such-tour' });
    p.tours = p.tours.filter((t) => t.roles.length > 0);
    expect(operationManual(p, { kind: 'role', roleId: 'pharmacist' }, 'zh-CN', TODAY)).toEqual({ ok: false, reason: 'no-tours-for-role' });
  });

  it('a draft with one language blank shows the other rather than nothing', () => {
    const p = pack();
    (p.tours[2]!.steps[0]!.title as { en: string }).en = '  ';
    const result = operationManual(p, { kind: 'tour', tourId: 'for-all' }, 'en', TODAY);
    expect(result.ok && result.manual.sections[0]!.steps[0]!.title).toBe('一');
  });

  it('route templates drop the scheme and host only', () => {
    expect(routeTemplate('https://emr.example.cn/outpatient/*')).toBe('/outpatient/*');
    expect(routeTemplate('*://*/registration*')).toBe('/registration*');
    expect(routeTemplate('http://localhost:*')).toBe('/');
  });
});
