// @vitest-environment jsdom
/**
 * Controls whose words an upgrade changed, with little else stable: each signal that wins them
 * back (synonyms, grid column keys, the section's word), and the look-alikes none of them may take.
 */
import { describe, expect, it } from 'vitest';
import { $, expectFound, expectNotFound, recordThenUpgrade } from './upgradeHelpers.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';

/** antd prescription review: a conclusion card of buttons without ids or stable anchors. */
const review = (buttons: string, heading = '审核结论') => `
  <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${heading}</div></div>
    <div class="ant-card-body"><div class="review-actions css-k8e9r2">${buttons}</div></div></div>
  <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">处方明细</div></div>
    <div class="ant-card-body"><button type="button" class="ant-btn ant-btn-link"><span>查看详情</span></button></div></div>`;
/** `mark` gives a React useId-style id: generated, so never captured, but the test can find the element */
const button = (text: string, cls = '', mark = '') => `<button type="button" class="ant-btn ${cls} css-dev-only-do-not-override-1wnbzv4"${mark ? ` id=":r${mark}:"` : ''}><span>${text}</span></button>`;

describe('synonyms of hospital screens', () => {
  it('finds a button and a field whose words were swapped for synonyms', () => {
    const reject = recordThenUpgrade(
      review(button('审核通过', 'ant-btn-primary') + button('驳 回', 'ant-btn-dangerous', 'x') + button('暂存')),
      '[id=":rx:"]',
      review(`<div class="ui-wrap">${button('暂存')}</div>` + button('退回', 'ant-btn-dangerous', 'x') + button('审核通过', 'ant-btn-primary')),
    );
    expectFound(reject, $('[id=":rx:"]'));

    const form = (label: string, id: string) => `
      <div role="dialog" aria-label="退号确认"><form class="el-form">
        <div class="el-form-item"><label class="el-form-item__label" for="${id}">${label}</label>
          <div class="el-form-item__content"><input class="el-input__inner" id="${id}" placeholder="请选择" readonly></div></div>
        <div class="el-form-item"><label class="el-form-item__label" for="${id}-n">备注</label>
          <div class="el-form-item__content"><input class="el-input__inner" id="${id}-n"></div></div></form></div>`;
    const reason = recordThenUpgrade(form('退号原因', 'el-id-1024-51'), '#el-id-1024-51', form('退号理由', 'el-id-4557-51'));
    expectFound(reason, $('#el-id-4557-51'));
  });

  it('never takes the synonym while the recorded word is still on the page, nor one in another section', () => {
    const before = review(button('审核通过', 'ant-btn-primary') + button('驳回', '', 'x') + button('暂存'));
    // both words side by side: the exact one or nothing, never its synonym
    const reject = recordThenUpgrade(before, '[id=":rx:"]', review(button('审核通过', 'ant-btn-primary') + button('驳回', '', 'x') + button('退回', '', 'y') + button('暂存')));
    const result = resolveTarget(reject, document);
    if (result.status === 'found') expect(result.element).toBe($('[id=":rx:"]'));
    // 驳回 gone from the conclusion card; a 退回 in another card is another button
    document.body.innerHTML = review(button('审核通过', 'ant-btn-primary') + button('暂存')).replace('查看详情', '退回');
    expectNotFound(reject);
  });
});

describe('look-alike words that name different things', () => {
  const toolbar = (first: string) => `
    <div class="panel"><div class="panel-title">病历文书</div>
      <div class="toolbar"><button class="btn btn-primary">${first}</button><button class="btn">首次病程</button><button class="btn">日常病程</button></div></div>`;

  it('does not take 出院记录 for a removed 入院记录, though it took its place and style', () => {
    const admission = recordThenUpgrade(toolbar('入院记录'), '.btn-primary', toolbar('出院记录'));
    expect(admission.classes).toContain('btn-primary'); // its look is recorded, as structure only
    expect(admission.css).not.toContain('button.btn.btn-primary');
    expectNotFound(admission);
  });

  it('still reads 化验 as 检验', () => {
    const lab = recordThenUpgrade(toolbar('化验申请'), '.btn-primary', toolbar('检验申请'));
    expectFound(lab, $('.btn-primary'));
  });
});

