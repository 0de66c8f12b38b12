/**
 * What the "vendor upgrade" does to each fixture page. Generic changes (generated ids and hashed
 * classes renewed, wrappers inserted, siblings shuffled) are applied by upgradePages.ts with a
 * seeded random generator; the page-specific ones are written down here, as a vendor's release
 * notes would: reworded labels, moved sections, removed and duplicated controls, new features
 * that look like old ones.
 *
 * This plan was written before the resolver was tuned and is not adjusted to its results.
 */
export interface PageUpgrade {
  file: string;
  seed: number;
  /** exact text (trimmed) of a text node or of placeholder/aria-label/title/value -> new text */
  rewords: Record<string, string>;
  /** bench ids of elements the upgrade drops */
  remove: string[];
  /** bench ids of elements the upgrade shows twice, side by side */
  duplicate: string[];
  /** move the element matching `move` to just before the element matching `before` (or to the end of `into`) */
  moves: { move: string; before?: string; into?: string }[];
  /** new elements: `html` inserted after the element matching `after` */
  additions: { after: string; closest?: string; html: string }[];
  /** renamings of whole id/name segments (a master page whose content placeholder was renamed) */
  renameSegments?: Record<string, string>;
}

export const UPGRADE_PLAN: PageUpgrade[] = [
  {
    file: 'registration.html',
    seed: 11,
    rewords: {
      '联系电话': '手机号码',
      '新建患者 (F2)': '新建档案 (F2)',
      '查询': '检 索',
      '打印挂号单': '打印凭条',
      '退号原因': '退号理由',
      '今日挂号队列': '当日挂号列表',
      '医保类型': '参保类型',
    },
    remove: ['reg.read-card'],
    duplicate: ['reg.queue-refresh'],
    moves: [{ move: '.queue-card', before: '.register-card' }],
    additions: [
      {
        after: '[data-bench-id="reg.phone"]',
        closest: '.el-form-item',
        html: '<div class="el-form-item"><label class="el-form-item__label">紧急联系人电话</label><div class="el-form-item__content"><div class="el-input el-input--small"><input type="text" class="el-input__inner" id="el-id-1024-90" maxlength="11" autocomplete="off"></div></div></div>',
      },
      {
        after: '[data-bench-id="reg.print-slip"]',
        html: '<button type="button" class="el-button" id="el-id-1024-91"><span>打印预览</span></button>',
      },
      {
        after: '[data-bench-id="reg.menu-registration"]',
        html: '<li class="el-menu-item" role="menuitem" tabindex="-1">自助机管理</li>',
      },
    ],
  },
  {
    file: 'order-entry.html',
    seed: 23,
    rewords: {
      '新开': '新开医嘱',
      '复制医嘱': '复制',
      '药品名称:': '药品/项目:',
      '嘱托:': '医生嘱托:',
      '用药审查': '合理用药审查',
      '检验申请': '检验申请单',
    },
    remove: ['order.group', 'order.unit'],
    duplicate: ['order.print'],
    moves: [{ move: '.order-editor', before: '.x-grid3' }],
    additions: [
      {
        after: '[data-bench-id="order.stop"]',
        closest: 'table.x-btn',
        html: '<table class="x-btn x-btn-text-icon" id="ext-comp-1060"><tbody><tr><td><em><button type="button" class="x-btn-text icon-stop" id="ext-gen160">批量停止</button></em></td></tr></tbody></table>',
      },
      {
        after: '[data-bench-id="order.tab-temporary"]',
        html: '<li role="tab" id="ext-comp-1020__ext-comp-1025" aria-selected="false">临时医嘱（补录）</li>',
      },
    ],
  },
  {
    file: 'nurse-execution.html',
    seed: 37,
    rewords: {
      '扫码核对': '扫码执行',
      '打印瓶签': '打印输液卡',
      '核对护士：': '双人核对：',
      '计划执行时间': '计划时间',
      '医嘱类别：': '医嘱类型：',
      '体温单': '体温单录入',
    },
    remove: ['nurse.skip', 'nurse.confirm-time'],
    duplicate: ['nurse.execute', 'nurse.sign-clear'],
    moves: [{ move: '.tabs-container', before: '.datagrid-view' }],
    additions: [
      {
        after: '[data-bench-id="nurse.print-labels"]',
        html: '<a href="javascript:void(0)" class="easyui-linkbutton l-btn l-btn-plain"><span class="l-btn-left l-btn-icon-left"><span class="l-btn-text">批量执行</span><span class="l-btn-icon icon-ok"></span></span></a>',
      },
    ],
  },
  {
    file: 'pharmacy-review.html',
    seed: 41,
    rewords: {
      '审核通过': '通过',
      '驳 回': '退回',
      '历史用药': '用药史',
      '确认驳回': '确认退回',
      '仅显示高警示': '只看高警示',
      '药师会诊': '发起会诊',
    },
    remove: ['rx.hold', 'rx.view-labs'],
    duplicate: ['rx.alert-host'],
    moves: [{ move: '.detail-col', before: '.queue-col' }],
    additions: [
      {
        after: '[data-bench-id="rx.approve"]',
        html: '<button type="button" class="ant-btn ant-btn-primary css-dev-only-do-not-override-1wnbzv4"><span>通过并审下一张</span></button>',
      },
    ],
  },
  {
    file: 'lab-results.html',
    seed: 53,
    rewords: {
      '打印报告': '打印',
      '历史对比': '历史结果对比',
      '危急值上报': '危急值报告',
      '仅异常': '只看异常',
      '确认通知': '发送通知',
      '检验者备注': '备注',
    },
    remove: ['lab.unaudit'],
    duplicate: ['lab.critical-send'],
    moves: [{ move: 'lis-critical-panel', before: 'lis-result-table' }],
    additions: [
      {
        after: '[data-bench-id="lab.print"]',
        html: '<button type="button" class="tb-preview">打印预览</button>',
      },
      {
        after: '[data-bench-id="lab.nav-critical"]',
        html: '<a href="#/trace">标本追踪</a>',
      },
    ],
  },
  {
    file: 'billing.html',
    seed: 67,
    rewords: {
      '结 算': '收费结算',
      '补打发票': '发票补打',
      '实收金额：': '实收：',
      '交款人手机：': '手机号码：',
      '查询待遇': '待遇查询',
      '日结': '日结报表',
    },
    remove: ['bill.pre-settle', 'bill.find-recipe'],
    duplicate: ['bill.read-card', 'bill.invoice-print'],
    moves: [{ move: '#payPanel', before: '[data-bench-id="bill.items-table"]' }],
    additions: [
      {
        after: '[data-bench-id="bill.insurance-settle"]',
        html: '<button type="button" class="PayPanel_payBtn__3xK9a">医保电子凭证</button>',
      },
    ],
    renameSegments: { ContentPlaceHolder1: 'MainContent' },
  },
];
