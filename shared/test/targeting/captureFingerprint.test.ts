// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';
import { hopOf } from '../../src/targeting/targetScope.ts';

const $ = <T extends Element = Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

/** Element Plus registration form: generated ids, labels bound by `for`, one label without `for`. */
const ELEMENT_PLUS_FORM = `
  <div class="el-card"><div class="el-card__header"><span>患者信息</span></div><div class="el-card__body">
    <form class="el-form">
      <div class="el-form-item"><label class="el-form-item__label" for="el-id-1024-11">姓名</label>
        <div class="el-form-item__content"><div class="el-input"><input class="el-input__inner css-1x6z5ev" id="el-id-1024-11" data-v-7ba5bd90></div></div></div>
      <div class="el-form-item"><label class="el-form-item__label">联系电话</label>
        <div class="el-form-item__content"><div class="el-input"><input class="el-input__inner is-focus" id="el-id-1024-16" maxlength="11"></div></div></div>
      <div class="el-form-item"><label class="el-form-item__label" for="el-id-1024-15">证件号码</label>
        <div class="el-form-item__content"><input class="el-input__inner" id="el-id-1024-15" name="idNo"></div></div>
    </form>
    <button type="button" class="el-button el-button--success" id="btnNewPatient"><span>新建患者 (F2)</span></button>
    <button type="button" class="el-button PayPanel_payBtn__3xK9a" id=":r4:" data-action="print-slip" data-row-key="R2026">打印挂号单</button>
  </div></div>`;

/** ASP.NET table-layout form: the label sits in the neighbouring cell. */
const TABLE_FORM = `
  <table class="frm"><tr>
    <td class="lbl">就诊卡号：</td><td><input name="ctl00$ContentPlaceHolder1$txtCardNo" id="ctl00_ContentPlaceHolder1_txtCardNo"></td>
    <td><input type="button" value="读卡" id="ctl00_ContentPlaceHolder1_btnReadCard"></td>
  </tr></table>`;

/** A data grid: rows are patient records. */
const DATA_GRID = `
  <section aria-label="今日挂号队列"><table>
    <thead><tr><th>姓名</th><th>证件号</th><th>状态</th><th>操作</th></tr></thead>
    <tbody>
      <tr><td>张三丰</td><td>110101199003077777</td><td>候诊</td><td><input type="checkbox" class="row-check"><button class="row-cancel" aria-label="退号：张三丰" title="张三丰 110101199003077777">退号</button></td></tr>
      <tr><td>李四光</td><td>110101198808088888</td><td>已就诊</td><td><input type="checkbox" class="row-check"><button class="row-cancel">退号</button></td></tr>
    </tbody></table></section>`;