describe('the hospital thesaurus (labelTerms.ts)', () => {
  /** Element Plus record card: a toolbar of plain buttons, no id or data-* of their own */
  const card = (title: string, buttons: string) => `
    <div class="el-card"><div class="el-card__header"><span>${title}</span></div>
      <div class="el-card__body"><div class="toolbar">${buttons}</div></div></div>`;
  const plain = (text: string, mark = '') => `<button type="button" class="el-button el-button--small"${mark ? ` id="el-id-${mark}"` : ''}><span>${text}</span></button>`;

  it('finds a record\'s edit button reworded 编辑 -> 修改, and an English Edit -> Modify', () => {
    const edit = recordThenUpgrade(
      card('入院记录', plain('预览') + plain('编辑', '1024-7') + plain('打印')),
      '#el-id-1024-7',
      card('入院记录', plain('打印') + plain('修改', '4411-7') + plain('预览')),
    );
    expectFound(edit, $('#el-id-4411-7'));
    const english = recordThenUpgrade(
      card('Admission note', plain('Preview') + plain('Edit', '1024-7') + plain('Print')),
      '#el-id-1024-7',
      card('Admission note', plain('Print') + plain('Modify', '4411-7') + plain('Preview')),
    );
    expectFound(english, $('#el-id-4411-7'));
  });

  it('keeps a status tab apart from its opposite: a removed 未审核 is not the 已审核 left in its place', () => {
    // Element Plus renews its generated ids on every render
    const tabs = (names: string[], build: number) => `<div class="el-tabs"><div class="el-tabs__nav" role="tablist">
      ${names.map((n, i) => `<div class="el-tabs__item${i === 0 ? ' is-active' : ''}" role="tab" id="el-id-${build}-${i}">${n}医嘱</div>`).join('')}</div></div>`;
    const pending = recordThenUpgrade(tabs(['未审核', '全部'], 1024), '#el-id-1024-0', tabs(['已审核', '全部'], 4411));
    expectNotFound(pending);
    // read as one status, 待审核 is the same tab
    const reworded = recordThenUpgrade(tabs(['未审核', '全部'], 1024), '#el-id-1024-0', tabs(['待审核', '全部'], 4411));
    expectFound(reworded, $('#el-id-4411-0'));
  });
});

/** jQuery EasyUI datagrid: header and body are separate tables; every cell carries its column's `field`. */
const datagrid = (headers: [string, string][], rows = 3, checkAll = true) => `
  <div class="panel"><div class="panel-title">医嘱执行单</div>
  <div class="datagrid-view">
    <div class="datagrid-header"><table class="datagrid-htable"><tbody><tr class="datagrid-header-row">
      ${checkAll ? '<td field="ck"><div class="datagrid-header-check"><input type="checkbox"></div></td>' : '<td field="ck"></td>'}
      ${headers.map(([field, text]) => `<td field="${field}"><div class="datagrid-cell"><span>${text}</span></div></td>`).join('')}
    </tr></tbody></table></div>
    <div class="datagrid-body"><table class="datagrid-btable"><tbody>
      ${Array.from({ length: rows }, (_, i) => `<tr id="datagrid-row-r1-2-${i}" class="datagrid-row"><td field="ck"><input type="checkbox" name="ck"></td>${headers.map(([field]) => `<td field="${field}"><div class="datagrid-cell">${field === 'planTime' ? `0${i}:00` : `值${i}`}</div></td>`).join('')}</tr>`).join('')}
    </tbody></table></div>
  </div></div>`;
const COLUMNS: [string, string][] = [['bedNo', '床号'], ['patName', '姓名'], ['planTime', '计划执行时间'], ['execNurse', '执行护士']];

