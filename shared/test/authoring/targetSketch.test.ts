import { describe, expect, it } from 'vitest';
import { sketchDialog, sketchDrawing, sketchLabel, SKETCH_COLOURS } from '../../src/authoring/targetSketch.ts';
import { TargetSketch } from '../../src/schema/targetSketch.ts';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { placedWords, wordIssue } from '../../src/i18n/schemaIssues.ts';
import { demoPack } from '../packFixtures.ts';

const SKETCH: TargetSketch = {
  viewport: { width: 1366, height: 768 },
  target: { x: 483, y: 201, w: 301, h: 32 },
  blocks: [
    { kind: 'banner', x: 0, y: 0, w: 1366, h: 56 },
    { kind: 'dialog', x: 383, y: 134, w: 600, h: 500 },
    { kind: 'section', x: 403, y: 180, w: 560, h: 300 },
    { kind: 'button', x: 783, y: 580, w: 80, h: 32 },
  ],
};

const NAME_FIELD: TargetFingerprint = TargetFingerprint.parse({
  tag: 'input',
  inputType: 'text',
  anchors: { id: 'name', labelText: '姓名' },
  css: ['#name'],
  context: { ancestorLabel: '新建患者', ancestorRole: 'dialog' },
  sketch: SKETCH,
});

describe('the sketch in the pack schema', () => {
  it('takes numbers and kinds, and a fingerprint with or without one', () => {
    expect(TargetSketch.parse(SKETCH)).toEqual(SKETCH);
    expect(NAME_FIELD.sketch).toEqual(SKETCH);
    const { sketch: _none, ...old } = NAME_FIELD;
    expect(TargetFingerprint.safeParse(old).success).toBe(true);
    const pack = demoPack();
    const step = pack.tours[0]!.steps.find((s: { target?: object }) => s.target)!;
    step.target = { ...step.target!, sketch: SKETCH };
    expect(ContentPack.safeParse(pack).success).toBe(true);
  });

  it('refuses text in any form: extra keys, strings for numbers, unknown kinds', () => {
    const refused = (sketch: unknown) => TargetSketch.safeParse(sketch).success;
    expect(refused({ ...SKETCH, label: '张三' })).toBe(false);
    expect(refused({ ...SKETCH, viewport: { ...SKETCH.viewport, title: '住院号 P000123' } })).toBe(false);
    expect(refused({ ...SKETCH, target: { ...SKETCH.target, text: '李四' } })).toBe(false);
    expect(refused({ ...SKETCH, blocks: [{ kind: 'field', x: 1, y: 1, w: 10, h: 10, value: '13812345678' }] })).toBe(false);
    expect(refused({ ...SKETCH, blocks: [{ kind: '张三', x: 1, y: 1, w: 10, h: 10 }] })).toBe(false);
    expect(refused({ ...SKETCH, target: { x: '483', y: 201, w: 301, h: 32 } })).toBe(false);
    expect(refused({ ...SKETCH, target: { x: 483.5, y: 201, w: 301, h: 32 } })).toBe(false);
    expect(refused({ ...SKETCH, target: { x: -1, y: 201, w: 301, h: 32 } })).toBe(false);
    expect(refused({ ...SKETCH, blocks: 'P000123' })).toBe(false);
    // and a fingerprint will not carry one of those either
    expect(TargetFingerprint.safeParse({ ...NAME_FIELD, sketch: { ...SKETCH, note: '张三' } }).success).toBe(false);
  });

  it('refuses boxes outside the viewport and more than 40 boxes, saying where in both languages', () => {
    const outside = TargetSketch.safeParse({ ...SKETCH, blocks: [{ kind: 'table', x: 1300, y: 0, w: 100, h: 10 }] });
    expect(outside.success).toBe(false);
    expect(outside.error!.issues[0]!.path).toEqual(['blocks', 0]);
    const many = Array.from({ length: 40 }, (_, i) => ({ kind: 'button' as const, x: i, y: 0, w: 10, h: 10 }));
    expect(TargetSketch.safeParse({ ...SKETCH, blocks: many }).success).toBe(false);
    expect(TargetSketch.safeParse({ ...SKETCH, blocks: many.slice(0, 39) }).success).toBe(true);

    const pack = demoPack();
    const step = pack.tours[0]!.steps.find((s: { target?: object }) => s.target)!;
    step.target = { ...step.target!, sketch: { ...SKETCH, target: { x: 1300, y: 0, w: 100, h: 10 } } };
    const result = ContentPack.safeParse(pack);
    expect(result.success).toBe(false);
    const words = wordIssue(result.error!.issues[0]!);
    const zh = placedWords(words, 'zh-CN');
    const en = placedWords(words, 'en');
    expect(zh).toContain('位置示意图');
    expect(zh).toContain('超出了页面可视区域');
    expect(en).toContain('position sketch');
    expect(en).toContain('outside the page’s viewport');
  });
});