describe('captureFingerprint', () => {
  beforeEach(() => {
    document.body.innerHTML = ELEMENT_PLUS_FORM + TABLE_FORM + DATA_GRID;
  });

  it('records label text, never generated ids, hashed or state classes, or scoped-style attributes', () => {
    const fp = captureFingerprint($('#el-id-1024-11'));
    expect(fp.anchors).toEqual({ labelText: '姓名' });
    expect(fp.classes).toEqual(['el-input__inner']);
    expect(fp.context?.ancestorLabel).toBe('患者信息');
    expect(JSON.stringify(fp)).not.toMatch(/el-id-1024|css-1x6z5ev|7ba5bd90/);
  });

  it('records a label bound without `for` as the nearby label', () => {
    const fp = captureFingerprint($('#el-id-1024-16'));
    expect(fp.anchors.labelText).toBeUndefined();
    expect(fp.context?.nearbyLabel).toBe('联系电话');
    expect(fp.classes).toEqual(['el-input__inner']); // is-focus is a state
  });

  it('keeps stable anchors and only the data-* attributes that are identity', () => {
    const fp = captureFingerprint($('[data-action]'));
    expect(fp.anchors).toEqual({ data: { action: 'print-slip' } });
    expect(fp.text).toBe('打印挂号单');
    expect(fp.css).toEqual(['button[data-action="print-slip"]']);
    expect(JSON.stringify(fp)).not.toMatch(/:r4:|3xK9a|R2026/);
    const button = captureFingerprint($('#btnNewPatient'));
    expect(button.anchors.id).toBe('btnNewPatient');
    expect(button.css[0]).toBe('button#btnNewPatient');
  });

  it('reads the label cell of a table-layout form and keeps the developer part of ASP.NET ids', () => {
    const fp = captureFingerprint($('input[name$="txtCardNo"]'));
    expect(fp.anchors.id).toBeUndefined();
    expect(fp.anchors.name).toBeUndefined();
    expect(fp.context?.nearbyLabel).toBe('就诊卡号：');
    expect(fp.css).toContain('input[id$="_txtCardNo"]');
    expect(fp.css).toContain('input[name$="$txtCardNo"]');
    const readCard = captureFingerprint($('input[type="button"]'));
    expect(readCard.text).toBe('读卡');
    expect(readCard.role).toBe('button');
  });

  it('describes a grid cell by its column, never by the patient data around it', () => {
    const fp = captureFingerprint($('.row-cancel'));
    expect(fp.context).toMatchObject({ ancestorLabel: '今日挂号队列', columnHeader: '操作' });
    expect(fp.text).toBe('退号');
    const check = captureFingerprint($('.row-check'));
    expect(check.context?.nearbyLabel).toBeUndefined();
    const table = captureFingerprint($('table', $('section')));
    expect(table.text).toBe('姓名 证件号 状态 操作');
    for (const el of Array.from(document.querySelectorAll('section *'))) {
      expect(JSON.stringify(captureFingerprint(el))).not.toMatch(/张三丰|李四光|110101|候诊/);
    }
  });

  it('records the place among elements of the same kind', () => {
    expect(captureFingerprint(document.querySelectorAll('.row-cancel')[1]!).position).toEqual({ index: 1, count: 2 });
  });

  it('never records what was typed into a field', () => {
    const input = $<HTMLInputElement>('#el-id-1024-11');
    input.value = '王五';
    input.setAttribute('value', '王五');
    expect(JSON.stringify(captureFingerprint(input))).not.toContain('王五');
  });

  it('produces fingerprints the pack schema accepts, unchanged, and resolves them on the same page', () => {
    for (const el of Array.from(document.body.querySelectorAll('input, button, table, th, label'))) {
      const fp = captureFingerprint(el);
      expect(TargetFingerprint.parse(JSON.parse(JSON.stringify(fp)))).toEqual(fp);
      const result = resolveTarget(fp, document);
      // the two 退号 rows are twins: ambiguous is the only right answer for them
      if (result.status === 'found') expect(result.element).toBe(el);
    }
  });

  it('still accepts fingerprints recorded before scopes, positions and classes existed', () => {
    const old = { anchors: { id: 'patient-query', name: 'patientQuery' }, tag: 'input', role: 'textbox', css: ['input#patient-query'] };
    expect(TargetFingerprint.parse(old)).toEqual(old);
    expect(TargetFingerprint.safeParse({ ...old, scope: [{ kind: 'portal', tag: 'x-y' }] }).success).toBe(false);
  });

  it('property: no text of a data cell or of a field value ever reaches a fingerprint', () => {
    const secret = fc.stringMatching(/^[\u4e00-\u9fa5]{2,4}[0-9]{0,6}$/).filter((s) => !/操作|状态|姓名|退号/.test(s));
    fc.assert(
      fc.property(secret, secret, (cell, typed) => {
        document.body.innerHTML = `<table><thead><tr><th>患者</th><th>操作</th></tr></thead><tbody>
          <tr><td><span class="name">${cell}</span></td><td><input class="memo" value="${typed}"><button>执行</button></td></tr></tbody></table>`;
        for (const el of Array.from(document.body.querySelectorAll('*'))) {
          const json = JSON.stringify(captureFingerprint(el));
          if (el.tagName !== 'TABLE' && el.tagName !== 'TBODY' && el.tagName !== 'TR') expect(json).not.toContain(cell);
          expect(json).not.toContain(typed);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('captureFingerprint across frames and shadow roots', () => {
  it('records the open shadow roots on the way to the element', () => {
    document.body.innerHTML = '<lis-report-view></lis-report-view>';
    const outer = $('lis-report-view').attachShadow({ mode: 'open' });
    outer.innerHTML = '<header><lis-report-toolbar id="toolbar"></lis-report-toolbar></header>';
    const inner = $('lis-report-toolbar', outer).attachShadow({ mode: 'open' });
    inner.innerHTML = '<div role="toolbar" aria-label="报告操作"><button class="tb-audit">审核</button></div>';
    const fp = captureFingerprint($('button', inner));
    expect(fp.scope).toEqual([
      { kind: 'shadow', tag: 'lis-report-view' },
      { kind: 'shadow', tag: 'lis-report-toolbar', id: 'toolbar' },
    ]);
    expect(fp.context).toMatchObject({ ancestorLabel: '报告操作', ancestorRole: 'toolbar' });
    expect(fp.css).toEqual(['button.tb-audit']);
  });

  it('records a same-origin frame by name, title and path, never by its query string', () => {
    document.body.innerHTML = '<iframe name="passFrame" title="合理用药"></iframe>';
    const frame = $<HTMLIFrameElement>('iframe');
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<button id="passCheck">用药审查</button>';
    const fp = captureFingerprint(doc.querySelector('#passCheck')!);
    expect(fp.scope).toEqual([{ kind: 'frame', tag: 'iframe', name: 'passFrame', title: '合理用药' }]);
    // (jsdom would navigate a frame given a src, so the path rule is checked on a detached frame)
    const detached = document.createElement('iframe');
    detached.setAttribute('src', '/pass/check.html?patientId=P000123#top');
    expect(hopOf(detached, 'frame')).toEqual({ kind: 'frame', tag: 'iframe', src: '/pass/check.html' });
  });
});
