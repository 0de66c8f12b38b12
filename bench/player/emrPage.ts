/**
 * A big, deterministic EMR-like page for timing: a header menu, a toolbar, a long registration form
 * in three layouts (label-for, table cells, Element-style label without `for`), a dialog, a web
 * component with a shadow-root toolbar, and a patient grid whose rows fill the page up to the
 * requested number of elements (every row has the same 退号/补打 buttons, as real grids do).
 *
 * `emrPageHtml(n)` returns the <body> content as a string, so the same page can be served as a
 * static file (page-load timing) or built in place (resolve timing). The shadow root is declared
 * with <template shadowrootmode="open">, which the HTML parser attaches.
 */

import { seededRandom } from '../../shared/src/hospital/seededRandom.ts';

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华';
const DEPTS = ['心内科', '呼吸内科', '消化内科', '骨科', '儿科', '妇科', '眼科', '皮肤科', '神经内科', '内分泌科'];
const STATUS = ['候诊', '就诊中', '已就诊', '已退号'];
const FIELD_LABELS = [
  '姓名', '性别', '出生日期', '证件类型', '证件号码', '联系电话', '医保类型', '医保卡号', '现住址', '工作单位',
  '联系人', '联系人电话', '与患者关系', '民族', '国籍', '职业', '婚姻状况', '籍贯', '过敏史', '既往史',
  '挂号科室', '医生', '号别', '挂号费', '支付方式', '就诊卡号', '病历本', '来源', '备注', '预约号',
  '体温', '脉搏', '呼吸', '血压', '身高', '体重', '主诉', '现病史', '初步诊断', '处理意见',
];
const TOOLBAR = ['新建患者', '读卡', '查询', '挂号', '退号', '补打', '打印挂号单', '预约签到', '日结', '交班', '刷新', '帮助'];

/** Elements in the fixed part of the page (everything but grid rows), counted once. */
const ROW_ELEMENTS = 14; // tr + 10 td + checkbox + 2 buttons

export function emrPageHtml(totalElements: number, seed = 7): string {
  const { next: random, pick } = seededRandom(seed);
  let gen = 1000;
  const id = () => `el-id-1024-${gen++}`;
  const parts: string[] = [];

  parts.push('<header class="app-header"><ul class="el-menu" role="menubar">');
  for (const item of ['门诊挂号', '预约管理', '门诊收费', '患者档案', '日结报表', '系统设置']) parts.push(`<li class="el-menu-item" role="menuitem">${item}</li>`);
  parts.push('</ul></header>');

  parts.push('<div class="toolbar" role="toolbar" aria-label="挂号操作">');
  TOOLBAR.forEach((text, i) => {
    const action = i % 3 === 0 ? ` data-action="tb-${i}"` : '';
    parts.push(`<button type="button" class="el-button el-button--small" id="${id()}"${action}><span>${text}</span></button>`);
  });
  parts.push('</div>');

  parts.push('<section class="el-card" aria-label="患者信息"><form class="el-form">');
  FIELD_LABELS.forEach((label, i) => {
    const fieldId = id();
    const name = i % 2 === 0 ? ` name="field${i}"` : '';
    if (i % 3 === 0) {
      parts.push(`<div class="el-form-item"><label class="el-form-item__label" for="${fieldId}">${label}</label><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" id="${fieldId}"${name}></div></div></div>`);
    } else if (i % 3 === 1) {
      parts.push(`<table class="frm"><tr><td class="lbl">${label}：</td><td><input class="txt" id="${fieldId}"${name}></td></tr></table>`);
    } else {
      parts.push(`<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" id="${fieldId}"${name}></div></div></div>`);
    }
  });
  parts.push('</form></section>');

  parts.push('<div class="el-overlay"><div class="el-dialog" role="dialog" aria-label="退号确认">');
  for (const label of ['退号原因', '退费方式', '备注']) {
    const fieldId = id();
    parts.push(`<div class="el-form-item"><label for="${fieldId}">${label}</label><input id="${fieldId}" class="el-input__inner"></div>`);
  }
  parts.push('<button type="button" class="el-button">取 消</button><button type="button" class="el-button el-button--primary">确 定</button></div></div>');

  parts.push('<lis-report-toolbar><template shadowrootmode="open"><div role="toolbar" aria-label="报告操作">');
  for (const [cls, text] of [['tb-audit', '审核'], ['tb-print', '打印报告'], ['tb-history', '历史对比'], ['tb-critical', '危急值上报']]) {
    parts.push(`<button type="button" class="${cls}">${text}</button>`);
  }
  parts.push('</div></template></lis-report-toolbar>');

  const fixed = 2 + 6 + 1 + TOOLBAR.length * 2 + 2 + FIELD_LABELS.length * 5 + 2 + 3 * 3 + 2 + 1 + 1 + 4 + 8;
  const rows = Math.max(1, Math.floor((totalElements - fixed) / ROW_ELEMENTS));
  parts.push('<section aria-label="今日挂号队列"><table class="el-table"><thead><tr>');
  for (const h of ['选择', '序号', '就诊卡号', '姓名', '科室', '医生', '号别', '状态', '挂号时间', '操作']) parts.push(`<th>${h}</th>`);
  parts.push('</tr></thead><tbody>');
  for (let r = 0; r < rows; r++) {
    const name = pick([...SURNAMES]) + pick([...GIVEN]);
    parts.push(
      `<tr class="el-table__row"><td><input type="checkbox" class="row-check"></td><td>${r + 1}</td><td>33010020${String(r).padStart(4, '0')}</td><td>${name}</td><td>${pick(DEPTS)}</td>` +
        `<td>${pick([...SURNAMES])}医生</td><td>${random() < 0.3 ? '专家号' : '普通号'}</td><td>${pick(STATUS)}</td><td>08:${String(r % 60).padStart(2, '0')}</td>` +
        `<td><button type="button" class="el-button el-button--text">补打</button><button type="button" class="el-button el-button--text">退号</button></td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');
  return parts.join('');
}

export function emrPageDocument(totalElements: number): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门诊挂号 (${totalElements})</title>
<style>body{font:13px sans-serif;margin:0} .el-table td,.el-table th{border:1px solid #eee;padding:2px 4px} .el-overlay{position:fixed;right:10px;bottom:10px;background:#fff;border:1px solid #999}</style>
</head><body>${emrPageHtml(totalElements)}</body></html>`;
}
