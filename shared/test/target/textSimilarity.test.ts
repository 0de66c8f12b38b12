import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableText, textSimilarity } from '../../src/target/textSimilarity.ts';

describe('textSimilarity', () => {
  it('ignores spacing, punctuation, required stars and hotkey hints', () => {
    expect(comparableText(' 新建患者 (F2) ')).toBe('新建患者');
    expect(comparableText('*证件号码：')).toBe('证件号码');
    expect(comparableText('保存[Alt+S]')).toBe('保存');
    expect(textSimilarity('挂 号', '挂号')).toBe(1);
    expect(textSimilarity('Save (S)', 'save')).toBe(1);
  });

  it('rates a qualifier added or dropped above shared characters, but never as the same words', () => {
    const qualifier = textSimilarity('新开', '新开医嘱');
    expect(qualifier).toBeGreaterThan(0.7);
    expect(qualifier).toBeLessThan(0.9);
    expect(textSimilarity('打印报告', '打印')).toBeGreaterThan(textSimilarity('打印报告', '打印预览'));
    expect(textSimilarity('补打发票', '发票补打')).toBe(0.9);
  });

  it('treats a negation as a different action', () => {
    expect(textSimilarity('执行', '不执行')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('审核', '取消审核')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('执行', '批量执行')).toBeGreaterThan(0.5);
  });

  it('keeps unrelated labels apart', () => {
    expect(textSimilarity('驳回', '审核通过')).toBe(0);
    expect(textSimilarity('姓名', '证件号码')).toBe(0);
    expect(textSimilarity('', '保存')).toBe(0);
    expect(textSimilarity(undefined, undefined)).toBe(0);
  });

  it('property: symmetric, within [0, 1], 1 exactly for the same comparable text', () => {
    const label = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('保存', '保存(S)', '打印', '打印预览', '新建患者', '患者姓名', '执行', '不执行'));
    fc.assert(
      fc.property(label, label, (a, b) => {
        const ab = textSimilarity(a, b);
        expect(ab).toBeCloseTo(textSimilarity(b, a), 10);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        if (ab === 1) expect(comparableText(a)).toBe(comparableText(b));
        if (comparableText(a) && comparableText(a) === comparableText(b)) expect(ab).toBe(1);
      }),
    );
  });
});
