// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { reportedControlOf } from '../../src/targeting/reportedControl.ts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('the element a problem report is about', () => {
  it('a button by its role and own words, also when the learner clicked its icon', () => {
    const doc = page('<button type="button" data-action="new-patient"><i class="icon"></i> 新建患者</button>');
    expect(reportedControlOf(doc.querySelector('i')!)).toEqual({ role: 'button', label: '新建患者' });
  });

  it('a field by its label, never its value', () => {
    const doc = page('<label for="q">患者查询</label><input id="q" value="许晨 13812345678">');
    const input = doc.querySelector('input')!;
    expect(reportedControlOf(input)).toEqual({ role: 'textbox', label: '患者查询' });
    expect(JSON.stringify(reportedControlOf(input))).not.toContain('许晨');
  });

  it('a link in a table row (a patient\'s name) keeps its role only; a row button keeps its label', () => {
    const doc = page('<table><thead><tr><th>姓名</th><th>操作</th></tr></thead><tbody><tr><td><a href="/p/1">许晨</a></td><td>P000040</td><td><button>退号</button></td></tr></tbody></table>');
    expect(reportedControlOf(doc.querySelector('a')!)).toEqual({ role: 'link' });
    expect(reportedControlOf(doc.querySelector('tbody button')!)).toEqual({ role: 'button', label: '退号' });
  });

  it('a label that looks like patient data is left out wherever it is', () => {
    const doc = page('<button aria-label="110105194912310021">x</button><button>王伟</button>');
    const [a, b] = [...doc.querySelectorAll('button')];
    expect(reportedControlOf(a!)).toEqual({ role: 'button' });
    expect(reportedControlOf(b!)).toEqual({ role: 'button' });
  });

  it('plain page text is no control: nothing to report', () => {
    const doc = page('<div class="patient-banner"><span>许晨 女 45岁</span></div><p>今日候诊 12 人</p>');
    expect(reportedControlOf(doc.querySelector('span')!)).toBeUndefined();
    expect(reportedControlOf(doc.querySelector('p')!)).toBeUndefined();
  });
});
