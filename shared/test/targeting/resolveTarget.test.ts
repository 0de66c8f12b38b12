// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { observableRoots, resolveTarget } from '../../src/targeting/resolveTarget.ts';

const $ = <T extends Element = Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

function expectFound(fp: TargetFingerprint, el: Element, root: ParentNode = document) {
  const result = resolveTarget(fp, root);
  expect(result.status, result.status !== 'found' ? result.reason : '').toBe('found');
  if (result.status === 'found') expect(result.element).toBe(el);
}

function expectNotFound(fp: TargetFingerprint, root: ParentNode = document) {
  const result = resolveTarget(fp, root);
  expect(result.status, result.status === 'found' ? `returned <${result.element.tagName}> ${result.element.textContent}` : '').not.toBe('found');
  return result;
}

/** The nurse's toolbar before and after an upgrade. */
const TOOLBAR = `
  <div class="panel"><div class="panel-title">医嘱执行单</div>
    <div class="datagrid-toolbar">
      <a href="#" class="l-btn icon-ok">执行</a><a href="#" class="l-btn icon-undo">取消执行</a>
      <a href="#" class="l-btn icon-no">不执行</a><a href="#" class="l-btn icon-print">打印</a>
    </div>
  </div>`;

describe('resolveTarget after a vendor upgrade', () => {
  beforeEach(() => {
    document.body.innerHTML = TOOLBAR;
  });

  it('survives wrappers, shuffled siblings, renewed generated ids and a hotkey hint', () => {
    document.body.innerHTML = `
      <form class="el-form"><div class="el-form-item"><label for="el-id-1024-15">证件号码</label><input id="el-id-1024-15" name="idNo"></div>
        <div class="el-form-item"><label for="el-id-1024-16">联系电话</label><input id="el-id-1024-16"></div>
        <div class="actions"><button class="el-button el-button--primary" id="el-id-1024-30">保存</button><button class="el-button">重置</button></div></form>`;
    const idNo = captureFingerprint($('[name="idNo"]'));
    const phone = captureFingerprint($('#el-id-1024-16'));
    const save = captureFingerprint($('.el-button--primary'));
    document.body.innerHTML = `
      <form class="el-form"><div class="wrap-x1"><div class="actions"><button class="el-button">重置</button>
          <span class="ui-wrap"><button class="el-button el-button--primary" id="el-id-7731-30">保存 (S)</button></span></div></div>
        <div class="el-form-item"><label for="el-id-7731-16">联系电话</label><div class="el-input"><input id="el-id-7731-16"></div></div>
        <div class="el-form-item"><label for="el-id-7731-15">证件号</label><input id="el-id-7731-15" name="idNo"></div></form>`;
    expectFound(idNo, $('[name="idNo"]'));
    expectFound(phone, $('#el-id-7731-16'));
    expectFound(save, $('.el-button--primary'));
  });

  it('does not take a removed button\'s look-alike: 打印 gone, 打印预览 added', () => {
    const print = captureFingerprint($('.icon-print'));
    $('.icon-print').outerHTML = '<a href="#" class="l-btn icon-preview">打印预览</a>';
    expectNotFound(print);
  });

  it('does not take the opposite action: 不执行 gone, 执行 and 取消执行 stay', () => {
    const skip = captureFingerprint($('.icon-no'));
    $('.icon-no').remove();
    expectNotFound(skip);
  });

  it('does not take another dialog\'s 确定 when the recorded dialog is closed', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="退号确认"><button class="btn btn-primary">确定</button><button class="btn">取消</button></div>
      <div role="dialog" aria-label="打印设置"><button class="btn btn-primary">确定</button><button class="btn">取消</button></div>`;
    const confirm = captureFingerprint($('[aria-label="退号确认"] .btn-primary'));
    expectFound(confirm, $('[aria-label="退号确认"] .btn-primary'));
    $('[aria-label="退号确认"]').remove();
    expectNotFound(confirm);
  });

  it('reports a duplicated control as ambiguous, naming both scores', () => {
    const execute = captureFingerprint($('.icon-ok'));
    $('.icon-ok').after($('.icon-ok').cloneNode(true));
    const result = expectNotFound(execute);
    expect(result).toMatchObject({ status: 'ambiguous' });
    if (result.status === 'ambiguous') expect(result.reason).toMatch(/two elements match almost equally/);
  });

  it('reports twins in data rows as ambiguous, whatever their position', () => {
    document.body.innerHTML = `<table><thead><tr><th>姓名</th><th>操作</th></tr></thead><tbody>
      ${['张三', '李四', '王五'].map((n) => `<tr><td>${n}</td><td><button class="row-cancel">退号</button></td></tr>`).join('')}</tbody></table>`;
    for (const button of Array.from(document.querySelectorAll('.row-cancel'))) expect(resolveTarget(captureFingerprint(button), document).status).toBe('ambiguous');
  });

  it('never returns a hidden element, and says why nothing was returned', () => {
    const print = captureFingerprint($('.icon-print'));
    const result = resolveTarget(print, document, { isVisible: (el) => !el.classList.contains('icon-print') });
    expect(result.status).toBe('missing');
    if (result.status === 'missing') expect(result.reason).toMatch(/below the threshold|too little/);
  });

  it('survives a malformed selector in a hand-written pack', () => {
    const fp: TargetFingerprint = { ...captureFingerprint($('.icon-print')), css: ['a[[broken', 'a.icon-print'] };
    expectFound(fp, $('.icon-print'));
  });

  it('gives up on a fingerprint with nothing that identifies an element', () => {
    const result = resolveTarget({ anchors: {}, tag: 'div', css: [] }, document);
    expect(result).toMatchObject({ status: 'missing', reason: expect.stringMatching(/no identifying signal/) });
  });
});

describe('resolveTarget in shadow roots and frames', () => {
  function reportView(): { toolbar: ShadowRoot } {
    document.body.innerHTML = '<lis-report-view></lis-report-view>';
    const outer = $('lis-report-view').attachShadow({ mode: 'open' });
    outer.innerHTML = '<h2>检验报告单</h2><lis-report-toolbar></lis-report-toolbar>';
    const toolbar = $('lis-report-toolbar', outer).attachShadow({ mode: 'open' });
    toolbar.innerHTML = '<div role="toolbar" aria-label="报告操作"><button class="tb-audit">审核</button><button class="tb-unaudit">取消审核</button><button class="tb-print">打印报告</button></div>';
    return { toolbar };
  }

  it('follows the recorded chain of open shadow roots', () => {
    const { toolbar } = reportView();
    const fp = captureFingerprint($('.tb-print', toolbar));
    expectFound(fp, $('.tb-print', toolbar));
    // upgrade: reworded and wrapped, still inside the same components
    $('.tb-print', toolbar).outerHTML = '<span><button class="tb-print">打印</button></span>';
    expectFound(fp, $('.tb-print', toolbar));
  });

  it('is ambiguous when the component holding the target appears twice', () => {
    const { toolbar } = reportView();
    const fp = captureFingerprint($('.tb-audit', toolbar));
    const again = document.createElement('lis-report-view');
    document.body.append(again);
    const outer = again.attachShadow({ mode: 'open' });
    outer.innerHTML = '<lis-report-toolbar></lis-report-toolbar>';
    $('lis-report-toolbar', outer).attachShadow({ mode: 'open' }).innerHTML = toolbar.innerHTML;
    expect(resolveTarget(fp, document).status).toBe('ambiguous');
  });

  it('searches every root when the recorded component is gone, and finds the control moved out of it', () => {
    const { toolbar } = reportView();
    const fp = captureFingerprint($('.tb-audit', toolbar));
    document.body.innerHTML = '<div role="toolbar" aria-label="报告操作"><button class="tb-audit">审核</button><button class="tb-print">打印</button></div>';
    expectFound(fp, $('.tb-audit'));
  });

  it('says which recorded host is missing when nothing is found', () => {
    const { toolbar } = reportView();
    const fp = captureFingerprint($('.tb-unaudit', toolbar));
    document.body.innerHTML = '<p>报告已归档</p>';
    const result = expectNotFound(fp);
    expect(result).toMatchObject({ status: 'missing', reason: expect.stringMatching(/shadow <lis-report-view> > shadow <lis-report-toolbar> is not on the page/) });
  });

  it('resolves inside a same-origin frame, and not in a second frame with other content', () => {
    document.body.innerHTML = '<iframe name="passFrame" title="合理用药"></iframe><iframe name="ybFrame" title="医保接口"></iframe>';
    const [pass, yb] = Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument!);
    pass!.body.innerHTML = '<div class="pass-toolbar"><button id="passCheck">用药审查</button><button class="pass-btn">药品说明书</button></div>';
    yb!.body.innerHTML = '<table><tr><td>医保卡号：</td><td><input id="ybCardNo"></td><td><button id="ybRead">读医保卡</button></td></tr></table>';
    const leaflet = captureFingerprint($('.pass-btn', pass!));
    const cardNo = captureFingerprint($('#ybCardNo', yb!));
    expect(leaflet.scope).toEqual([{ kind: 'frame', tag: 'iframe', name: 'passFrame', title: '合理用药' }]);
    expectFound(leaflet, $('.pass-btn', pass!));
    expectFound(cardNo, $('#ybCardNo', yb!));
    $('.pass-btn', pass!).remove();
    expectNotFound(leaflet);
  });

  it('tells a waiter which roots to observe along the scope', () => {
    const { toolbar } = reportView();
    const fp = captureFingerprint($('.tb-audit', toolbar));
    const roots = observableRoots(fp.scope, document);
    expect(roots).toHaveLength(3);
    expect(roots[0]).toBe(document);
    expect(roots[2]).toBe(toolbar);
    expect(observableRoots(undefined, document)).toEqual([document]);
  });
});

describe('resolveTarget does little work when anchors settle it', () => {
  function countQueries(root: Document): string[] {
    const seen: string[] = [];
    const original = root.querySelectorAll.bind(root);
    root.querySelectorAll = ((selector: string) => {
      seen.push(selector);
      return original(selector);
    }) as typeof root.querySelectorAll;
    // tag collections are read the same way a query is: count them too
    const byTag = root.getElementsByTagName.bind(root);
    root.getElementsByTagName = ((tag: string) => {
      seen.push(`tag:${tag}`);
      return byTag(tag);
    }) as typeof root.getElementsByTagName;
    return seen;
  }

  it('queries the strongest anchor only (plus the label index), and never scans', () => {
    document.body.innerHTML = `<form>${Array.from({ length: 300 }, (_, i) => `<label for="f${i}">字段${i}</label><input id="f${i}" name="field${i}">`).join('')}</form>`;
    const fp = captureFingerprint($('#f120'));
    const queries = countQueries(document);
    expectFound(fp, $('#f120'));
    expect(queries).toEqual(['#f120', 'tag:label']);
  });

  it('bounds the fallback scan: past the limit it will not vouch for what it did not read', () => {
    document.body.innerHTML = `<form>${Array.from({ length: 50 }, (_, i) => `<div><label>字段${i}</label><input class="f"></div>`).join('')}<div><label>备注</label><input class="f"></div></form>`;
    const target = document.querySelectorAll('input')[50]!;
    const fp = captureFingerprint(target);
    expectFound(fp, target);
    const result = resolveTarget(fp, document, { maxScan: 10 });
    expect(result.status).not.toBe('found');
    if (result.status !== 'found') expect(result.reason).toMatch(/too many similar elements/);
  });
});
