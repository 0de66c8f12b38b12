// @vitest-environment jsdom
/**
 * Common EMR page structures, filled with synthetic patients: capturing any element of them must
 * record no patient value (safety), and the page's own controls must keep what identifies them
 * (liveness: a capture that records nothing would pass the first test and fail this one).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { defaultTexts } from '../../src/authoring/recorder.ts';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { generateSyntheticPatients } from '../../src/hospital/syntheticPatients.ts';
import { maskIdNumber } from '../../src/hospital/idNumber.ts';
import { maskPhone } from '../../src/hospital/phone.ts';
import type { Patient } from '../../src/hospital/patientRecord.ts';

const generated = generateSyntheticPatients({ today: '2026-12-05' });
/** the patient of the leak report, and one whose given name uses rare characters */
const xuChen: Patient = { ...generated[39]!, name: '许晨' };
const rare: Patient = { ...generated[7]!, name: '司马翀' };
const patients: Patient[] = [xuChen, rare, ...generated.slice(0, 6), generated[11]!, generated[22]!];
const [p0, p1, p2, p3, p4, p5] = patients as [Patient, Patient, Patient, Patient, Patient, Patient];

/** Every value of every patient on these pages, as the pages show them. */
const VALUES = patients.flatMap((p) => [p.name, p.patientId, p.phone, p.idNumber, p.birthDate, maskPhone(p.phone), maskIdNumber(p.idNumber)]);
const age = (p: Patient) => 2026 - Number(p.birthDate.slice(0, 4));
const sex = (p: Patient) => (p.sex === 'M' ? '男' : '女');

interface Structure {
  name: string;
  html: string;
  /** controls of the page itself, and the words that must still identify each */
  live: [selector: string, words: string][];
}

const row = (p: Patient) => `
  <tr data-row-key="${p.patientId}">
    <td><a href="/patient/${p.patientId}" class="patient-link">${p.name}</a></td>
    <td class="mono">${p.patientId}</td><td>${sex(p)} / ${age(p)}岁</td><td>${p.birthDate}</td><td>${maskIdNumber(p.idNumber)}</td><td>${p.phone}</td>
    <td><button type="button" class="btn-cancel" aria-label="退号：${p.name}">退号</button> <a href="#" class="op-view">查看</a></td>
  </tr>`;