describe('grid column keys', () => {
  it('records the column key of a header cell and of a row cell, as codes only', () => {
    document.body.innerHTML = datagrid(COLUMNS);
    expect(captureFingerprint($('.datagrid-header td[field="planTime"] .datagrid-cell')).context?.gridColumn).toEqual({ key: 'planTime', header: true });
    expect(captureFingerprint($('.datagrid-header input')).context?.gridColumn).toEqual({ key: 'ck', header: true });
    expect(captureFingerprint($('.datagrid-body input')).context?.gridColumn).toEqual({ key: 'ck', header: false });
    // generated or numeric keys are not a developer's: not recorded
    document.body.innerHTML = '<table><tr><td data-field="col_10245"><button>详情</button></td><td data-field="3"><button>删除</button></td></tr></table>';
    for (const el of Array.from(document.querySelectorAll('button'))) expect(captureFingerprint(el).context?.gridColumn).toBeUndefined();
  });

  it('reads AG Grid header cells by their col-id', () => {
    document.body.innerHTML = `<div class="ag-header" role="rowgroup"><div role="row">
      <div role="columnheader" col-id="planTime" class="ag-header-cell"><span class="ag-header-cell-text">计划执行时间</span></div>
      <div role="columnheader" col-id="status" class="ag-header-cell"><span class="ag-header-cell-text">状态</span></div></div></div>`;
    expect(captureFingerprint($('[col-id="planTime"] span')).context?.gridColumn).toEqual({ key: 'planTime', header: true });
  });

  it('finds a reworded header and the check-all box after the columns were reordered', () => {
    const reordered: [string, string][] = [['planTime', '计划时间'], ['bedNo', '床号'], ['execNurse', '执行护士'], ['patName', '患者姓名']];
    const header = recordThenUpgrade(datagrid(COLUMNS), '.datagrid-header td[field="planTime"] .datagrid-cell', datagrid(reordered, 5));
    expectFound(header, $('.datagrid-header td[field="planTime"] .datagrid-cell'));
    const checkAll = recordThenUpgrade(datagrid(COLUMNS), '.datagrid-header input', datagrid(reordered, 5));
    expectFound(checkAll, $('.datagrid-header input'));
  });

  it('never takes a row\'s cell for its column\'s header, nor another column\'s header', () => {
    // the grid became single-select: no check-all box, but every row still has its checkbox in column ck
    const checkAll = recordThenUpgrade(datagrid(COLUMNS), '.datagrid-header input', datagrid(COLUMNS, 5, false));
    expectNotFound(checkAll);
    // the column is gone: neither its rows' cells nor the neighbouring header
    const header = recordThenUpgrade(datagrid(COLUMNS), '.datagrid-header td[field="planTime"] .datagrid-cell', datagrid(COLUMNS.filter(([f]) => f !== 'planTime'), 5));
    expectNotFound(header);
  });
});

describe('the word a section heading already says', () => {
  // all the buttons look alike (no class, id or data-* of their own): only their words tell them apart
  it('finds 审核通过 reworded to 通过 under 审核结论', () => {
    const approve = recordThenUpgrade(
      review(button('审核通过', '', 'x') + button('驳回') + button('发起会诊')),
      '[id=":rx:"]',
      review(button('驳回') + button('通过', '', 'x') + button('通过并审下一张') + button('发起会诊')),
    );
    expectFound(approve, $('[id=":rx:"]'));
  });

  it('needs the heading to still say the word, and what is left to say the same', () => {
    const before = review(button('审核通过', '', 'x') + button('取消审核', '', 'u') + button('驳回'));
    // the heading no longer says 审核: 通过 alone is not enough
    const approve = recordThenUpgrade(before, '[id=":rx:"]', review(button('通过', '', 'x') + button('驳回'), '结论'));
    expectNotFound(approve);
    // a trailing word is the object of the action: 取消审核 is not 取消
    const revoke = recordThenUpgrade(before, '[id=":ru:"]', review(button('审核通过') + button('取消') + button('驳回')));
    expectNotFound(revoke);
    // 执行护士 under 执行确认 is not 核对护士 for having 护士 left once 执行 is set aside
    const confirm = (rows: [string, string][]) => `<div class="panel window" role="dialog" aria-label="执行确认"><table class="confirm-form">
      ${rows.map(([label, id]) => `<tr><td>${label}：</td><td><input type="text" class="textbox-text" id="${id}"></td></tr>`).join('')}</table></div>`;
    const checker = recordThenUpgrade(
      confirm([['执行护士', '_easyui_textbox_input7'], ['核对护士', '_easyui_textbox_input9']]),
      '#_easyui_textbox_input9',
      confirm([['执行护士', '_easyui_textbox_input20'], ['护士', '_easyui_textbox_input21']]),
    );
    const result = resolveTarget(checker, document);
    if (result.status === 'found') expect(result.element).toBe($('#_easyui_textbox_input21'));
    document.body.innerHTML = confirm([['执行护士', '_easyui_textbox_input20'], ['执行时间', '_easyui_textbox_input22']]);
    expectNotFound(checker);
  });
});
