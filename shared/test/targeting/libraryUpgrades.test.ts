// @vitest-environment jsdom
/**
 * Upgrades seen on real component-library markup (bench/targets/libraries, train split): one test
 * per rule that wins such a target back, each with the look-alike the rule must not take.
 */
import { describe, expect, it } from 'vitest';
import { $, expectFound, expectNotFound, recordThenUpgrade } from './upgradeHelpers.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';

describe('a tooltip that is the only name of an icon-only button', () => {
  const iconButton = (icon: string, attrs: string) =>
    `<button type="button" class="ant-btn ant-btn-icon-only"${attrs}><span class="anticon anticon-${icon}"><svg></svg></span></button>`;
  const toolbar = (buttons: string[]) => `<div class="ant-space">${buttons.join('')}</div>`;

  it('finds 打印病历 by its title after the toolbar is reordered', () => {
    const fp = recordThenUpgrade(
      toolbar([iconButton('reload', ' aria-label="刷新"'), iconButton('printer', ' title="打印病历"'), iconButton('setting', '')]),
      '[title="打印病历"]',
      toolbar([iconButton('printer', ' title="打印病历"'), iconButton('reload', ' aria-label="刷新"')]),
    );
    expectFound(fp, $('[title="打印病历"]'));
  });

  it('does not take another titled button when 打印病历 is gone', () => {
    const fp = recordThenUpgrade(
      toolbar([iconButton('printer', ' title="打印病历"'), iconButton('printer', ' title="打印处方"')]),
      '[title="打印病历"]',
      toolbar([iconButton('printer', ' title="打印处方"')]),
    );
    expectNotFound(fp);
  });
});

describe('a conjunction written as a separator', () => {
  const card = (title: string, body = '<p>…</p>') => `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body">${body}</div></div>`;
  const page = (first: string) => card(first) + card('主诉') + card('过敏史');

  it('reads 主诉与现病史 and 主诉 / 现病史 as the same card title', () => {
    const fp = recordThenUpgrade(page('主诉与现病史'), '.ant-card-head-title', page('主诉 / 现病史'));
    expectFound(fp, $('.ant-card-head-title'));
  });

  it('still tells another card from it', () => {
    const fp = recordThenUpgrade(page('主诉与现病史'), '.ant-card-head-title', card('主诉') + card('过敏史'));
    expectNotFound(fp);
  });
});

describe('a section retitled around a control whose name was the only one of its kind', () => {
  const btn = (text: string) => `<button type="button" class="ant-btn"><span>${text}</span></button>`;
  const card = (title: string, body: string) =>
    `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body">${body}</div></div>`;
  const page = (morse: string, morseButtons: string) => card(morse, morseButtons) + card('Braden Scale', btn('Reset'));

  it('finds Submit assessment in the retitled card', () => {
    const fp = recordThenUpgrade(page('Morse Fall Scale', btn('Reset') + btn('Submit assessment')), '.ant-card-body button:last-child', page('Fall risk (Morse)', btn('Clear answers') + btn('Submit assessment')));
    expect(fp.uniqueName).toBe(true);
    expectFound(fp, $('.ant-card-body button:last-child'));
  });

  it('does not take another card\'s Reset, a name every card has', () => {
    const fp = recordThenUpgrade(page('Morse Fall Scale', btn('Reset') + btn('Submit assessment')), '.ant-card-body button', page('Fall risk (Morse)', btn('Submit assessment')));
    expect(fp.uniqueName).toBeUndefined();
    expectNotFound(fp);
  });
});