const STRUCTURES: Structure[] = [
  {
    name: 'patient list grid with per-row actions',
    html: `<section aria-label="患者列表"><h2>患者列表</h2>
      <input type="search" placeholder="姓名 / 拼音 / 患者ID" aria-label="患者检索">
      <table class="grid"><thead><tr><th>姓名</th><th>患者ID</th><th>性别/年龄</th><th>出生日期</th><th>证件号</th><th>电话</th><th>操作</th></tr></thead>
      <tbody>${[p0, p1, p2].map(row).join('')}</tbody></table></section>`,
    live: [['.btn-cancel', '退号'], ['.op-view', '查看'], ['th', '姓名'], ['input[type="search"]', '姓名 / 拼音 / 患者ID']],
  },
  {
    name: 'Element Plus table (header and body in separate tables)',
    html: `<div class="el-card"><div class="el-card__header"><span>在院患者</span></div>
      <div class="el-table"><div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th class="el-table__cell"><div class="cell">床号</div></th><th class="el-table__cell"><div class="cell">姓名</div></th><th class="el-table__cell"><div class="cell">住院号</div></th><th class="el-table__cell"><div class="cell">操作</div></th></tr></thead></table></div>
      <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>${[p1, p2, p3].map((p, i) => `<tr class="el-table__row"><td class="el-table__cell"><div class="cell">${i + 1}床</div></td><td class="el-table__cell"><div class="cell"><span class="name">${p.name}</span></div></td><td class="el-table__cell"><div class="cell">ZY2024${p.patientId.slice(1)}</div></td><td class="el-table__cell"><div class="cell"><button type="button" class="el-button el-button--small"><span>编辑</span></button></div></td></tr>`).join('')}</tbody></table></div></div></div>`,
    live: [['.el-button', '编辑'], ['.el-table__header th:nth-child(2) .cell', '姓名']],
  },
  {
    name: 'search-result dropdown (combobox + listbox)',
    html: `<div class="patient-search"><label for="q">患者检索</label><input id="q" role="combobox" aria-expanded="true" aria-controls="results" placeholder="姓名、拼音首字母或患者ID">
      <ul id="results" role="listbox" class="search-results">${[p0, p1, p2, p3].map((p) => `<li role="option" data-value="${p.patientId}"><span class="n">${p.name}</span> <span>${p.patientId}</span> <small>${maskPhone(p.phone)}</small></li>`).join('')}</ul>
      <button type="button" data-action="new-patient">新建患者</button></div>`,
    live: [['#q', '患者检索'], ['[data-action="new-patient"]', '新建患者']],
  },
  {
    name: 'patient banner',
    html: `<div class="patient-banner" role="group" aria-label="当前患者"><span class="banner__name">${p0.name}</span><span>${sex(p0)}</span><span>${age(p0)}岁</span>
      <span><span class="muted">患者ID</span> <span class="mono">${p0.patientId}</span></span><span><span class="muted">出生日期</span> <span>${p0.birthDate}</span></span>
      <span><span class="muted">身份证</span> <span>${p0.idNumber}</span></span><span><span class="muted">电话</span> <span>${p0.phone}</span></span>
      <span class="allergy">⚠ 过敏：青霉素</span><button type="button" class="banner__clear">更换患者</button></div>`,
    live: [['.banner__clear', '更换患者']],
  },
  {
    name: 'description lists (dl and antd/Element descriptions)',
    html: `<div class="ant-descriptions"><div class="ant-descriptions-header"><div class="ant-descriptions-title">基本信息</div><button type="button" class="edit">编辑</button></div>
      <table><tbody><tr><th class="ant-descriptions-item-label">姓名</th><td class="ant-descriptions-item-content">${p2.name}</td><th class="ant-descriptions-item-label">手机</th><td class="ant-descriptions-item-content">${p2.phone}</td></tr>
      <tr><th class="ant-descriptions-item-label">出生日期</th><td class="ant-descriptions-item-content">${p2.birthDate}</td><th class="ant-descriptions-item-label">证件号</th><td class="ant-descriptions-item-content"><span>${p2.idNumber}</span></td></tr></tbody></table></div>
      <dl class="patient-facts"><dt>姓名</dt><dd>${p1.name}</dd><dt>患者ID</dt><dd>${p1.patientId}</dd><dt>联系电话</dt><dd><a href="tel:${p1.phone}">${p1.phone}</a></dd></dl>
      <div class="el-descriptions"><div class="el-descriptions__body"><table><tbody><tr><td class="el-descriptions__label">姓名</td><td class="el-descriptions__content">${p3.name}</td></tr></tbody></table></div></div>`,
    live: [['.edit', '编辑']],
  },
  {
    name: 'selected-patient chip and the sandbox\'s select button',
    html: `<div class="toolbar"><span class="chip">✓ 已选 ${p0.name} ${p0.patientId}<button type="button" class="chip__close" aria-label="移除">×</button></span>
      <table class="grid"><caption>检索结果</caption><thead><tr><th>操作</th><th>患者ID</th><th>姓名</th></tr></thead><tbody>
      <tr class="is-selected"><td><button type="button" class="btn btn--xs" aria-pressed="true"><span aria-hidden="true">✓ </span>已选<span class="sr-only"> ${p0.name} ${p0.patientId}</span></button></td><td>${p0.patientId}</td><td>${p0.name}</td></tr>
      </tbody></table><button type="button" class="confirm">确认挂号</button></div>`,
    live: [['.chip__close', '移除'], ['.confirm', '确认挂号']],
  },
  {
    name: 'tree of wards and beds with names',
    html: `<div class="ward-tree"><input class="tree-filter" placeholder="搜索床位或姓名"><button type="button" class="expand-all">展开全部</button>
      <ul role="tree" aria-label="病区床位"><li role="treeitem" aria-expanded="true"><span>心内一病区</span><ul role="group">
      ${[p0, p1, p2].map((p, i) => `<li role="treeitem" title="${p.name} ${p.patientId}"><span class="bed">${i + 11}床</span> <span class="name">${p.name}</span></li>`).join('')}</ul></li></ul></div>`,
    live: [['.tree-filter', '搜索床位或姓名'], ['.expand-all', '展开全部']],
  },
  {
    name: 'order list items',
    html: `<section class="orders"><h3>长期医嘱</h3><ul class="order-list">
      ${[p3, p4].map((p) => `<li class="order"><span class="drug">阿莫西林胶囊 0.5 g po tid</span> <span class="who">${p.name}（${p.patientId}）</span> <button type="button" class="stop">停止</button></li>`).join('')}
      <li class="order"><span class="drug">氨氯地平 5 mg po qd</span> <span class="who">${p1.name}</span> <button type="button" class="stop">停止</button></li></ul>
      <button type="button" class="new-order">新开医嘱</button></section>`,
    live: [['.stop', '停止'], ['.new-order', '新开医嘱'], ['h3', '长期医嘱']],
  },
  {
    name: 'lab result rows',
    html: `<table class="results"><thead><tr><th>患者</th><th>项目</th><th>结果</th><th>参考范围</th><th>报告时间</th><th></th></tr></thead><tbody>
      ${[p2, p5].map((p) => `<tr><td>${p.name} ${sex(p)} ${age(p)}岁</td><td>钾</td><td class="critical">6.8 mmol/L</td><td>3.5–5.3</td><td>2026-12-05 08:12</td><td><button type="button" class="ack">确认危急值</button></td></tr>`).join('')}</tbody></table>`,
    live: [['.ack', '确认危急值'], ['th:nth-child(3)', '结果']],
  },
  {
    name: 'tabs named by patient',
    html: `<div role="tablist" aria-label="已打开的患者"><button role="tab" aria-selected="true">${p0.name} (${p0.patientId})</button><button role="tab">${p4.name}</button><button role="tab">${p1.name}</button></div>
      <div role="tablist" aria-label="病历"><button role="tab">病程记录</button><button role="tab">医嘱</button></div>`,
    live: [['[aria-label="病历"] [role="tab"]:nth-child(2)', '医嘱']],
  },
  {
    name: 'breadcrumb with the patient',
    html: `<nav aria-label="breadcrumb" class="breadcrumb"><a href="/inpatients">住院患者</a> / <a href="/patient/${p1.patientId}">${p1.name}</a> / <a href="/patient/${p0.patientId}">${p0.name}</a> / <span aria-current="page">病程记录</span></nav>`,
    live: [['a[href="/inpatients"]', '住院患者']],
  },
  {
    name: 'card titled with the patient',
    html: `<div class="card"><div class="card-title">${p5.name} · ${sex(p5)} · ${age(p5)}岁</div><div class="card-body"><p>入院诊断：社区获得性肺炎</p><button type="button" class="open-chart">打开病历</button></div></div>
      <div class="card"><div class="card-title">${p1.name}</div><div class="card-body"><button type="button" class="open-chart2">打开病历</button></div></div>`,
    live: [['.open-chart', '打开病历']],
  },
  {
    name: 'tooltips and title attributes with names',
    html: `<div class="queue"><a href="#" class="detail" title="${p3.name} ${p3.phone}">详情</a>
      <span class="icon-report" role="img" aria-label="${p4.name}的报告" title="${p4.name} ${p4.birthDate}">📄</span>
      <button type="button" class="call" title="呼叫 ${p2.name}" data-tooltip="${p2.name} ${p2.patientId}">呼叫</button>
      <img src="/photo.png" alt="${p1.name}" class="photo"></div>`,
    live: [['.detail', '详情'], ['.call', '呼叫']],
  },
  {
    name: 'radio labels that are data (duplicate check)',
    html: `<fieldset><legend>可能是同一人</legend>
      ${[p2, p5].map((p) => `<label><input type="radio" name="dup" value="${p.patientId}"> ${p.name} ${sex(p)} ${p.birthDate}</label>`).join('')}
      <label><input type="radio" name="dup" value="new"> 新建患者</label>
      <label><input type="radio" name="dup2" value="${p1.patientId}"> ${p1.name}</label></fieldset>`,
    live: [['input[value="new"]', '新建患者']],
  },
  {
    name: 'ids, names and data attributes that carry the patient',
    html: `<div class="queue-cards">${[p0, p3].map((p) => `<div class="queue-card" id="card-${p.patientId}" data-patient-name="${p.name}" data-patient-id="${p.patientId}"><button type="button" id="call-${p.patientId}" name="call-${p.patientId}" data-action="call">叫号</button></div>`).join('')}
      <iframe name="chart-${p0.patientId}" title="${p0.name}的病历" src="about:blank"></iframe></div>`,
    live: [['.queue-card button', '叫号']],
  },
  {
    name: 'antd select dropdown with patients',
    html: `<div class="ant-select"><input class="ant-select-selection-search-input" role="combobox" aria-label="选择患者"></div>
      <div class="ant-select-dropdown"><div class="rc-virtual-list">${[p1, p4, p5].map((p) => `<div class="ant-select-item ant-select-item-option" title="${p.name}"><div class="ant-select-item-option-content">${p.name} ${p.patientId}</div></div>`).join('')}</div></div>`,
    live: [['.ant-select-selection-search-input', '选择患者']],
  },
];

