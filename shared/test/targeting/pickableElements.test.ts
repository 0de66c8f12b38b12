// @vitest-environment jsdom
/**
 * What a mentor can pick resolves on its own page: section titles drawn as <div>/<p>/<span>,
 * legends, card titles, grid header cells and icon-only buttons repeated per section. Each is
 * captured, sent through JSON as in a pack, and must come back as itself and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';

const iconButton = (icon: string) =>
  `<button type="button" class="ant-btn ant-btn-text ant-btn-icon-only"><span class="ant-btn-icon"><span role="img" class="anticon anticon-${icon}"><svg viewBox="64 64 896 896"><path d="M${icon.length} 64 L 896 896"></path></svg></span></span></button>`;
const card = (title: string, body: string) =>
  `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div></div></div><div class="ant-card-body">${body}</div></div>`;

const PAGE = `
  <main>
    ${card('过敏史', `<ul><li>青霉素</li></ul>${iconButton('plus')}${iconButton('edit')}`)}
    ${card('既往史', `<ul><li>高血压</li></ul>${iconButton('plus')}${iconButton('edit')}`)}
    <div class="el-dialog" role="dialog" aria-modal="true"><div class="el-dialog__header"><span class="el-dialog__title">新建患者</span></div>
      <div class="el-dialog__body"><form><fieldset><legend>联系方式</legend><input name="phone"></fieldset></form></div></div>
    <section class="panel"><p><strong>费用明细</strong></p><table><thead><tr><th><div class="cell">项目</div></th><th><div class="cell">金额</div></th></tr></thead>
      <tbody><tr><td>挂号费</td><td>12.00</td></tr></tbody></table></section>
  </main>`;

describe('every pickable element resolves on its own page', () => {
  it('section titles, legends, header cells and icon buttons repeated per section', () => {
    document.body.innerHTML = PAGE;
    const picks = [
      ...Array.from(document.querySelectorAll('.ant-card-head-title, .el-dialog__title, legend, section.panel > p, th .cell')),
      ...Array.from(document.querySelectorAll('button')),
    ];
    expect(picks).toHaveLength(11);
    for (const el of picks) {
      const fp = TargetFingerprint.parse(JSON.parse(JSON.stringify(captureFingerprint(el))));
      const result = resolveTarget(fp, document);
      const what = `${el.outerHTML.slice(0, 80)} → ${result.status === 'found' ? '' : result.reason}`;
      expect(result.status, what).toBe('found');
      if (result.status === 'found') expect(result.element, what).toBe(el);
    }
  });

  it('records what a title says and which icon a button shows', () => {
    document.body.innerHTML = PAGE;
    expect(captureFingerprint(document.querySelector('.ant-card-head-title')!).text).toBe('过敏史');
    expect(captureFingerprint(document.querySelector('section.panel > p')!).text).toBe('费用明细');
    const edit = captureFingerprint(document.querySelectorAll('button')[1]!);
    expect(edit.icon).toBe('anticon-edit');
    expect(edit.context?.ancestorLabel).toBe('过敏史');
    // a list item is a record, never a title: its text stays out
    expect(captureFingerprint(document.querySelector('li')!).text).toBeUndefined();
  });
});

describe('the parts of a field resolve as parts of that field', () => {
  // antd InputNumber: every number field has the same two steppers, named alike
  const numberField = (id: string, label: string) =>
    `<div class="ant-form-item"><div class="ant-form-item-label"><label for="${id}">${label}</label></div><div class="ant-form-item-control">` +
    `<div class="ant-input-number"><input role="spinbutton" class="ant-input-number-input" id="${id}">` +
    `<div class="ant-input-number-actions"><span role="button" aria-label="Increase Value" class="ant-input-number-action-up"><span class="anticon anticon-up"></span></span>` +
    `<span role="button" aria-label="Decrease Value" class="ant-input-number-action-down"><span class="anticon anticon-down"></span></span></div></div></div></div>`;
  const form = (fields: string) => `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Vital signs</div></div><div class="ant-card-body"><form>${fields}</form></div></div>`;

  it("a number input's steppers: each resolves to itself, known by its field's label", () => {
    document.body.innerHTML = form(numberField('temp', 'Temperature (°C)') + numberField('pulse', 'Pulse (bpm)'));
    const steppers = Array.from(document.querySelectorAll('[role="button"]'));
    expect(steppers).toHaveLength(4);
    for (const el of steppers) {
      const fp = TargetFingerprint.parse(JSON.parse(JSON.stringify(captureFingerprint(el))));
      const result = resolveTarget(fp, document);
      expect(result.status === 'found' && result.element === el, `${el.outerHTML.slice(0, 80)} ${result.status !== 'found' ? result.reason : ''}`).toBe(true);
    }
    expect(captureFingerprint(steppers[2]!).context?.fieldLabel).toBe('Pulse (bpm)');
  });

  it("is not taken for another field's stepper once its own field is gone", () => {
    document.body.innerHTML = form(numberField('temp', 'Temperature (°C)') + numberField('pulse', 'Pulse (bpm)'));
    const fp = TargetFingerprint.parse(JSON.parse(JSON.stringify(captureFingerprint(document.querySelector('#pulse ~ div [aria-label="Increase Value"]')!))));
    document.body.innerHTML = form(numberField('temp', 'Temperature (°C)'));
    expect(resolveTarget(fp, document).status).not.toBe('found');
  });

  it('a button with words of its own beside a field is not recorded as part of it', () => {
    document.body.innerHTML = `<div class="search"><input aria-label="姓名/住院号"><button type="button">查询</button></div>`;
    expect(captureFingerprint(document.querySelector('button')!).context?.fieldLabel).toBeUndefined();
  });
});