describe('a disabled twin', () => {
  const btn = (text: string, attrs = '') => `<button type="button" class="ant-btn"${attrs}><span>${text}</span></button>`;
  const card = (buttons: string) =>
    `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">主诉</div><div class="ant-card-extra">${buttons}</div></div><div class="ant-card-body"><p>…</p></div></div>`;

  it('is not taken for the 保存 a step shows, which stays usable', () => {
    const fp = recordThenUpgrade(card(btn('引用模板') + btn('保存')), 'button:last-child', card(btn('保存', ' disabled') + btn('插入模板') + btn('保存')));
    expectFound(fp, $('button:last-child'));
  });

  it('is still found when it was recorded disabled', () => {
    const fp = recordThenUpgrade(card(btn('引用模板') + btn('保存', ' disabled')), 'button:last-child', card(btn('保存', ' disabled') + btn('引用模板')));
    expect(fp.disabled).toBe(true);
    expectFound(fp, $('button:first-child'));
  });
});

describe('a look the decoy kept', () => {
  const btn = (text: string, look: string, attrs = '') => `<button type="button" class="MuiButtonBase-root MuiButton-root ${look}"${attrs}>${text}</button>`;
  const card = (buttons: string) =>
    `<div class="MuiCard-root"><div class="MuiCardHeader-root"><span class="MuiCardHeader-title">主诉</span><div class="MuiCardHeader-action">${buttons}</div></div><div class="MuiCardContent-root"><p>…</p></div></div>`;

  it('does not make the disabled twin with the recorded look a rival of the restyled 保存', () => {
    const fp = recordThenUpgrade(
      card(btn('引用模板', 'MuiButton-outlined MuiButton-sizeMedium') + btn('保存', 'MuiButton-contained MuiButton-sizeMedium MuiButton-colorPrimary')),
      'button:last-child',
      card(btn('保存', 'MuiButton-contained MuiButton-sizeMedium MuiButton-colorPrimary', ' disabled') + btn('插入模板', 'MuiButton-outlined') + btn('保存', 'MuiButton-text MuiButton-sizeSmall')),
    );
    expectFound(fp, $('button:last-child'));
  });
});

describe('a section retitled around a control every section has', () => {
  const btn = (text: string) => `<button type="button" class="ant-btn"><span>${text}</span></button>`;
  const card = (title: string, buttons: string, mark = '') =>
    `<div class="ant-card"${mark}><div class="ant-card-head"><div class="ant-card-head-title">${title}</div><div class="ant-card-extra">${buttons}</div></div><div class="ant-card-body"><p>…</p></div></div>`;
  const v1 = card('Due now', btn('Give selected'), ' id="due"') + card('PRN medications', btn('Give selected'), ' id="prn"');

  it('records the other sections that held a namesake', () => {
    const fp = recordThenUpgrade(v1, '#due button', v1);
    expect(fp.context?.namesakeSections).toEqual(['PRN medications']);
  });

  it('finds the button in its own section retitled, keeping a word no namesake section had', () => {
    const fp = recordThenUpgrade(v1, '#due button', card('PRN medications', btn('Give selected'), ' id="prn"') + card('Due this round', btn('Give selected'), ' id="due"'));
    expectFound(fp, $('#due button'));
  });

  it('does not take the namesake when the own section and its button are gone', () => {
    const fp = recordThenUpgrade(v1, '#due button', card('PRN medications', btn('Give selected'), ' id="prn"') + card('Due this round', btn('Print'), ' id="due"'));
    expectNotFound(fp);
  });

  it('does not take a section sharing only the words the namesake sections share', () => {
    const plan = card('Care plan (day)', btn('Add'), ' id="day"') + card('Care plan (night)', btn('Add'), ' id="night"');
    const fp = recordThenUpgrade(plan, '#day button', card('Care plan (night)', btn('Add'), ' id="night"') + card('Care plan (evening)', btn('Add'), ' id="evening"'));
    expectNotFound(fp);
  });

  it('does not take a namesake in a section that shares no word with the recorded one', () => {
    const fp = recordThenUpgrade(v1, '#due button', card('PRN medications', btn('Print'), ' id="prn"') + card('Ward round', btn('Give selected'), ' id="ward"'));
    expectNotFound(fp);
  });

  it('stays off for packs recorded without namesake sections', () => {
    const fp = recordThenUpgrade(v1, '#due button', card('PRN medications', btn('Give selected'), ' id="prn"') + card('Due this round', btn('Give selected'), ' id="due"'));
    delete fp.context!.namesakeSections;
    expectNotFound(fp);
  });
});

