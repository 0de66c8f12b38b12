// @vitest-environment jsdom
/**
 * A control the upgrade removed, with exactly one control of its kind left: nothing may be
 * returned (safety). The control left behind must still be found by its own fingerprint, and the
 * removed one on the page it was recorded on (liveness): a resolver that always answers "missing"
 * fails here too.
 */
import { describe, expect, it } from 'vitest';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';

/** Show a page and take its marks off (the resolver must not see the answer key): mark -> element. */
function show(html: string): Map<string, Element> {
  document.body.innerHTML = html;
  const marks = new Map<string, Element>();
  for (const el of Array.from(document.querySelectorAll('[data-t]'))) {
    marks.set(el.getAttribute('data-t')!, el);
    el.removeAttribute('data-t');
  }
  return marks;
}
const record = (el: Element) => TargetFingerprint.parse(JSON.parse(JSON.stringify(captureFingerprint(el))));

interface Case {
  name: string;
  /** the page as recorded: the target carries `data-t="gone"`, its look-alike `data-t="left"` */
  before: string;
  /** the upgraded page: the look-alike (still `data-t="left"`), the target removed */
  after: string;
}

/** Mantine / MUI / antd style markup: styling and state live in data-* and classes. */
const navLink = (text: string, mark: string, active = false) =>
  `<a class="mantine-NavLink-root m_f0824112" href="#/${mark}" data-t="${mark}" data-variant="light" data-size="sm"${active ? ' data-active="true"' : ''}>` +
  `<span class="m_690090b5 mantine-NavLink-label">${text}</span></a>`;
const muiButton = (text: string, mark: string, id: string) =>
  `<button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary MuiButton-sizeSmall css-1hw9j7s" tabindex="0" type="button" id="${id}" data-t="${mark}">${text}<span class="MuiTouchRipple-root css-w0pj6f"></span></button>`;
const card = (title: string, body: string) =>
  `<div class="ant-card ant-card-bordered css-dev-only-do-not-override-1x0dypw"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div></div></div><div class="ant-card-body">${body}</div></div>`;
const antButton = (text: string, mark: string, type = 'primary') =>
  `<button type="button" class="ant-btn css-dev-only-do-not-override-1x0dypw ant-btn-${type} ant-btn-color-primary ant-btn-variant-solid" data-t="${mark}"><span>${text}</span></button>`;
const tab = (text: string, mark: string, active: boolean) =>
  `<div data-node-key="${mark}" class="ant-tabs-tab${active ? ' ant-tabs-tab-active' : ''}"><div role="tab" aria-selected="${active}" class="ant-tabs-tab-btn" tabindex="0" id="rc-tabs-0-tab-${mark}" aria-controls="rc-tabs-0-panel-${mark}" data-t="${mark}">${text}</div></div>`;
const elItem = (label: string, mark: string, id: string) =>
  `<div class="el-form-item"><label class="el-form-item__label" for="${id}">${label}</label><div class="el-form-item__content"><div class="el-input el-input--default"><div class="el-input__wrapper"><input class="el-input__inner" type="text" autocomplete="off" id="${id}" data-t="${mark}"></div></div></div></div>`;

const iconButton = (icon: string, mark: string) =>
  `<button type="button" class="ant-btn css-dev-only-do-not-override-1x0dypw ant-btn-text ant-btn-icon-only" data-t="${mark}"><span class="ant-btn-icon"><span role="img" aria-label="${icon}" class="anticon anticon-${icon}"><svg viewBox="64 64 896 896" width="1em" height="1em"><path d="M${icon.length} 64 L 896 ${icon.length * 10}"></path></svg></span></span></button>`;
/** Element Plus icons carry no name: only their shape tells them apart */
const elIconButton = (shape: string, mark: string) =>
  `<button class="el-button el-button--primary is-circle" type="button" data-t="${mark}"><i class="el-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="${shape}"></path></svg></i></button>`;
