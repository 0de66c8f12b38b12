import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRASTS, SYNONYMS } from '../../src/targeting/labelTerms.ts';
import { canonicalTerms, comparableText, keyTermsOf, leadingSectionWord, sharesTerm, swapsAWord, textSimilarity } from '../../src/targeting/textSimilarity.ts';

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

  it('rates synonyms of hospital screens alike, never as the same words', () => {
    expect(textSimilarity('退号原因', '退号理由')).toBe(0.9);
    expect(textSimilarity('驳 回', '退回')).toBe(0.9);
    expect(textSimilarity('历史用药', '用药史')).toBe(0.9);
    expect(textSimilarity('仅显示高警示', '只看高警示')).toBe(0.9);
    expect(textSimilarity('Search', 'Query')).toBe(0.9);
    // a synonym in a longer label counts as much as the rest of the label allows
    expect(textSimilarity('今日挂号队列', '当日挂号列表')).toBeGreaterThan(textSimilarity('今日挂号队列', '昨日挂号列表'));
    expect(textSimilarity('今日挂号队列', '当日挂号列表')).toBeLessThan(0.9);
  });

  it('reads 发票 and 票据 as one word, as billing screens write them', () => {
    expect(textSimilarity('打印发票', '打印票据')).toBe(0.9);
    expect(textSimilarity('发票号', '票据号')).toBe(0.9);
    // the synonym makes them alike, a qualifier still counts: 电子票据 is read as 电子发票, never the same words
    expect(textSimilarity('打印发票', '打印电子票据')).toBeCloseTo(0.9 * textSimilarity('打印发票', '打印电子发票'), 9);
    expect(textSimilarity('打印发票', '打印电子票据')).toBeGreaterThan(textSimilarity('打印发票', '打印清单'));
  });

  it('tells an English word swapped for another from a word added or dropped', () => {
    expect(swapsAWord('Record administration', 'Last administration')).toBe(true);
    expect(swapsAWord('Care plan (day)', 'Care plan (night)')).toBe(true);
    // letters alone read the swap as alike
    expect(textSimilarity('Record administration', 'Last administration')).toBeGreaterThan(0.7);
    expect(swapsAWord('Requested', 'Request date')).toBe(false);
    expect(swapsAWord('Pulse (bpm)', 'Pulse')).toBe(false);
    expect(swapsAWord('Fall risk', 'Risk of falls')).toBe(false);
    expect(swapsAWord('Reset', 'Clear answers')).toBe(false);
    expect(swapsAWord('护理记录', '护理评估')).toBe(false);
  });

  it('does not make a synonym of what is not one, nor undo a negation with one', () => {
    // 保存 (save a draft) and 提交 (submit it) are different buttons; so are a phone and a mobile
    expect(textSimilarity('保存', '提交')).toBe(0);
    expect(textSimilarity('联系电话', '手机号码')).toBeLessThan(0.5);
    expect(textSimilarity('驳回', '取消退回')).toBeLessThan(0.5);
    // English words are compared without spaces: "find" is not in the table, or "Findings" would be a search
    expect(textSimilarity('Findings', 'Search')).toBeLessThan(0.3);
  });

  it('keeps look-alike words that name different things apart', () => {
    expect(textSimilarity('检验申请', '检查申请')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('化验申请', '检查申请')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('入院记录', '出院记录')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('长期医嘱', '临时医嘱')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('收缩压', '舒张压')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('Inpatient no.', 'Outpatient no.')).toBeLessThanOrEqual(0.1);
    // a label holding both words is not contrasted with one holding one of them
    expect(textSimilarity('门诊转住院', '住院')).toBeGreaterThan(0.5);
    // and the same words stay the same
    expect(textSimilarity('检验申请', '检验申请')).toBe(1);
  });

  it('keeps the term table consistent: contrast words are read as themselves, words are long enough', () => {
    for (const group of CONTRASTS) for (const word of group) expect(canonicalTerms(comparableText(word)), word).toBe(comparableText(word));
    const seen = new Set<string>();
    for (const group of SYNONYMS) {
      expect(group.length, group.join('/')).toBeGreaterThanOrEqual(2);
      for (const word of group) {
        const w = comparableText(word);
        expect(seen.has(w), `${word} is in two groups`).toBe(false);
        seen.add(w);
        expect(w.length, word).toBeGreaterThanOrEqual(/^[a-z]+$/.test(w) ? 4 : 2);
      }
    }
  });

  it('reads the thesaurus\'s rewordings alike and its opposites apart', () => {
    expect(textSimilarity('编辑', '修改')).toBe(0.9);
    expect(textSimilarity('Edit', 'Modify')).toBe(0.9);
    expect(textSimilarity('撤销审核', '取消审核')).toBe(0.9);
    expect(textSimilarity('待审核医嘱', '未审核医嘱')).toBe(0.9);
    expect(textSimilarity('压疮评估', '压力性损伤评估')).toBe(0.9);
    expect(textSimilarity('已审核医嘱', '未审核医嘱')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('导入模板', '导出模板')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('Import patients', 'Export patients')).toBeLessThanOrEqual(0.1);
    expect(textSimilarity('Left knee', 'Right knee')).toBeLessThanOrEqual(0.1);
  });

  it('keeps an English word with its family once its synonyms are read (stems after synonyms)', () => {
    // a synonym read whole would part them: 'Booking' as 'appointment' lost 'Book', 'Anaesthesia' as 'anesthesia' lost 'Anaesthetist'
    expect(sharesTerm(keyTermsOf('Booking'), keyTermsOf('Book theatre'))).toBe(true);
    expect(sharesTerm(keyTermsOf('Anaesthesia type'), keyTermsOf('Anaesthetist'))).toBe(true);
    expect(sharesTerm(keyTermsOf('Remarks'), keyTermsOf('Comments'))).toBe(true);
    expect(sharesTerm(keyTermsOf('Theatre notes'), keyTermsOf('Comments'))).toBe(false);
    // and the spellings still meet by their root
    expect(textSimilarity('Paediatric ward', 'Pediatric ward')).toBe(0.9);
  });

  it('finds the leading word a label shares with its section heading, never a trailing one', () => {
    expect(leadingSectionWord('审核通过', '审核结论')).toEqual({ word: '审核', rest: '通过' });
    expect(leadingSectionWord('患者姓名', '患者信息')).toEqual({ word: '患者', rest: '姓名' });
    expect(leadingSectionWord('取消审核', '审核结论')).toBeUndefined();
    expect(leadingSectionWord('审核', '审核结论')).toBeUndefined();
    expect(leadingSectionWord('审核通过', '')).toBeUndefined();
  });

  it('property: symmetric, within [0, 1], 1 exactly for the same comparable text', () => {
    const label = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('保存', '保存(S)', '打印', '打印预览', '新建患者', '患者姓名', '病人姓名', '执行', '不执行', '驳回', '退回', '取消退回', '检验申请', '检查申请', '化验申请'),
    );
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