describe('a card title over a grid of records', () => {
  const grid = (rows: string[]) =>
    `<table><thead><tr><th>条码号</th><th>检验项目</th><th>操作</th></tr></thead><tbody>${rows.map((r) => `<tr><td>${r}</td><td>血常规（测试）</td><td><button type="button">签收</button></td></tr>`).join('')}</tbody></table>`;
  const card = (title: string, body: string, extra = '') =>
    `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div>${extra}</div><div class="ant-card-body">${body}</div></div>`;
  const page = (pending: string) => card('标本查询', '<p>…</p>') + card(pending, grid(['T90000001', 'T90000002'])) + card('危急值', '<p>…</p>');

  it('is a label, not a value next to the rows: its peers are recorded, and it is found with a qualifier added', () => {
    const fp = recordThenUpgrade(page('待签收标本'), '.ant-card:nth-child(2) .ant-card-head-title', page('待签收标本列表'));
    expect(fp.peers).toEqual(expect.arrayContaining(['标本查询', '危急值']));
    expectFound(fp, $('.ant-card:nth-child(2) .ant-card-head-title'));
  });

  it('is not taken for another card that keeps only a word a peer had', () => {
    const fp = recordThenUpgrade(page('待签收标本'), '.ant-card:nth-child(2) .ant-card-head-title', card('标本查询', '<p>…</p>') + card('标本列表', grid(['T90000001'])) + card('危急值', '<p>…</p>'));
    expectNotFound(fp);
  });

  it("beside the patient's values (not in a grid) still records nothing of the page", () => {
    document.body.innerHTML = `<div class="card"><div class="card-title">司马翀</div><div class="card-body"><span>男</span> <span>45岁</span> <span>MRN T000123</span></div></div>`;
    expect(JSON.stringify(captureFingerprint($('.card-title')))).not.toContain('司马翀');
  });
});

describe("a card title on a short page under the patient's banner", () => {
  const banner = '<div class="patient-banner"><span>姓名：测试患者丁</span> <span>住院号：T2026077</span> <span>入院日期：2026-01-02</span></div>';
  const card = (title: string, body = '<p>…</p>') =>
    `<div class="arco-card"><div class="arco-card-header"><div class="arco-card-header-title">${title}</div></div><div class="arco-card-body">${body}</div></div>`;
  const page = (detail: string) => `<main>${banner}${card('费用汇总')}${card(detail)}${card('票据')}</main>`;

  it('is beside its own card, not the banner: found with a qualifier added', () => {
    const fp = recordThenUpgrade(page('费用明细'), '.arco-card:nth-child(3) .arco-card-header-title', page('费用明细查询'));
    expect(fp.text).toBe('费用明细');
    expect(fp.peers).toEqual(expect.arrayContaining(['费用汇总', '票据']));
    expectFound(fp, $('.arco-card:nth-child(3) .arco-card-header-title'));
  });

  it('is not taken for another card that keeps only a word a peer had', () => {
    const fp = recordThenUpgrade(page('费用明细'), '.arco-card:nth-child(3) .arco-card-header-title', `<main>${banner}${card('费用汇总')}${card('费用清单')}${card('票据')}</main>`);
    expectNotFound(fp);
  });

  it("still records nothing of the patient's values inside its own card", () => {
    document.body.innerHTML = `<main>${banner}<div class="arco-card"><div class="arco-card-header"><div class="arco-card-header-title">许晨</div><span>男 45岁</span></div><div class="arco-card-body"><p>…</p></div></div></main>`;
    expect(JSON.stringify(captureFingerprint($('.arco-card-header-title')))).not.toContain('许晨');
  });
});
