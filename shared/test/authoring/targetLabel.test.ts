import { describe, expect, it } from 'vitest';
import { targetKind, targetLabel, targetName } from '../../src/authoring/targetLabel.ts';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';

const fp = (value: unknown) => TargetFingerprint.parse(value);

describe('a target as its label', () => {
  it('names a control by its kind and label, in either language, with the dialog it sits in', () => {
    const button = fp({ tag: 'button', accessibleName: '新建患者', anchors: { id: 'btn-new' }, css: ['#btn-new'] });
    expect(targetLabel(button, 'zh-CN')).toBe('按钮“新建患者”');
    expect(targetLabel(button, 'en')).toBe('button “新建患者”');
    const ward = fp({ tag: 'select', anchors: { id: 'adm-ward', labelText: '病区' }, css: ['select#adm-ward'], context: { ancestorLabel: '入院登记' } });
    expect(targetLabel(ward, 'zh-CN')).toBe('下拉框“病区”（位于“入院登记”中）');
    expect(targetLabel(ward, 'en')).toBe('drop-down “病区” in “入院登记”');
    expect(targetKind(fp({ tag: 'input', inputType: 'checkbox' }))).toBe('checkbox');
    expect(targetKind(fp({ tag: 'div', role: 'tab' }))).toBe('tab');
    expect(targetLabel(fp({ tag: 'input', role: 'textbox', anchors: { id: 'id-no' }, context: { ancestorRole: 'dialog' } }), 'zh-CN')).toBe('输入框（未记录名称）（位于对话框中）');
    expect(targetLabel(fp({ tag: 'section', role: 'region', anchors: { data: { panel: 'queue' } } }), 'en')).toBe('region (no name recorded)');
    expect(targetLabel(fp({ tag: 'input', anchors: { placeholder: '请输入拼音' } }), 'zh-CN')).toBe('输入框“请输入拼音”');
    expect(targetLabel(fp({ tag: 'input', anchors: { id: 'adm-name', labelText: '姓名' } }), 'zh-CN')).toBe('输入框“姓名”'); // a field's label is not a name
  });

  it('never shows CSS, ids or data values: without a label field, only the kind', () => {
    const bare = fp({ tag: 'div', anchors: { id: 'x-91', name: 'patName', data: { action: 'open' } }, classes: ['btn-primary'], css: ['div#x-91.btn-primary'] });
    const label = targetLabel(bare, 'zh-CN');
    expect(label).toBe('元素（未记录名称）'); // says a name is missing: the mentor can pick it again
    for (const css of ['x-91', 'patName', 'open', 'btn-primary', '#', '.']) expect(label).not.toContain(css);
  });

  it('leaves out a label text that looks like patient data and uses the next one', () => {
    const row = fp({ tag: 'a', text: '13812345678', anchors: { title: '打开病历' } });
    expect(targetName(row)).toBe('打开病历');
    expect(targetLabel(row, 'zh-CN')).toBe('链接“打开病历”');
    const id = fp({ tag: 'td', text: '110101199003077578' });
    expect(targetLabel(id, 'en')).toBe('table cell (no name recorded)');
    const long = fp({ tag: 'button', text: '保存'.repeat(40) });
    expect(targetName(long)!.length).toBeLessThanOrEqual(40);
  });
});