/** The words a fingerprint identifies its element by. */
function identityWords(fp: TargetFingerprint): string[] {
  return [fp.text, fp.accessibleName, fp.anchors.labelText, fp.anchors.placeholder, fp.anchors.ariaLabel, fp.anchors.title].filter((w): w is string => w !== undefined);
}

describe('no page data in fingerprints: a corpus of common EMR structures', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('holds at least 13 structures', () => {
    expect(STRUCTURES.length).toBeGreaterThanOrEqual(13);
  });

  for (const structure of STRUCTURES) {
    it(`${structure.name}: no synthetic value in any fingerprint or default title; the page's controls keep their words`, () => {
      document.body.innerHTML = structure.html;
      const shown = VALUES.filter((v) => document.body.innerHTML.includes(v) || [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.value.includes(v))));
      expect(shown.length, 'the structure shows synthetic values').toBeGreaterThan(0);
      const leaks: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const fp = TargetFingerprint.parse(captureFingerprint(el));
        const click = defaultTexts({ target: fp, advance: { on: 'click' } });
        const enter = defaultTexts({ target: fp, advance: { on: 'enter', rule: { kind: 'not-empty' } } });
        const recorded = JSON.stringify([fp, click, enter]);
        for (const value of shown) if (recorded.includes(value)) leaks.push(`${el.tagName.toLowerCase()}.${el.className}: ${value}`);
      }
      expect(leaks).toEqual([]);
      for (const [selector, words] of structure.live) {
        const fp = captureFingerprint(document.querySelector(selector)!);
        expect(identityWords(fp), `${selector} keeps “${words}”`).toContain(words);
      }
    });
  }

  it('a "patient card" holding an entry form is a form, not a banner; header cells of any grid stay labels', () => {
    document.body.innerHTML = `<div class="el-card patient-card"><div class="el-card__header"><span>患者信息</span></div><form>
        <label class="el-radio"><input type="radio" name="gender" value="1"><span>男</span></label>
        <div class="item"><label>联系电话</label><div><input type="text" class="phone"></div></div></form></div>
      <table class="el-table__body"><thead><tr><th>姓名</th><th class="status">状态</th></tr></thead><tbody><tr><td>${p0.name}</td><td>候诊</td></tr></tbody></table>`;
    expect(captureFingerprint(document.querySelector('.el-radio')!).text).toBe('男');
    expect(captureFingerprint(document.querySelector('.phone')!).context?.nearbyLabel).toBe('联系电话');
    expect(captureFingerprint(document.querySelector('th.status')!).text).toBe('状态');
  });

  it('a menu list is the page\'s, even with a count on one item; an order list is records', () => {
    document.body.innerHTML = `<ul class="side"><li><a href="/reg">挂号</a></li><li><a href="/todo">待办 (3)</a></li><li><a href="/bill">收费</a></li></ul>
      <ul class="orders"><li><a href="#o1">阿莫西林 0.5 g po tid</a></li><li><a href="#o2">氨氯地平 5 mg po qd</a></li></ul>`;
    expect(captureFingerprint(document.querySelector('a[href="/reg"]')!).text).toBe('挂号');
    expect(captureFingerprint(document.querySelector('.orders a')!).text).toBeUndefined();
  });

  it('a click on a patient row or result is titled by where it is, never by whom', () => {
    document.body.innerHTML = STRUCTURES[0]!.html;
    const link = captureFingerprint(document.querySelector('tbody a.patient-link')!);
    expect(defaultTexts({ target: link, advance: { on: 'click' } }).title).toEqual({ 'zh-CN': '点击“患者列表”中“姓名”列的链接', en: 'Click the link in the “姓名” column of “患者列表”' });
    const cancel = captureFingerprint(document.querySelector('tbody .btn-cancel')!);
    expect(defaultTexts({ target: cancel, advance: { on: 'click' } }).title).toEqual({ 'zh-CN': '点击“退号”', en: 'Click “退号”' });
    document.body.innerHTML = STRUCTURES[2]!.html;
    const option = captureFingerprint(document.querySelector('[role="option"]')!);
    expect(defaultTexts({ target: option, advance: { on: 'click' } }).title['zh-CN']).toBe('点击高亮的元素');
  });
});