describe('drawing a sketch', () => {
  it("draws the target's box in the accent colour, the page behind its dialog dimmed, and says where in words", () => {
    const drawing = sketchDrawing(SKETCH, sketchLabel(NAME_FIELD, 'zh-CN'));
    expect(drawing.viewBox).toBe('0 0 1366 768');
    expect(drawing.aspect).toBeCloseTo(768 / 1366);
    expect(drawing.label).toBe('位置示意：对话框“新建患者”中的输入框“姓名”');
    const box = drawing.target.at(-1)!;
    expect(box).toMatchObject({ x: 483, y: 201, width: 301, height: 32, stroke: SKETCH_COLOURS.accent });
    // the ring around it is larger than the box, so a checkbox still shows at 160 px
    const ring = drawing.target[0]!;
    expect(ring.width).toBeGreaterThan(box.width);
    expect(ring.x).toBeLessThan(box.x);
    expect(drawing.dim?.d).toBe('M0 0H1366V768H0Z M383 134h600v500h-600Z');
    // the page and what is behind the dialog first, then the dim, then the dialog and what is in it, largest first
    expect(drawing.blocks.map((b) => b.width * b.height)).toEqual([1366 * 768, 1366 * 56]);
    expect(drawing.front.map((b) => b.width * b.height)).toEqual([600 * 500, 560 * 300, 80 * 32]);
    expect(drawing.front[0]!.fill).toBe(SKETCH_COLOURS.blocks.dialog.fill);
  });

  it('holds nothing but numbers, our colours and the label: there is no page text to escape', () => {
    const drawing = sketchDrawing(SKETCH, 'LABEL');
    const strings: string[] = [];
    JSON.stringify(drawing, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
    const ours = new Set<string>([SKETCH_COLOURS.page, SKETCH_COLOURS.accent, SKETCH_COLOURS.dim, SKETCH_COLOURS.outline, 'none', ...Object.values(SKETCH_COLOURS.blocks).flatMap((c) => Object.values(c))]);
    for (const s of strings) {
      expect(ours.has(s) || s === 'LABEL' || /^[0-9MHVhvZ .-]+$/.test(s), s).toBe(true);
    }
  });

  it('without a dialog around the target, dims nothing', () => {
    const open = { ...SKETCH, blocks: SKETCH.blocks.filter((b) => b.kind !== 'dialog') };
    expect(sketchDialog(open)).toBeUndefined();
    expect(sketchDrawing(open, '').dim).toBeUndefined();
    expect(sketchDrawing(open, '').front).toEqual([]);
    // a dialog elsewhere on the page (not around the target) is not its dialog
    const beside = { ...open, blocks: [...open.blocks, { kind: 'dialog' as const, x: 900, y: 100, w: 300, h: 300 }] };
    expect(sketchDialog(beside)).toBeUndefined();
  });

  it('words the label in English, from the fingerprint’s label fields and our own kind words', () => {
    expect(sketchLabel(NAME_FIELD, 'en')).toBe('Where it is: text field “姓名” in the dialog “新建患者”');
    const button = TargetFingerprint.parse({ tag: 'button', text: 'New patient', css: [], context: { ancestorLabel: 'Registration', ancestorRole: 'region' }, sketch: { ...SKETCH, blocks: [] } });
    expect(sketchLabel(button, 'en')).toBe('Where it is: button “New patient” in the section “Registration”');
    expect(sketchLabel(button, 'zh-CN')).toBe('位置示意：区域“Registration”中的按钮“New patient”');
    // a dialog without a name, known from the sketch only
    const unnamed = TargetFingerprint.parse({ tag: 'button', text: '保存', css: [], sketch: SKETCH });
    expect(sketchLabel(unnamed, 'zh-CN')).toBe('位置示意：对话框中的按钮“保存”');
    // a section "named" by a patient's data is not named at all
    const row = TargetFingerprint.parse({ tag: 'button', text: '删除', css: [], context: { ancestorLabel: '张三 住院号 P000123' }, sketch: { ...SKETCH, blocks: [] } });
    expect(sketchLabel(row, 'zh-CN')).toBe('位置示意：按钮“删除”');
  });
});