const SEND = 'M729.6 502.4 384 268.8v467.2l345.6-233.6zm-364.8-288L768 502.4 364.8 790.4V214.4z';
const ATTACH = 'M512 64a448 448 0 1 1 0 896 448 448 0 0 1 0-896zm23.744 191.488c-52.096 0-92.928 14.784-123.2 44.352';

const CASES: Case[] = [
  {
    name: 'an icon-only delete button, the edit icon button of the row left',
    before: card('过敏史', `<div class="row-actions">${iconButton('delete', 'gone')}${iconButton('edit', 'left')}</div>`),
    after: card('过敏史', `<div class="row-actions">${iconButton('edit', 'left')}</div>`),
  },
  {
    name: 'an unlabeled send button (Element Plus icon, no name), the attach button left',
    before: `<div class="el-card"><div class="el-card__header"><span class="card-title">会诊消息</span></div><div class="el-card__body"><textarea class="el-textarea__inner"></textarea>${elIconButton(ATTACH, 'left')}${elIconButton(SEND, 'gone')}</div></div>`,
    after: `<div class="el-card"><div class="el-card__header"><span class="card-title">会诊消息</span></div><div class="el-card__body"><textarea class="el-textarea__inner"></textarea>${elIconButton(ATTACH, 'left')}</div></div>`,
  },
  {
    name: 'a side-navigation link, another link left (styling data attributes agree)',
    before: `<nav class="mantine-AppShell-navbar">${navLink('门诊病历', 'gone', true)}${navLink('医嘱录入', 'left')}</nav>`,
    after: `<nav class="mantine-AppShell-navbar">${navLink('医嘱录入', 'left', true)}</nav>`,
  },
  {
    name: "another section's Add button",
    before: card('过敏史', antButton('新增过敏', 'gone')) + card('诊断', antButton('新增诊断', 'left')),
    after: card('诊断', antButton('新增诊断', 'left')),
  },
  {
    name: 'a primary MUI button with a regenerated id, the other primary one left',
    before: `<div class="MuiToolbar-root">${muiButton('Print wristband', 'gone', ':r3:')}${muiButton('Admit', 'left', ':r4:')}</div>`,
    after: `<div class="MuiToolbar-root">${muiButton('Admit', 'left', '«r7»')}</div>`,
  },
  {
    name: 'a tab, another tab left',
    before: `<div role="tablist" class="ant-tabs-nav-list">${tab('检验报告', 'gone', true)}${tab('检查报告', 'left', false)}</div>`,
    after: `<div role="tablist" class="ant-tabs-nav-list">${tab('检查报告', 'left', true)}</div>`,
  },
  {
    name: 'a form field, the other field of the form left',
    before: `<form class="el-form">${elItem('联系电话', 'gone', 'el-id-4411-12')}${elItem('家庭住址', 'left', 'el-id-4411-13')}</form>`,
    after: `<form class="el-form">${elItem('家庭住址', 'left', 'el-id-9022-31')}</form>`,
  },
  {
    name: 'an English toolbar button with an icon, the other one left',
    before: `<div role="toolbar">${antButton('Save draft', 'gone', 'default')}${antButton('Sign note', 'left', 'default')}</div>`,
    after: `<div role="toolbar">${antButton('Sign note', 'left', 'default')}</div>`,
  },
];

describe('a removed control with one look-alike left', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const before = show(c.before);
      const gone = record(before.get('gone')!);
      const left = record(before.get('left')!);
      // liveness: both resolve on the page they were recorded on
      expect(resolveTarget(gone, document)).toMatchObject({ status: 'found', element: before.get('gone') });
      expect(resolveTarget(left, document)).toMatchObject({ status: 'found', element: before.get('left') });

      const after = show(c.after);
      const result = resolveTarget(gone, document);
      expect(result.status, result.status === 'found' ? `returned "${result.element.textContent}" at ${result.confidence}` : '').not.toBe('found');
      // liveness after the upgrade: the control left behind is still found by its own fingerprint
      expect(resolveTarget(left, document)).toMatchObject({ status: 'found', element: after.get('left') });
    });
  }
});
