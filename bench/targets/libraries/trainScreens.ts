/**
 * More train screens for the library corpus (split.ts), written from the hospital domain
 * (/work/shared/DOMAIN.md §3.6 laboratory, §3.3/§3.9 nursing, §3.8 billing, discharge, §3.4
 * prescription review, §3.7 imaging): the
 * structures Chinese HIS vendors ship on Element / Ant Design — side navigation, a query bar,
 * icon-only buttons, tabs, grids with per-row actions, cards with titles and extra buttons,
 * description lists, forms inline or in a dialog, radio and checkbox groups, tabs with counts,
 * column headers, icons added to buttons — and the upgrade operators of spec.ts. All patient data is synthetic and obviously fake.
 */
import type { ButtonSpec, FieldSpec, Mark, ModalSpec, Operator, PageSpec, TableSpec } from './spec.ts';

const b = (label: string, rest: Partial<ButtonSpec> = {}): ButtonSpec => ({ kind: 'button', label, ...rest });
const icon = (icon: ButtonSpec['icon'], rest: Partial<ButtonSpec> = {}): ButtonSpec => ({ kind: 'button', icon, ...rest });
const m = (id: string, expect?: 'ambiguous'): Mark => (expect ? { id, expect } : { id });

// ---------------------------------------------------------------- screen E: lab specimen reception (zh, train)

export function labSpecimens(v: 1 | 2): PageSpec {
  const rejectFields: FieldSpec[] = [
    { kind: 'select', label: '拒收原因', name: 'rejectReason', options: ['溶血', '凝块', '标本量不足', '标签错误', '超时送检'], placeholder: '请选择拒收原因', mark: m('e-reject-reason') },
    { kind: 'textarea', label: v === 1 ? '备注' : '拒收说明', name: 'rejectNote', mark: m('e-reject-note') },
    { kind: 'switch', label: '通知病区护士', name: 'notifyWard', mark: m('e-notify-ward') },
  ];
  const tubeCheck = {
    kind: 'radio' as const,
    label: '标本性状',
    name: 'appearance',
    options:
      v === 1
        ? [
            { label: '合格', value: 'ok', mark: m('e-appearance-ok') },
            { label: '溶血', value: 'hemolysis', mark: m('e-hemolysis') },
            { label: '量不足', value: 'short', mark: m('e-short-volume') },
          ]
        : [
            { label: '溶血', value: 'hemolysis', mark: m('e-hemolysis') },
            { label: '标本量不足', value: 'short', mark: m('e-short-volume') },
            { label: '合格', value: 'ok', mark: m('e-appearance-ok') },
            { label: '凝块', value: 'clot' },
          ],
  };
  const rejectModal: ModalSpec = {
    kind: 'modal',
    title: '拒收登记',
    titleMark: m('e-reject-title'),
    body: [{ kind: 'form', layout: 'vertical', fields: [tubeCheck, ...rejectFields] }],
    footer: [b('取消'), b('确认拒收', { variant: 'danger', mark: m('e-reject-confirm') })],
  };
  const specimenTable = {
    kind: 'table' as const,
    size: v === 1 ? ('middle' as const) : ('small' as const),
    columns: [
      { key: 'barcode', title: '条码号' },
      { key: 'item', title: '检验项目' },
      { key: 'type', title: '标本类型' },
      { key: 'time', title: '采集时间' },
    ],
    rows: [
      { barcode: 'T90000001', item: '血常规（测试）', type: '全血', time: '07:10' },
      { barcode: 'T90000002', item: '电解质（测试）', type: '血清', time: '07:12' },
      { barcode: 'T90000003', item: '凝血功能（测试）', type: '血浆', time: '07:15' },
    ],
    actions: [{ label: '签收' }, { label: '详情' }],
    actionsTitle: '操作',
  };
  return {
    title: '检验科 标本签收 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'receive',
      items:
        v === 1
          ? [
              { key: 'collect', label: '标本采集', icon: 'edit', mark: m('e-nav-collect') },
              { key: 'receive', label: '标本签收', icon: 'file' },
              { key: 'report', label: '检验报告', icon: 'download', mark: m('e-nav-report') },
              { key: 'critical', label: '危急值管理', icon: 'bell', mark: m('e-nav-critical') },
              { key: 'qc', label: '质控管理', icon: 'setting', mark: m('e-nav-qc') },
            ]
          : [
              { key: 'critical', label: '危急值管理', icon: 'bell', mark: m('e-nav-critical') },
              { key: 'receive', label: '标本签收', icon: 'file' },
              { key: 'report', label: '报告审核发布', icon: 'download', mark: m('e-nav-report') },
              { key: 'collect', label: '标本采集', icon: 'edit', mark: m('e-nav-collect') },
              { key: 'unqualified', label: '不合格标本', icon: 'home' },
            ],
    },
    body: [
      { kind: 'heading', level: 4, text: '检验标本签收工作站', mark: m('e-heading') },
      {
        kind: 'card',
        title: '标本查询',
        body: [
          {
            kind: 'form',
            layout: 'inline',
            fields:
              v === 1
                ? [
                    { kind: 'input', label: '条码号', name: 'barcode', placeholder: '扫描或输入条码号', mark: m('e-barcode') },
                    { kind: 'select', label: '送检科室', name: 'dept', options: ['心内科', '呼吸内科'], placeholder: '全部科室', mark: m('e-dept') },
                  ]
                : [
                    { kind: 'select', label: '申请科室', name: 'dept', options: ['心内科', '呼吸内科', '急诊科'], placeholder: '全部科室', mark: m('e-dept') },
                    { kind: 'input', label: '标本条码', name: 'barcode', placeholder: '扫描或输入条码号', mark: m('e-barcode') },
                  ],
            buttons:
              v === 1
                ? [b('查询', { variant: 'primary', icon: 'search', mark: m('e-query') }), b('重置', { mark: m('e-reset-filter') })]
                : [b('重置', { mark: m('e-reset-filter') }), b('查询', { variant: 'primary', size: 'small', icon: 'search', mark: m('e-query') })],
          },
        ],
      },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [icon('print', { title: '打印回执单', mark: m('e-print-receipt') }), icon('refresh', { aria: '刷新列表', mark: m('e-refresh') }), icon('download', { aria: '导出Excel', mark: m('e-export') })]
            : [icon('refresh', { aria: '刷新列表', size: 'small', mark: m('e-refresh') }), icon('print', { title: '打印回执单', mark: m('e-print-receipt') })],
      },
      {
        kind: 'tabs',
        active: 'pending',
        size: v === 1 ? 'middle' : 'small',
        items:
          v === 1
            ? [
                { key: 'pending', label: '待签收', mark: m('e-tab-pending') },
                { key: 'received', label: '已签收', mark: m('e-tab-received') },
                { key: 'rejected', label: '已拒收', mark: m('e-tab-rejected') },
              ]
            : [
                { key: 'pending', label: '待签收', mark: m('e-tab-pending') },
                { key: 'rejected', label: '拒收记录', mark: m('e-tab-rejected') },
                { key: 'received', label: '已签收', mark: m('e-tab-received') },
              ],
        body: [
          {
            kind: 'card',
            title: v === 1 ? '待签收标本' : '待签收标本列表',
            titleMark: m('e-card-pending'),
            extra:
              v === 1
                ? [b('批量签收', { variant: 'primary', mark: m('e-batch-receive') }), b('拒收', { mark: m('e-reject') })]
                : [b('批量签收', { variant: 'primary', disabled: true }), b('拒收', { variant: 'danger', mark: m('e-reject') }), b('批量签收', { size: 'small', mark: m('e-batch-receive') })],
            body: [specimenTable],
          },
          {
            kind: 'card',
            title: '危急值',
            titleMark: m('e-card-critical'),
            extra: v === 1 ? [b('确认接收', { variant: 'primary', mark: m('e-critical-ack') }), b('电话通知', { mark: m('e-critical-call') })] : [],
            body:
              v === 1
                ? [{ kind: 'descriptions', items: [{ label: '检验项目', value: '血钾（测试）' }, { label: '报告时间', value: '07:40' }] }]
                : [
                    {
                      kind: 'form',
                      layout: 'horizontal',
                      fields: [{ kind: 'input', label: '接收人', name: 'receiver' }, { kind: 'checkbox', label: '', name: 'readBack', options: [{ label: '已复述确认', value: 'yes' }] }],
                      buttons: [b('电话通知', { mark: m('e-critical-call') }), b('接收确认', { variant: 'primary', mark: m('e-critical-ack') })],
                    },
                  ],
          },
          // v1: the reject form inline; v2: the same form in a dialog
          ...(v === 1 ? [{ kind: 'card' as const, title: '拒收登记', titleMark: m('e-reject-title'), body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: [tubeCheck, ...rejectFields], buttons: [b('确认拒收', { variant: 'danger', mark: m('e-reject-confirm') })] }] }] : []),
        ],
      },
    ],
    modal: v === 2 ? rejectModal : undefined,
  };
}

// ---------------------------------------------------------------- screen F: medication administration (en, train)

export function medicationAdministration(v: 1 | 2): PageSpec {
  const recordFields = [
    { kind: 'number' as const, label: 'Dose given', name: 'doseGiven', mark: m('f-dose') },
    { kind: 'select' as const, label: 'Route', name: 'route', options: ['PO', 'IV', 'IM', 'SC'], mark: m('f-route') },
    { kind: 'select' as const, label: v === 1 ? 'Site' : 'Injection site', name: 'site', options: ['Left arm', 'Right arm', 'Abdomen'], mark: m('f-site') },
    { kind: 'input' as const, label: v === 1 ? 'Witness' : 'Second nurse (witness)', name: 'witness', placeholder: 'Staff ID', mark: m('f-witness') },
    { kind: 'switch' as const, label: 'Pain reassessed', name: 'painReassessed', mark: m('f-pain-reassessed') },
  ];
  const checks = {
    kind: 'checkbox' as const,
    label: 'Five rights checked',
    name: 'rights',
    options:
      v === 1
        ? [
            { label: 'Right patient', value: 'patient', mark: m('f-check-patient') },
            { label: 'Right dose', value: 'dose', mark: m('f-check-dose') },
            { label: 'Right time', value: 'time', mark: m('f-check-time') },
          ]
        : [
            { label: 'Right patient (two identifiers)', value: 'patient', mark: m('f-check-patient') },
            { label: 'Right drug', value: 'drug' },
            { label: 'Right dose', value: 'dose', mark: m('f-check-dose') },
            { label: 'Right time', value: 'time', mark: m('f-check-time') },
          ],
  };
  const notGiven = {
    kind: 'radio' as const,
    label: 'Reason not given',
    name: 'notGiven',
    options:
      v === 1
        ? [
            { label: 'Patient refused', value: 'refused', mark: m('f-refused') },
            { label: 'Nil by mouth', value: 'nbm', mark: m('f-nbm') },
            { label: 'Patient off ward', value: 'away' },
          ]
        : [
            { label: 'Patient off ward', value: 'away' },
            { label: 'Nil by mouth (NBM)', value: 'nbm', mark: m('f-nbm') },
            { label: 'Refused by patient', value: 'refused', mark: m('f-refused') },
          ],
  };
  const recordModal: ModalSpec = {
    kind: 'modal',
    title: 'Record administration',
    titleMark: m('f-record-title'),
    body: [{ kind: 'form', layout: 'vertical', fields: [...recordFields, checks, notGiven] }],
    footer: [b('Cancel'), b('Confirm and sign', { variant: 'primary', mark: m('f-confirm') })],
  };
  const doses = (title: string) => ({
    kind: 'table' as const,
    columns: [
      { key: 'drug', title: 'Medication' },
      { key: 'dose', title: 'Dose' },
      { key: 'route', title: 'Route' },
      { key: 'time', title: title },
    ],
    rows: [
      { drug: 'Test tablet 10 mg', dose: '1 tab', route: 'PO', time: '08:00' },
      { drug: 'Test injection 4000 IU', dose: '0.4 ml', route: 'SC', time: '08:00' },
    ],
    actions: [{ label: 'Give', variant: 'link' as const }, { label: v === 1 ? 'Hold' : 'Withhold', variant: 'link' as const }],
    actionsTitle: 'Actions',
  });
  return {
    title: 'eMAR — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'emar',
      items:
        v === 1
          ? [
              { key: 'beds', label: 'Bed board', icon: 'home', mark: m('f-nav-beds') },
              { key: 'emar', label: 'eMAR', icon: 'edit' },
              { key: 'io', label: 'Intake & output', icon: 'file', mark: m('f-nav-io') },
              { key: 'plans', label: 'Care plans', icon: 'user', mark: m('f-nav-careplans') },
            ]
          : [
              { key: 'beds', label: 'Ward bed board', icon: 'home', mark: m('f-nav-beds') },
              { key: 'emar', label: 'eMAR', icon: 'edit' },
              { key: 'alerts', label: 'Alerts', icon: 'bell' },
              { key: 'io', label: 'Fluid balance', icon: 'file', mark: m('f-nav-io') },
            ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: 'Name', value: 'Test Patient Epsilon' },
          { label: 'MRN', value: 'T0000612' },
          { label: 'Bed', value: '7-02' },
        ],
        tags: ['Penicillin allergy'],
        actions: v === 1 ? [b('Scan wristband', { mark: m('f-scan') })] : [b('Scan wristband', { variant: 'primary', size: 'small', mark: m('f-scan') })],
      },
      { kind: 'heading', level: v === 1 ? 4 : 3, text: 'Medication administration record', mark: m('f-heading') },
      {
        kind: 'tabs',
        active: 'scheduled',
        items:
          v === 1
            ? [
                { key: 'scheduled', label: 'Scheduled', mark: m('f-tab-scheduled') },
                { key: 'prn', label: 'PRN', mark: m('f-tab-prn') },
                { key: 'infusions', label: 'Infusions', mark: m('f-tab-infusions') },
              ]
            : [
                { key: 'prn', label: 'PRN', mark: m('f-tab-prn') },
                { key: 'scheduled', label: 'Scheduled', mark: m('f-tab-scheduled') },
                { key: 'infusions', label: 'IV infusions', mark: m('f-tab-infusions') },
              ],
        body: [
          {
            kind: 'card',
            title: v === 1 ? 'Due now' : 'Due this round',
            titleMark: m('f-card-due'),
            extra:
              v === 1
                ? [b('Give selected', { variant: 'primary', mark: m('f-give-selected') }), icon('refresh', { aria: 'Refresh', mark: m('f-refresh') }), icon('print', { title: 'Print MAR', mark: m('f-print') })]
                : [icon('print', { title: 'Print MAR', mark: m('f-print') }), icon('refresh', { aria: 'Refresh', mark: m('f-refresh') }), b('Give selected', { variant: 'primary', size: 'large', mark: m('f-give-selected') })],
            body: [doses('Due')],
          },
          {
            kind: 'card',
            title: 'PRN medications',
            extra: [icon('refresh', { aria: 'Refresh' }), b('Give selected', { variant: 'default' })],
            body: [doses('Last given')],
          },
          v === 1
            ? {
                kind: 'card',
                title: 'Record administration',
                titleMark: m('f-record-title'),
                body: [{ kind: 'form', layout: 'vertical', fields: [...recordFields, checks, notGiven], buttons: [b('Confirm and sign', { variant: 'primary', mark: m('f-confirm') })] }],
              }
            : { kind: 'card', title: 'Last administration', body: [{ kind: 'descriptions', items: [{ label: 'Time', value: '06:00' }, { label: 'By', value: 'Nurse T.' }] }] },
        ],
      },
    ],
    modal: v === 2 ? recordModal : undefined,
  };
}

// ---------------------------------------------------------------- screen G: inpatient settlement (zh, train)

export function inpatientSettlement(v: 1 | 2): PageSpec {
  const settleFields = [
    {
      kind: 'radio' as const,
      label: '结算类型',
      name: 'settleType',
      value: ['insurance'],
      options:
        v === 1
          ? [
              { label: '医保结算', value: 'insurance', mark: m('g-insurance') },
              { label: '自费结算', value: 'self', mark: m('g-selfpay') },
            ]
          : [
              { label: '全自费', value: 'self', mark: m('g-selfpay') },
              { label: '医保结算', value: 'insurance', mark: m('g-insurance') },
              { label: '商保结算', value: 'commercial' },
            ],
    },
    { kind: 'select' as const, label: '支付方式', name: 'payMethod', options: ['现金', '银行卡', '微信', '支付宝'], placeholder: '请选择', mark: m('g-pay-method') },
    { kind: 'switch' as const, label: v === 1 ? '预交金抵扣' : '使用预交金抵扣', name: 'useDeposit', mark: m('g-deposit-offset') },
    { kind: 'textarea' as const, label: '备注', name: 'remark', mark: m('g-remark') },
  ];
  const settleModal: ModalSpec = {
    kind: 'modal',
    title: '出院结算确认',
    titleMark: m('g-settle-title'),
    body: [{ kind: 'form', layout: 'horizontal', fields: settleFields }],
    footer: [b('取消'), b('预结算', { mark: m('g-presettle') }), b('确认结算', { variant: 'primary', mark: m('g-settle') })],
  };
  return {
    title: '住院收费 出院结算 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'settle',
      items:
        v === 1
          ? [
              { key: 'admit', label: '入院登记', icon: 'user', mark: m('g-nav-admit') },
              { key: 'deposit', label: '预交金管理', icon: 'add', mark: m('g-nav-deposit') },
              { key: 'settle', label: '出院结算', icon: 'file' },
              { key: 'invoice', label: '发票管理', icon: 'print', mark: m('g-nav-invoice') },
              { key: 'dayclose', label: '日结对账', icon: 'download', mark: m('g-nav-dayclose') },
            ]
          : [
              { key: 'admit', label: '入院登记', icon: 'user', mark: m('g-nav-admit') },
              { key: 'settle', label: '出院结算', icon: 'file' },
              { key: 'deposit', label: '预交金', icon: 'add', mark: m('g-nav-deposit') },
              { key: 'invoice', label: '电子票据', icon: 'print', mark: m('g-nav-invoice') },
              { key: 'reconcile', label: '医保对账', icon: 'setting' },
            ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: '姓名', value: '测试患者丁' },
          { label: '住院号', value: 'T2026077' },
          { label: '费别', value: '职工医保' },
          { label: '入院日期', value: '2026-01-02' },
        ],
        actions: v === 1 ? [b('读医保卡', { mark: m('g-read-card') }), b('切换患者', { mark: m('g-switch') })] : [b('切换患者', { variant: 'dashed', mark: m('g-switch') }), b('读医保卡', { variant: 'primary', mark: m('g-read-card') })],
      },
      { kind: 'descriptions', title: '费用汇总', items: [{ label: '总费用', value: '20,000.00' }, { label: '统筹支付', value: '14,025.00' }, { label: '个人自付', value: '5,975.00' }] },
      {
        kind: 'card',
        title: v === 1 ? '费用明细' : '费用明细查询',
        titleMark: m('g-card-detail'),
        extra:
          v === 1
            ? [b('一日清单', { mark: m('g-daily-list') }), icon('print', { title: '打印清单', mark: m('g-print-list') }), icon('download', { aria: '导出明细', mark: m('g-export') })]
            : [icon('download', { aria: '导出明细', size: 'small', mark: m('g-export') }), b('一日清单', { disabled: true }), icon('print', { title: '打印清单', mark: m('g-print-list') }), b('一日清单', { variant: 'link', mark: m('g-daily-list') })],
        body: [
          {
            kind: 'table',
            columns: [
              { key: 'name', title: '项目名称' },
              { key: 'cat', title: '类别' },
              { key: 'amount', title: '金额' },
            ],
            rows: [
              { name: '测试床位费', cat: '甲类', amount: '50.00' },
              { name: '测试注射液', cat: '乙类', amount: '128.00' },
            ],
            actions: [{ label: '明细' }, { label: '退费', danger: true }],
            actionsTitle: '操作',
          },
        ],
      },
      v === 1
        ? {
            kind: 'card',
            title: '出院结算确认',
            titleMark: m('g-settle-title'),
            body: [{ kind: 'form', layout: 'horizontal', fields: settleFields, buttons: [b('预结算', { mark: m('g-presettle') }), b('确认结算', { variant: 'primary', mark: m('g-settle') })] }],
          }
        : { kind: 'alert', text: '请先完成预结算，再确认结算。' },
      {
        kind: 'card',
        title: '票据',
        titleMark: m('g-card-invoice'),
        extra: v === 1 ? [b('打印发票', { mark: m('g-print-invoice') }), b('冲红', { mark: m('g-void-invoice') })] : [b('冲红', { variant: 'danger', mark: m('g-void-invoice') }), b('打印电子票据', { variant: 'primary', mark: m('g-print-invoice') })],
        body: [{ kind: 'descriptions', items: [{ label: '票据状态', value: '未开具' }] }],
      },
    ],
    modal: v === 2 ? settleModal : undefined,
  };
}

// ---------------------------------------------------------------- screen H: discharge (en, train)

export function discharge(v: 1 | 2): PageSpec {
  const summaryFields = [
    { kind: 'select' as const, label: 'Discharge diagnosis', name: 'dxDischarge', options: ['Test pneumonia', 'Test heart failure'], placeholder: 'Search ICD-10', mark: m('h-diagnosis') },
    {
      kind: 'radio' as const,
      label: 'Condition at discharge',
      name: 'condition',
      options:
        v === 1
          ? [
              { label: 'Improved', value: 'improved', mark: m('h-improved') },
              { label: 'Unchanged', value: 'unchanged' },
              { label: 'Transferred', value: 'transferred', mark: m('h-transferred') },
            ]
          : [
              { label: 'Recovered', value: 'recovered' },
              { label: 'Improved', value: 'improved', mark: m('h-improved') },
              { label: 'Unchanged', value: 'unchanged' },
              { label: 'Transferred to another facility', value: 'transferred', mark: m('h-transferred') },
            ],
    },
    { kind: 'textarea' as const, label: v === 1 ? 'Hospital course' : 'Course in hospital', name: 'course', mark: m('h-course') },
    { kind: 'textarea' as const, label: 'Instructions for patient', name: 'instructions', mark: m('h-instructions') },
  ];
  return {
    title: 'Discharge — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'discharge',
      items:
        v === 1
          ? [
              { key: 'inpatients', label: 'My inpatients', icon: 'user', mark: m('h-nav-inpatients') },
              { key: 'notes', label: 'Clinical notes', icon: 'file', mark: m('h-nav-notes') },
              { key: 'discharge', label: 'Discharge', icon: 'home' },
              { key: 'referrals', label: 'Referrals', icon: 'edit', mark: m('h-nav-referrals') },
            ]
          : [
              { key: 'inpatients', label: 'My inpatients', icon: 'user', mark: m('h-nav-inpatients') },
              { key: 'discharge', label: 'Discharge', icon: 'home' },
              { key: 'notes', label: 'Progress notes', icon: 'file', mark: m('h-nav-notes') },
              { key: 'results', label: 'Results', icon: 'search' },
            ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: 'Name', value: 'Test Patient Zeta' },
          { label: 'MRN', value: 'T0000833' },
          { label: 'Admitted', value: '2026-01-05' },
        ],
        actions: [icon('user', { aria: 'Patient details', mark: m('h-patient-details') }), icon('bell', { aria: 'Alerts' })],
      },
      { kind: 'heading', level: 4, text: 'Discharge planning', mark: m('h-heading') },
      {
        kind: 'tabs',
        active: 'summary',
        size: v === 1 ? 'middle' : 'large',
        items:
          v === 1
            ? [
                { key: 'summary', label: 'Summary', mark: m('h-tab-summary') },
                { key: 'meds', label: 'Medications', mark: m('h-tab-meds') },
                { key: 'followup', label: 'Follow-up', mark: m('h-tab-followup') },
              ]
            : [
                { key: 'summary', label: 'Summary', mark: m('h-tab-summary') },
                { key: 'meds', label: 'Discharge medications', mark: m('h-tab-meds') },
                { key: 'followup', label: 'Follow-up', mark: m('h-tab-followup') },
                { key: 'letters', label: 'Letters' },
              ],
        body: [
          {
            kind: 'card',
            title: 'Discharge summary',
            titleMark: m('h-card-summary'),
            body: [
              {
                kind: 'form',
                layout: v === 1 ? 'vertical' : 'horizontal',
                fields: v === 1 ? summaryFields : [summaryFields[0]!, summaryFields[2]!, summaryFields[3]!, summaryFields[1]!],
                buttons: v === 1 ? [b('Save draft', { mark: m('h-save-draft') }), b('Sign and complete', { variant: 'primary', mark: m('h-sign') })] : [b('Sign & complete', { variant: 'primary', mark: m('h-sign') }), b('Save draft', { variant: 'dashed', mark: m('h-save-draft') })],
              },
            ],
          },
          {
            kind: 'card',
            title: 'Medications on discharge',
            extra: v === 1 ? [b('Add medication', { icon: 'add', mark: m('h-add-med') }), icon('print', { aria: 'Print list', mark: m('h-print-meds') })] : [icon('print', { aria: 'Print list', mark: m('h-print-meds') }), b('Add medication', { icon: 'add', size: 'small', mark: m('h-add-med') })],
            body: [
              {
                kind: 'table',
                columns: [
                  { key: 'drug', title: 'Drug' },
                  { key: 'dose', title: 'Dose' },
                  { key: 'freq', title: 'Frequency' },
                ],
                rows: [{ drug: 'Test tablet 5 mg', dose: '1 tab', freq: 'qd' }],
                actions: [{ label: 'Edit', variant: 'link' }, { label: 'Stop', variant: 'link', danger: true }],
                actionsTitle: 'Actions',
              },
            ],
          },
          {
            kind: 'card',
            title: 'Follow-up appointments',
            extra: [b(v === 1 ? 'Add appointment' : 'Book appointment', { icon: 'add', mark: m('h-add-appt') })],
            body: [{ kind: 'descriptions', items: [{ label: 'Clinic', value: 'Cardiology OPD' }, { label: 'Within', value: '2 weeks' }] }],
          },
          {
            kind: 'card',
            title: 'Discharge checklist',
            body: [
              {
                kind: 'form',
                fields: [
                  {
                    kind: 'checkbox',
                    label: '',
                    name: 'checklist',
                    options:
                      v === 1
                        ? [
                            { label: 'Wristband removed', value: 'band', mark: m('h-wristband') },
                            { label: 'Belongings returned', value: 'belongings', mark: m('h-belongings') },
                            { label: 'Education given', value: 'education', mark: m('h-education') },
                          ]
                        : [
                            { label: 'Education given', value: 'education', mark: m('h-education') },
                            { label: 'Transport arranged', value: 'transport' },
                            { label: 'Belongings returned', value: 'belongings', mark: m('h-belongings') },
                          ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- screen I: prescription review (zh, train)

export function prescriptionReview(v: 1 | 2): PageSpec {
  const verdict = {
    kind: 'radio' as const,
    label: '结论',
    name: 'verdict',
    value: ['pass'],
    options:
      v === 1
        ? [
            { label: '通过', value: 'pass', mark: m('i-pass') },
            { label: '退回', value: 'return', mark: m('i-return') },
          ]
        : [
            { label: '审核通过', value: 'pass', mark: m('i-pass') },
            { label: '退回医生', value: 'return', mark: m('i-return') },
          ],
  };
  const reason: FieldSpec = { kind: 'select', label: '问题类型', name: 'problem', options: ['超剂量', '重复用药', '相互作用', '超疗程'], placeholder: '请选择', mark: m('i-problem') };
  const opinion: FieldSpec = { kind: 'textarea', label: '审核意见', name: 'opinion', mark: m('i-opinion') };
  const cosign: FieldSpec = { kind: 'switch', label: '需医生双签', name: 'cosign', mark: m('i-cosign') };
  const returnFields: FieldSpec[] = [
    { kind: 'select', label: '退回理由', name: 'returnReason', options: ['用法用量不适宜', '遴选药品不适宜'], mark: m('i-return-reason') },
    { kind: 'switch', label: '通知开方医生', name: 'notifyDoctor', mark: m('i-notify-doctor') },
  ];
  return {
    title: '药学部 处方审核 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'review',
      items:
        v === 1
          ? [
              { key: 'review', label: '处方审核', icon: 'file' },
              { key: 'dispense', label: '门诊发药', icon: 'user', mark: m('i-nav-dispense') },
              { key: 'unit', label: '住院摆药', icon: 'home', mark: m('i-nav-unit-dose') },
              { key: 'stock', label: '库存预警', icon: 'bell', mark: m('i-nav-stock') },
              { key: 'dict', label: '药品字典', icon: 'setting', mark: m('i-nav-dict') },
            ]
          : [
              { key: 'review', label: '处方审核', icon: 'file' },
              { key: 'unit', label: '住院摆药', icon: 'home', mark: m('i-nav-unit-dose') },
              { key: 'dispense', label: '门诊发药', icon: 'user', mark: m('i-nav-dispense') },
              { key: 'stock', label: '效期与库存预警', icon: 'bell', mark: m('i-nav-stock') },
              { key: 'stats', label: '合理用药统计', icon: 'download' },
            ],
    },
    body: [
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [icon('bell', { aria: '消息', mark: m('i-messages') }), icon('setting', { aria: '设置', mark: m('i-settings') }), icon('user', { title: '个人中心', mark: m('i-profile') })]
            : [icon('user', { title: '个人中心', mark: m('i-profile') }), icon('bell', { aria: '消息', mark: m('i-messages') }), b('设置', { icon: 'setting', mark: m('i-settings') })],
      },
      {
        kind: 'card',
        title: '处方查询',
        body: [
          {
            kind: 'form',
            layout: 'inline',
            fields: [
              { kind: 'input', label: '处方编号', name: 'rxNo', placeholder: '请输入处方编号', mark: m('i-rx-no') },
              { kind: 'select', label: v === 1 ? '科室' : '开方科室', name: 'dept', options: ['心内科', '儿科'], placeholder: '全部', mark: m('i-dept') },
            ],
            buttons:
              v === 1
                ? [b('查询', { variant: 'primary', icon: 'search', mark: m('i-search') }), b('重置', { mark: m('i-reset') })]
                : [b('查询', { variant: 'primary', icon: 'search', mark: m('i-search') }), b('重置', { icon: 'refresh', mark: m('i-reset') })],
          },
        ],
      },
      {
        kind: 'tabs',
        active: 'pending',
        items:
          v === 1
            ? [
                { key: 'pending', label: '待审核 (12)', mark: m('i-tab-pending') },
                { key: 'done', label: '已审核 (30)', mark: m('i-tab-done') },
                { key: 'returned', label: '退回记录', mark: m('i-tab-returned') },
              ]
            : [
                { key: 'pending', label: '待审核 (9)', mark: m('i-tab-pending') },
                { key: 'done', label: '已审核 (33)', mark: m('i-tab-done') },
                { key: 'returned', label: '退回记录', mark: m('i-tab-returned') },
              ],
        body: [
          {
            kind: 'card',
            title: '待审处方',
            titleMark: m('i-card-queue'),
            body: [
              {
                kind: 'table',
                size: v === 1 ? 'middle' : 'small',
                columns:
                  v === 1
                    ? [
                        { key: 'rx', title: '处方号', mark: m('i-col-rx') },
                        { key: 'doctor', title: '开方医生' },
                        { key: 'dx', title: '临床诊断' },
                        { key: 'count', title: '药品数', mark: m('i-col-count') },
                      ]
                    : [
                        { key: 'rx', title: '处方号', mark: m('i-col-rx') },
                        { key: 'count', title: '药品数量', mark: m('i-col-count') },
                        { key: 'dx', title: '临床诊断' },
                        { key: 'doctor', title: '开方医生' },
                      ],
                rows: [
                  { rx: 'TRX0001', doctor: '测试医生', dx: '测试诊断', count: '3' },
                  { rx: 'TRX0002', doctor: '测试医生', dx: '测试诊断', count: '5' },
                ],
                actions: [{ label: '审核' }, { label: '查看' }],
                actionsTitle: '操作',
              },
            ],
          },
          ...(v === 1
            ? [
                {
                  kind: 'card' as const,
                  title: '审核结论',
                  titleMark: m('i-card-verdict'),
                  body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: [verdict, reason, opinion, cosign], buttons: [b('提交审核', { variant: 'primary', mark: m('i-submit') }), b('暂存', { mark: m('i-save') })] }],
                },
              ]
            : [
                // the section split in two: the opinion and co-sign moved to a card of their own
                {
                  kind: 'card' as const,
                  title: '审核结论',
                  titleMark: m('i-card-verdict'),
                  body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: [verdict, reason], buttons: [b('提交审核', { variant: 'primary', size: 'large', mark: m('i-submit') })] }],
                },
                { kind: 'card' as const, title: '药师意见', body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: [opinion, cosign] }] },
                { kind: 'card' as const, title: '退回处方', titleMark: m('i-return-title'), body: [{ kind: 'form' as const, layout: 'horizontal' as const, fields: returnFields, buttons: [b('确认退回', { variant: 'danger', mark: m('i-return-confirm') })] }] },
              ]),
        ],
      },
    ],
    // v1: returning a prescription opens a dialog; v2 shows the same form inline
    modal: v === 1 ? { kind: 'modal', title: '退回处方', titleMark: m('i-return-title'), body: [{ kind: 'form', layout: 'horizontal', fields: returnFields }], footer: [b('取消'), b('确认退回', { variant: 'primary', mark: m('i-return-confirm') })] } : undefined,
  };
}

// ---------------------------------------------------------------- screen J: imaging booking (en, train)

export function imagingBooking(v: 1 | 2): PageSpec {
  const slotFields: FieldSpec[] = [
    { kind: 'date', label: 'Exam date', name: 'examDate', mark: m('j-date') },
    { kind: 'select', label: 'Scanner', name: 'scanner', options: ['CT 1', 'CT 2', 'MRI 1'], mark: m('j-scanner') },
    { kind: 'select', label: v === 1 ? 'Time slot' : 'Slot', name: 'slot', options: ['08:00', '08:30'], mark: m('j-slot') },
    { kind: 'textarea', label: 'Preparation notes', name: 'prep', mark: m('j-prep') },
  ];
  return {
    title: 'Imaging booking — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'booking',
      items:
        v === 1
          ? [
              { key: 'worklist', label: 'Worklist', icon: 'file', mark: m('j-nav-worklist') },
              { key: 'booking', label: 'Booking', icon: 'edit' },
              { key: 'reports', label: 'Reports', icon: 'download', mark: m('j-nav-reports') },
              { key: 'protocols', label: 'Protocols', icon: 'setting', mark: m('j-nav-protocols') },
            ]
          : [
              { key: 'worklist', label: 'Modality worklist', icon: 'file', mark: m('j-nav-worklist') },
              { key: 'booking', label: 'Booking', icon: 'edit' },
              { key: 'reports', label: 'Reporting', icon: 'download', mark: m('j-nav-reports') },
              { key: 'settings', label: 'Settings', icon: 'home' },
            ],
    },
    body: [
      { kind: 'heading', level: 4, text: v === 1 ? 'CT/MRI booking' : 'CT / MRI booking', mark: m('j-heading') },
      {
        kind: 'banner',
        items: [
          { label: 'Name', value: 'Test Patient Eta' },
          { label: 'MRN', value: 'T0000904' },
          { label: 'eGFR', value: '52' },
        ],
        actions: [icon('file', { aria: 'View request', mark: m('j-view-request') })],
      },
      {
        kind: 'tabs',
        active: 'requests',
        items:
          v === 1
            ? [
                { key: 'requests', label: 'Requests (4)', mark: m('j-tab-requests') },
                { key: 'booked', label: 'Booked (2)', mark: m('j-tab-booked') },
                { key: 'cancelled', label: 'Cancelled', mark: m('j-tab-cancelled') },
              ]
            : [
                { key: 'requests', label: 'Requests (6)', mark: m('j-tab-requests') },
                { key: 'cancelled', label: 'Cancelled', mark: m('j-tab-cancelled') },
                { key: 'booked', label: 'Booked (1)', mark: m('j-tab-booked') },
              ],
        body: [
          {
            kind: 'card',
            title: 'Open requests',
            titleMark: m('j-card-requests'),
            extra: [icon('refresh', { aria: 'Reload', mark: m('j-reload') })],
            body: [
              {
                kind: 'table',
                columns: [
                  { key: 'exam', title: 'Exam', mark: m('j-col-exam') },
                  { key: 'priority', title: 'Priority', mark: m('j-col-priority') },
                  { key: 'by', title: 'Requested by' },
                  { key: 'date', title: v === 1 ? 'Requested' : 'Request date', mark: m('j-col-date') },
                ],
                rows: [
                  { exam: 'Test chest CT', priority: 'Routine', by: 'Dr Test', date: '2026-01-03' },
                  { exam: 'Test brain MRI', priority: 'Urgent', by: 'Dr Test', date: '2026-01-04' },
                ],
                actions: [{ label: 'Book', variant: 'link' }, { label: v === 1 ? 'Reject' : 'Decline', variant: 'link' }],
                actionsTitle: 'Actions',
              },
            ],
          },
          {
            kind: 'card',
            title: 'Contrast screening',
            titleMark: m('j-card-contrast'),
            body: [
              {
                kind: 'form',
                layout: 'vertical',
                fields: [
                  {
                    kind: 'checkbox',
                    label: 'Risk factors',
                    name: 'risks',
                    options:
                      v === 1
                        ? [
                            { label: 'Prior contrast reaction', value: 'reaction', mark: m('j-prior-reaction') },
                            { label: 'Asthma', value: 'asthma', mark: m('j-asthma') },
                            { label: 'Metformin', value: 'metformin', mark: m('j-metformin') },
                          ]
                        : [
                            { label: 'Asthma', value: 'asthma', mark: m('j-asthma') },
                            { label: 'Taking metformin', value: 'metformin', mark: m('j-metformin') },
                            { label: 'Prior reaction to contrast', value: 'reaction', mark: m('j-prior-reaction') },
                            { label: 'Pregnancy', value: 'pregnancy' },
                          ],
                  },
                  { kind: 'select', label: 'Renal function (eGFR)', name: 'egfr', options: ['≥ 45', '30–44', '< 30'], mark: m('j-egfr') },
                  { kind: 'switch', label: 'Consent signed', name: 'consent', mark: m('j-consent') },
                ],
                buttons:
                  v === 1
                    ? [b('Clear', { mark: m('j-clear') }), b('Save screening', { variant: 'primary', mark: m('j-save-screening') })]
                    : [b('Save screening', { variant: 'primary', icon: 'file', mark: m('j-save-screening') }), b('Clear', { icon: 'delete', variant: 'text', mark: m('j-clear') })],
              },
            ],
          },
          v === 1
            ? { kind: 'card', title: 'Slot', body: [{ kind: 'form', layout: 'horizontal', fields: slotFields, buttons: [b('Book slot', { variant: 'primary', mark: m('j-book') })] }] }
            : { kind: 'alert', text: 'Booking now opens in a dialog.' },
        ],
      },
    ],
    modal: v === 2 ? { kind: 'modal', title: 'Book exam slot', body: [{ kind: 'form', layout: 'vertical', fields: slotFields }], footer: [b('Cancel'), b('Book slot', { variant: 'primary', mark: m('j-book') })] } : undefined,
  };
}

// ---------------------------------------------------------------- screen P: nurse order verification (zh, train)
// Written for targeting's safety rules: a disabled twin of a row action, a row action removed with
// a disabled look-alike left in another row, a checklist redesigned into tabs, a card retitled while
// another card's button of the same label is removed, a form moved into a dialog, an icon button
// removed with exactly one icon button left.

export function orderVerification(v: 1 | 2): PageSpec {
  const returnFields: FieldSpec[] = [
    { kind: 'select', label: '退回原因', name: 'returnReason', options: ['剂量有误', '频次有误', '重复医嘱', '其他'], placeholder: '请选择', mark: m('p-return-reason') },
    { kind: 'textarea', label: '备注', name: 'returnNote', mark: m('p-return-note') },
  ];
  const checklist = {
    kind: 'checkbox' as const,
    label: '核对项目',
    name: 'checks',
    options:
      v === 1
        ? [
            { label: '患者身份', value: 'identity', mark: m('p-chk-identity') },
            { label: '药品名称剂量', value: 'drug', mark: m('p-chk-drug') },
            { label: '给药途径', value: 'route', mark: m('p-chk-route') },
            { label: '执行时间', value: 'time', mark: m('p-chk-time') },
          ]
        : [
            { label: '药品名称与剂量', value: 'drug', mark: m('p-chk-drug') },
            { label: '患者身份', value: 'identity', mark: m('p-chk-identity') },
            { label: '给药途径', value: 'route', mark: m('p-chk-route') },
          ],
  };
  const ordersTable: TableSpec = {
    kind: 'table',
    size: v === 1 ? 'middle' : 'small',
    columns: [
      { key: 'item', title: '医嘱内容' },
      { key: 'dose', title: '剂量' },
      { key: 'freq', title: '频次' },
      { key: 'doctor', title: '开立医生' },
    ],
    rows: [
      { item: '测试注射液 5ml', dose: '5ml', freq: 'bid', doctor: '测试医生甲' },
      { item: '测试片剂 20mg', dose: '1片', freq: 'qd', doctor: '测试医生乙' },
      { item: '测试输液 250ml', dose: '250ml', freq: 'st', doctor: '测试医生甲' },
    ],
    actions:
      v === 1
        ? [
            { label: '核对', onlyRows: [0], marks: { 0: m('p-verify-row0') } },
            { label: '撤销核对', onlyRows: [2], marks: { 2: m('p-undo-row2') } },
            { label: '退回', danger: true },
          ]
        : [
            { label: '核对', onlyRows: [0, 1], disabledRows: [1], marks: { 0: m('p-verify-row0') } },
            { label: '撤销核对', onlyRows: [1], disabledRows: [1] },
            { label: '退回', danger: true },
          ],
    actionsTitle: '操作',
  };
  return {
    title: '护士站 医嘱核对 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'verify',
      items:
        v === 1
          ? [
              { key: 'ward', label: '病区患者', icon: 'home', mark: m('p-nav-ward') },
              { key: 'verify', label: '医嘱核对', icon: 'edit' },
              { key: 'sheets', label: '执行单打印', icon: 'print', mark: m('p-nav-sheets') },
              { key: 'records', label: '护理记录', icon: 'file', mark: m('p-nav-records') },
              { key: 'handover', label: '交班报告', icon: 'bell', mark: m('p-nav-handover') },
            ]
          : [
              { key: 'ward', label: '病区患者一览', icon: 'home', mark: m('p-nav-ward') },
              { key: 'verify', label: '医嘱核对', icon: 'edit' },
              { key: 'records', label: '护理记录单', icon: 'file', mark: m('p-nav-records') },
              { key: 'sheets', label: '执行单打印', icon: 'print', mark: m('p-nav-sheets') },
            ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: '姓名', value: '测试患者庚' },
          { label: '住院号', value: 'T000871' },
          { label: '床号', value: '12床' },
        ],
        tags: ['一级护理'],
        actions: v === 1 ? [b('读取腕带', { mark: m('p-wristband') })] : [b('读取腕带', { variant: 'primary', size: 'small', mark: m('p-wristband') })],
      },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [icon('print', { title: '打印执行单', mark: m('p-print-sheet') }), icon('refresh', { aria: '刷新', mark: m('p-refresh') })]
            : [icon('refresh', { aria: '刷新', size: 'small', mark: m('p-refresh') })],
      },
      {
        kind: 'card',
        title: v === 1 ? '待核对医嘱' : '未核对医嘱',
        titleMark: m('p-card-pending'),
        extra: v === 1 ? [b('全部核对', { variant: 'primary', mark: m('p-verify-all-pending') })] : [b('全部核对', { variant: 'primary', disabled: true }), b('全部核对', { size: 'small', mark: m('p-verify-all-pending') })],
        body: [ordersTable],
      },
      ...(v === 1
        ? [{ kind: 'card' as const, title: '停止医嘱', extra: [b('全部核对', { mark: m('p-verify-all-stopped') })], body: [{ kind: 'descriptions' as const, items: [{ label: '停止时间', value: '08:00' }, { label: '停止医生', value: '测试医生乙' }] }] }]
        : []),
      v === 1
        ? {
            kind: 'card',
            title: '核对要点',
            body: [{ kind: 'form', layout: 'vertical', fields: [checklist], buttons: [b('保存核对', { variant: 'primary', mark: m('p-save-check') })] }],
          }
        : {
            kind: 'tabs',
            active: 'check',
            items: [
              { key: 'check', label: '核对要点' },
              { key: 'history', label: '核对记录' },
            ],
            body: [{ kind: 'form', layout: 'vertical', fields: [checklist], buttons: [b('保存核对', { variant: 'primary', size: 'small', mark: m('p-save-check') })] }],
          },
      ...(v === 1
        ? [{ kind: 'card' as const, title: '退回医嘱', titleMark: m('p-return-title'), body: [{ kind: 'form' as const, layout: 'horizontal' as const, fields: returnFields, buttons: [b('确认退回', { variant: 'danger', mark: m('p-return-confirm') })] }] }]
        : []),
    ],
    modal: v === 2 ? { kind: 'modal', title: '退回医嘱', titleMark: m('p-return-title'), body: [{ kind: 'form', layout: 'vertical', fields: returnFields }], footer: [b('取消'), b('确认退回', { variant: 'danger', mark: m('p-return-confirm') })] } : undefined,
  };
}

// ---------------------------------------------------------------- screen Q: ward handover (en, train)
// The same structures in English: a disabled twin of a row action, a row action gone with a disabled
// look-alike in another row, a card's "Add note" removed while a retitled card keeps its own, a
// checklist redesigned into tabs, a form moved into a dialog, one of two icon buttons removed.

export function wardHandover(v: 1 | 2): PageSpec {
  const sbarFields: FieldSpec[] = [
    { kind: 'textarea', label: 'Situation', name: 'situation', mark: m('q-situation') },
    { kind: 'textarea', label: 'Background', name: 'background', mark: m('q-background') },
    ...(v === 2 ? [{ kind: 'textarea' as const, label: 'Assessment', name: 'assessment' }] : []),
    { kind: 'select', label: v === 1 ? 'Recommendation' : 'Recommendation / request', name: 'recommendation', options: ['Review by doctor', 'Continue plan', 'Escalate'], mark: m('q-recommendation') },
  ];
  const checks = {
    kind: 'checkbox' as const,
    label: 'Checks',
    name: 'safety',
    options:
      v === 1
        ? [
            { label: 'Falls risk reviewed', value: 'falls', mark: m('q-chk-falls') },
            { label: 'Pressure areas checked', value: 'pressure', mark: m('q-chk-pressure') },
            { label: 'IV sites inspected', value: 'iv', mark: m('q-chk-iv') },
            { label: 'Call bell in reach', value: 'bell', mark: m('q-chk-bell') },
          ]
        : [
            { label: 'Call bell within reach', value: 'bell', mark: m('q-chk-bell') },
            { label: 'Falls risk reviewed', value: 'falls', mark: m('q-chk-falls') },
            { label: 'Pressure areas and skin checked', value: 'pressure', mark: m('q-chk-pressure') },
          ],
  };
  const safetyForm = {
    kind: 'form' as const,
    layout: 'vertical' as const,
    fields: [checks, { kind: 'switch' as const, label: 'Isolation in place', name: 'isolation', mark: m('q-isolation') }],
    buttons: [b('Save checks', { variant: 'primary', size: v === 1 ? undefined : ('small' as const), mark: m('q-save-checks') })],
  };
  return {
    title: 'Shift handover — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'handover',
      items:
        v === 1
          ? [
              { key: 'beds', label: 'Bed board', icon: 'home', mark: m('q-nav-beds') },
              { key: 'handover', label: 'Handover', icon: 'file' },
              { key: 'tasks', label: 'Tasks', icon: 'edit', mark: m('q-nav-tasks') },
              { key: 'obs', label: 'Observations', icon: 'bell', mark: m('q-nav-obs') },
            ]
          : [
              { key: 'beds', label: 'Bed board', icon: 'home', mark: m('q-nav-beds') },
              { key: 'handover', label: 'Handover', icon: 'file' },
              { key: 'obs', label: 'Observations and vitals', icon: 'bell', mark: m('q-nav-obs') },
              { key: 'tasks', label: 'Task list', icon: 'edit', mark: m('q-nav-tasks') },
            ],
    },
    body: [
      { kind: 'heading', level: v === 1 ? 4 : 3, text: 'Shift handover', mark: m('q-heading') },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [icon('refresh', { aria: 'Refresh list', mark: m('q-refresh') }), icon('download', { aria: 'Export handover', mark: m('q-export') })]
            : [icon('download', { aria: 'Export handover', size: 'small', mark: m('q-export') })],
      },
      {
        kind: 'card',
        title: 'Patients on ward',
        titleMark: m('q-card-patients'),
        extra: v === 1 ? [b('Add note', { mark: m('q-add-note-ward') })] : [],
        body: [
          {
            kind: 'table',
            columns: [
              { key: 'bed', title: 'Bed' },
              { key: 'patient', title: 'Patient' },
              { key: 'acuity', title: 'Acuity' },
              { key: 'nurse', title: 'Nurse' },
            ],
            rows: [
              { bed: '4-01', patient: 'Test Patient Kappa', acuity: 'High', nurse: 'Nurse A.' },
              { bed: '4-02', patient: 'Test Patient Lambda', acuity: 'Low', nurse: 'Nurse B.' },
              { bed: '4-03', patient: 'Test Patient Mu', acuity: 'Medium', nurse: 'Nurse A.' },
            ],
            actions:
              v === 1
                ? [
                    { label: 'Hand over', variant: 'link' as const, onlyRows: [0], marks: { 0: m('q-handover-row0') } },
                    { label: 'Escalate', variant: 'link' as const, onlyRows: [1], marks: { 1: m('q-escalate-row1') } },
                    { label: 'View', variant: 'link' as const },
                  ]
                : [
                    { label: 'Hand over', variant: 'link' as const, onlyRows: [0, 2], disabledRows: [2], marks: { 0: m('q-handover-row0') } },
                    { label: 'Escalate', variant: 'link' as const, onlyRows: [2], disabledRows: [2] },
                    { label: 'View', variant: 'link' as const },
                  ],
            actionsTitle: 'Actions',
          },
        ],
      },
      {
        kind: 'card',
        title: v === 1 ? 'Outstanding tasks' : 'Open tasks this shift',
        titleMark: m('q-card-tasks'),
        extra: [b('Add note', { size: v === 1 ? undefined : 'small', mark: m('q-add-note-tasks') })],
        body: [{ kind: 'descriptions', items: [{ label: 'Due', value: '3' }, { label: 'Overdue', value: '1' }] }],
      },
      v === 1
        ? { kind: 'card', title: 'Safety checks', body: [safetyForm] }
        : {
            kind: 'tabs',
            active: 'safety',
            items: [
              { key: 'safety', label: 'Safety checks' },
              { key: 'skin', label: 'Skin' },
              { key: 'lines', label: 'Lines and drains' },
            ],
            body: [safetyForm],
          },
      ...(v === 1
        ? [{ kind: 'card' as const, title: 'SBAR note', titleMark: m('q-sbar-title'), body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: sbarFields, buttons: [b('Save note', { variant: 'primary', mark: m('q-save-note') })] }] }]
        : []),
    ],
    modal: v === 2 ? { kind: 'modal', title: 'SBAR note', titleMark: m('q-sbar-title'), body: [{ kind: 'form', layout: 'vertical', fields: sbarFields }], footer: [b('Cancel'), b('Save note', { variant: 'primary', mark: m('q-save-note') })] } : undefined,
  };
}

// ---------------------------------------------------------------- screen R: consultation requests (zh, train)
// Removals whose one look-alike shares a word or the picture (a nav item, a tab, a column header, a
// print icon with another tooltip), a form moved into a dialog while another card keeps a button of
// the same label, a card retitled.

export function consultation(v: 1 | 2): PageSpec {
  const requestFields = [
    { kind: 'input' as const, label: '会诊目的', name: 'purpose', mark: m('r-purpose') },
    { kind: 'select' as const, label: '会诊科室', name: 'consultDept', options: ['心内科', '呼吸内科', '神经内科'], placeholder: '请选择', mark: m('r-dept') },
    {
      kind: 'radio' as const,
      label: '会诊类型',
      name: 'consultType',
      options:
        v === 1
          ? [
              { label: '普通', value: 'normal', mark: m('r-type-normal') },
              { label: '急会诊', value: 'urgent', mark: m('r-type-urgent') },
              { label: '院外会诊', value: 'external', mark: m('r-type-external') },
            ]
          : [
              { label: '急会诊', value: 'urgent', mark: m('r-type-urgent') },
              { label: '普通会诊', value: 'normal', mark: m('r-type-normal') },
            ],
    },
  ];
  return {
    title: '会诊管理 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'request',
      items:
        v === 1
          ? [
              { key: 'request', label: '会诊申请', icon: 'edit', mark: m('r-nav-request') },
              { key: 'records', label: '会诊记录', icon: 'file', mark: m('r-nav-records') },
              { key: 'stats', label: '会诊统计', icon: 'download', mark: m('r-nav-stats') },
              { key: 'roster', label: '会诊排班', icon: 'user', mark: m('r-nav-roster') },
            ]
          : [
              { key: 'request', label: '会诊申请', icon: 'edit', mark: m('r-nav-request') },
              { key: 'roster', label: '会诊排班', icon: 'user', mark: m('r-nav-roster') },
              { key: 'records', label: '会诊记录', icon: 'file', mark: m('r-nav-records') },
            ],
    },
    body: [
      { kind: 'heading', level: 4, text: '会诊申请单', mark: m('r-heading') },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [icon('print', { title: '打印申请单', mark: m('r-print') }), icon('download', { aria: '导出', mark: m('r-export') })]
            : [icon('download', { aria: '导出', mark: m('r-export') }), icon('print', { title: '打印知情同意书' })],
      },
      {
        kind: 'tabs',
        active: 'pending',
        items:
          v === 1
            ? [
                { key: 'pending', label: '待处理', mark: m('r-tab-pending') },
                { key: 'done', label: '已完成', mark: m('r-tab-done') },
                { key: 'cancelled', label: '已取消', mark: m('r-tab-cancelled') },
              ]
            : [
                { key: 'done', label: '已完成', mark: m('r-tab-done') },
                { key: 'pending', label: '待处理', mark: m('r-tab-pending') },
              ],
        body: [
          {
            kind: 'table',
            columns:
              v === 1
                ? [
                    { key: 'time', title: '申请时间', mark: m('r-col-time') },
                    { key: 'fromDept', title: '申请科室', mark: m('r-col-from') },
                    { key: 'toDept', title: '受邀科室', mark: m('r-col-to') },
                    { key: 'status', title: '状态' },
                  ]
                : [
                    { key: 'time', title: '申请日期', mark: m('r-col-time') },
                    { key: 'toDept', title: '受邀科室', mark: m('r-col-to') },
                    { key: 'status', title: '状态' },
                  ],
            rows: [
              { time: '09:10', fromDept: '心内科', toDept: '神经内科', status: '待会诊' },
              { time: '10:25', fromDept: '呼吸内科', toDept: '心内科', status: '待会诊' },
            ],
            actions: [{ label: '查看', variant: 'link' }],
            actionsTitle: '操作',
          },
        ],
      },
      ...(v === 1
        ? [{ kind: 'card' as const, title: '申请信息', titleMark: m('r-card-request'), body: [{ kind: 'form' as const, layout: 'horizontal' as const, fields: requestFields, buttons: [b('保存', { variant: 'primary', mark: m('r-save-request') }), b('重置')] }] }]
        : []),
      {
        kind: 'card',
        title: v === 1 ? '会诊意见' : '会诊意见书',
        titleMark: m('r-card-opinion'),
        body: [{ kind: 'form', layout: 'vertical', fields: [{ kind: 'textarea', label: '意见内容', name: 'opinion', mark: m('r-opinion') }], buttons: [b('保存', { size: v === 1 ? undefined : 'small', mark: m('r-save-opinion') })] }],
      },
    ],
    modal: v === 2 ? { kind: 'modal', title: '申请信息', titleMark: m('r-card-request'), body: [{ kind: 'form', layout: 'vertical', fields: requestFields }], footer: [b('取消'), b('提交申请', { variant: 'primary', mark: m('r-save-request') })] } : undefined,
  };
}

// ---------------------------------------------------------------- screen S: infection control (en, train)
// The same kinds of probe in English: a column header removed while "Requested by" stays beside
// the gone "Requested", a button removed while one sharing its last word stays, a checkbox option
// removed, a card's button removed while another card gains one of the same label, a form moved
// into a dialog.

export function infectionControl(v: 1 | 2): PageSpec {
  const orderFields = [
    { kind: 'select' as const, label: 'Precaution type', name: 'precaution', options: ['Contact', 'Droplet', 'Airborne'], mark: m('s-precaution') },
    { kind: 'input' as const, label: v === 1 ? 'Organism' : 'Organism (if known)', name: 'organism', mark: m('s-organism') },
    {
      kind: 'checkbox' as const,
      label: 'PPE required',
      name: 'ppe',
      options:
        v === 1
          ? [
              { label: 'Gloves', value: 'gloves', mark: m('s-ppe-gloves') },
              { label: 'Gown', value: 'gown', mark: m('s-ppe-gown') },
              { label: 'Mask', value: 'mask', mark: m('s-ppe-mask') },
              { label: 'Eye protection', value: 'eye', mark: m('s-ppe-eye') },
            ]
          : [
              { label: 'Gown', value: 'gown', mark: m('s-ppe-gown') },
              { label: 'Gloves', value: 'gloves', mark: m('s-ppe-gloves') },
              { label: 'Surgical mask', value: 'mask', mark: m('s-ppe-mask') },
            ],
    },
  ];
  return {
    title: 'Infection control — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'isolation',
      items:
        v === 1
          ? [
              { key: 'isolation', label: 'Isolation list', icon: 'home', mark: m('s-nav-isolation') },
              { key: 'outbreaks', label: 'Outbreaks', icon: 'bell', mark: m('s-nav-outbreaks') },
              { key: 'audit', label: 'Hand hygiene audit', icon: 'edit', mark: m('s-nav-audit') },
              { key: 'reports', label: 'Reports', icon: 'file', mark: m('s-nav-reports') },
            ]
          : [
              { key: 'isolation', label: 'Isolation patients', icon: 'home', mark: m('s-nav-isolation') },
              { key: 'outbreaks', label: 'Outbreaks', icon: 'bell', mark: m('s-nav-outbreaks') },
              { key: 'reports', label: 'Audit reports', icon: 'file', mark: m('s-nav-reports') },
            ],
    },
    body: [
      { kind: 'heading', level: 4, text: 'Infection control', mark: m('s-heading') },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [b('End isolation', { mark: m('s-end-isolation') }), b('Extend isolation', { mark: m('s-extend') })]
            : [b('Extend isolation', { variant: 'primary', mark: m('s-extend') })],
      },
      {
        kind: 'tabs',
        active: 'active',
        items:
          v === 1
            ? [
                { key: 'active', label: 'Active', mark: m('s-tab-active') },
                { key: 'cleared', label: 'Cleared', mark: m('s-tab-cleared') },
                { key: 'all', label: 'All', mark: m('s-tab-all') },
              ]
            : [
                { key: 'active', label: 'Active cases', mark: m('s-tab-active') },
                { key: 'all', label: 'All', mark: m('s-tab-all') },
              ],
        body: [
          {
            kind: 'card',
            title: 'Requested tests',
            titleMark: m('s-card-tests'),
            body: [
              {
                kind: 'table',
                columns:
                  v === 1
                    ? [
                        { key: 'requested', title: 'Requested', mark: m('s-col-requested') },
                        { key: 'requestedBy', title: 'Requested by', mark: m('s-col-requested-by') },
                        { key: 'specimen', title: 'Specimen' },
                        { key: 'result', title: 'Result' },
                      ]
                    : [
                        { key: 'requestedBy', title: 'Requested by', mark: m('s-col-requested-by') },
                        { key: 'specimen', title: 'Specimen' },
                        { key: 'result', title: 'Result' },
                      ],
                rows: [
                  { requested: '08:10', requestedBy: 'Dr Test A', specimen: 'Swab', result: 'Pending' },
                  { requested: '09:40', requestedBy: 'Dr Test B', specimen: 'Urine', result: 'Negative' },
                ],
              },
            ],
          },
        ],
      },
      {
        kind: 'card',
        title: v === 1 ? 'Contact tracing' : 'Contacts',
        titleMark: m('s-card-contacts'),
        extra: v === 1 ? [b('Add contact', { mark: m('s-add-contact') })] : [b('Export list')],
        body: [{ kind: 'descriptions', items: [{ label: 'Contacts found', value: '4' }] }],
      },
      ...(v === 2 ? [{ kind: 'card' as const, title: 'Visitors', extra: [b('Add contact')], body: [{ kind: 'descriptions' as const, items: [{ label: 'Visitors today', value: '2' }] }] }] : []),
      ...(v === 1
        ? [{ kind: 'card' as const, title: 'Isolation order', titleMark: m('s-card-order'), body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: orderFields, buttons: [b('Save order', { variant: 'primary', mark: m('s-save-order') })] }] }]
        : []),
      {
        kind: 'card',
        title: 'Review',
        body: [{ kind: 'form', layout: 'vertical', fields: [{ kind: 'textarea', label: 'Review note', name: 'review', mark: m('s-review-note') }], buttons: [b('Save', { mark: m('s-save-review') })] }],
      },
    ],
    modal: v === 2 ? { kind: 'modal', title: 'Isolation order', titleMark: m('s-card-order'), body: [{ kind: 'form', layout: 'vertical', fields: orderFields }], footer: [b('Cancel'), b('Save order', { variant: 'primary', mark: m('s-save-order') })] } : undefined,
  };
}

export const TRAIN_SCREENS: { name: string; page: (v: 1 | 2) => PageSpec }[] = [
  { name: 'lab-specimens', page: labSpecimens },
  { name: 'medication-administration', page: medicationAdministration },
  { name: 'inpatient-settlement', page: inpatientSettlement },
  { name: 'discharge', page: discharge },
  { name: 'prescription-review', page: prescriptionReview },
  { name: 'imaging-booking', page: imagingBooking },
  { name: 'order-verification', page: orderVerification },
  { name: 'ward-handover', page: wardHandover },
  { name: 'consultation', page: consultation },
  { name: 'infection-control', page: infectionControl },
];

/** What the upgrade does to each target of these screens (README and report only). */
export const TRAIN_SCREEN_OPERATORS: Record<string, Operator[]> = {
  'e-reject-reason': ['into-modal'], 'e-reject-note': ['into-modal', 'reword'], 'e-notify-ward': ['into-modal'], 'e-appearance-ok': ['into-modal', 'reorder'], 'e-hemolysis': ['into-modal', 'reorder'],
  'e-short-volume': ['into-modal', 'reword', 'reorder'], 'e-reject-title': ['into-modal'], 'e-reject-confirm': ['into-modal', 'variant'],
  'e-nav-collect': ['reorder'], 'e-nav-report': ['reword'], 'e-nav-critical': ['reorder'], 'e-nav-qc': ['removed'], 'e-heading': ['ids-shift'],
  'e-barcode': ['reword', 'reorder'], 'e-dept': ['reword', 'reorder'], 'e-query': ['reorder', 'size'], 'e-reset-filter': ['reorder'],
  'e-print-receipt': ['reorder'], 'e-refresh': ['reorder', 'size'], 'e-export': ['removed'],
  'e-tab-pending': ['size'], 'e-tab-received': ['size', 'reorder'], 'e-tab-rejected': ['size', 'reword', 'reorder'],
  'e-card-pending': ['reword'], 'e-batch-receive': ['variant', 'size', 'reorder', 'decoy-disabled-twin'], 'e-reject': ['variant'],
  'e-card-critical': ['redesign'], 'e-critical-ack': ['redesign', 'reword'], 'e-critical-call': ['redesign'],
  'f-dose': ['into-modal'], 'f-route': ['into-modal'], 'f-site': ['into-modal', 'reword'], 'f-witness': ['into-modal', 'reword'], 'f-pain-reassessed': ['into-modal'],
  'f-check-patient': ['into-modal', 'reword'], 'f-check-dose': ['into-modal', 'reorder'], 'f-check-time': ['into-modal', 'reorder'],
  'f-refused': ['into-modal', 'reword', 'reorder'], 'f-nbm': ['into-modal', 'reword', 'reorder'], 'f-record-title': ['into-modal'], 'f-confirm': ['into-modal'],
  'f-nav-beds': ['reword'], 'f-nav-io': ['reword'], 'f-nav-careplans': ['removed'], 'f-scan': ['variant', 'size'], 'f-heading': ['variant'],
  'f-tab-scheduled': ['reorder'], 'f-tab-prn': ['reorder'], 'f-tab-infusions': ['reword'],
  'f-card-due': ['reword'], 'f-give-selected': ['reorder', 'size', 'decoy-same-label'], 'f-refresh': ['reorder', 'decoy-same-label'], 'f-print': ['reorder'],
  'g-insurance': ['into-modal', 'reorder'], 'g-selfpay': ['into-modal', 'reword', 'reorder'], 'g-pay-method': ['into-modal'], 'g-deposit-offset': ['into-modal', 'reword'], 'g-remark': ['into-modal'],
  'g-settle-title': ['into-modal'], 'g-presettle': ['into-modal'], 'g-settle': ['into-modal'],
  'g-nav-admit': ['unchanged'], 'g-nav-deposit': ['reword', 'reorder'], 'g-nav-invoice': ['reword'], 'g-nav-dayclose': ['removed'],
  'g-read-card': ['reorder', 'variant'], 'g-switch': ['reorder', 'variant'], 'g-card-detail': ['reword'], 'g-daily-list': ['reorder', 'variant', 'decoy-disabled-twin'],
  'g-print-list': ['reorder'], 'g-export': ['reorder', 'size'], 'g-card-invoice': ['unchanged'], 'g-print-invoice': ['reword', 'reorder', 'variant'], 'g-void-invoice': ['reorder', 'variant'],
  'h-diagnosis': ['redesign'], 'h-improved': ['redesign', 'reorder'], 'h-transferred': ['redesign', 'reword', 'reorder'], 'h-course': ['redesign', 'reword', 'reorder'], 'h-instructions': ['redesign', 'reorder'],
  'h-nav-inpatients': ['unchanged'], 'h-nav-notes': ['reword', 'reorder'], 'h-nav-referrals': ['removed'], 'h-patient-details': ['unchanged'], 'h-heading': ['ids-shift'],
  'h-tab-summary': ['size'], 'h-tab-meds': ['reword', 'size'], 'h-tab-followup': ['size'], 'h-card-summary': ['redesign'], 'h-save-draft': ['reorder', 'variant'], 'h-sign': ['reword', 'reorder'],
  'h-add-med': ['reorder', 'size'], 'h-print-meds': ['reorder'], 'h-add-appt': ['reword', 'decoy-same-label'], 'h-wristband': ['removed'], 'h-belongings': ['reorder'], 'h-education': ['reorder'],
  'i-pass': ['reword'], 'i-return': ['reword'], 'i-problem': ['unchanged'], 'i-opinion': ['redesign'], 'i-cosign': ['redesign'], 'i-return-reason': ['redesign'], 'i-notify-doctor': ['redesign'],
  'i-nav-dispense': ['reorder'], 'i-nav-unit-dose': ['reorder'], 'i-nav-stock': ['reword'], 'i-nav-dict': ['removed'], 'i-messages': ['reorder'], 'i-settings': ['variant', 'reorder'], 'i-profile': ['reorder'],
  'i-rx-no': ['unchanged'], 'i-dept': ['reword'], 'i-search': ['unchanged'], 'i-reset': ['variant'], 'i-tab-pending': ['reword'], 'i-tab-done': ['reword'], 'i-tab-returned': ['unchanged'],
  'i-card-queue': ['unchanged'], 'i-col-rx': ['size'], 'i-col-count': ['reword', 'reorder', 'size'], 'i-card-verdict': ['redesign'], 'i-submit': ['redesign', 'size'], 'i-save': ['removed'],
  'i-return-title': ['redesign'], 'i-return-confirm': ['redesign', 'variant'],
  'j-date': ['into-modal'], 'j-scanner': ['into-modal'], 'j-slot': ['into-modal', 'reword'], 'j-prep': ['into-modal'], 'j-book': ['into-modal'],
  'j-nav-worklist': ['reword'], 'j-nav-reports': ['reword'], 'j-nav-protocols': ['removed'], 'j-heading': ['reword'], 'j-view-request': ['unchanged'],
  'j-tab-requests': ['reword'], 'j-tab-booked': ['reword', 'reorder'], 'j-tab-cancelled': ['reorder'], 'j-card-requests': ['unchanged'], 'j-reload': ['unchanged'],
  'j-col-exam': ['unchanged'], 'j-col-priority': ['unchanged'], 'j-col-date': ['reword'], 'j-card-contrast': ['unchanged'],
  'j-prior-reaction': ['reword', 'reorder'], 'j-asthma': ['reorder'], 'j-metformin': ['reword', 'reorder'], 'j-egfr': ['unchanged'], 'j-consent': ['unchanged'],
  'j-clear': ['reorder', 'variant'], 'j-save-screening': ['reorder', 'variant'],
  'p-return-reason': ['into-modal'], 'p-return-note': ['into-modal'], 'p-return-title': ['into-modal'], 'p-return-confirm': ['into-modal'],
  'p-chk-identity': ['redesign', 'reorder'], 'p-chk-drug': ['redesign', 'reword', 'reorder'], 'p-chk-route': ['redesign'], 'p-chk-time': ['removed'], 'p-save-check': ['redesign', 'size'],
  'p-verify-row0': ['size', 'decoy-disabled-twin'], 'p-undo-row2': ['removed-one-lookalike'], 'p-nav-ward': ['reword'], 'p-nav-sheets': ['reorder'], 'p-nav-records': ['reword', 'reorder'], 'p-nav-handover': ['removed'],
  'p-wristband': ['variant', 'size'], 'p-print-sheet': ['removed-one-lookalike'], 'p-refresh': ['size', 'reorder'], 'p-card-pending': ['reword'],
  'p-verify-all-pending': ['reword', 'variant', 'size', 'decoy-disabled-twin'], 'p-verify-all-stopped': ['removed-one-lookalike'],
  'q-situation': ['into-modal'], 'q-background': ['into-modal'], 'q-recommendation': ['into-modal', 'reword'], 'q-sbar-title': ['into-modal'], 'q-save-note': ['into-modal'],
  'q-chk-falls': ['redesign', 'reorder'], 'q-chk-pressure': ['redesign', 'reword', 'reorder'], 'q-chk-iv': ['removed'], 'q-chk-bell': ['redesign', 'reword', 'reorder'], 'q-isolation': ['redesign'], 'q-save-checks': ['redesign', 'size'],
  'q-nav-beds': ['unchanged'], 'q-nav-tasks': ['reword', 'reorder'], 'q-nav-obs': ['reword', 'reorder'], 'q-heading': ['variant'], 'q-refresh': ['removed-one-lookalike'], 'q-export': ['size', 'reorder'],
  'q-card-patients': ['unchanged'], 'q-add-note-ward': ['removed-one-lookalike'], 'q-handover-row0': ['decoy-disabled-twin'], 'q-escalate-row1': ['removed-one-lookalike'],
  'q-card-tasks': ['reword'], 'q-add-note-tasks': ['reword', 'size', 'decoy-same-label'],
  'r-purpose': ['into-modal'], 'r-dept': ['into-modal'], 'r-type-normal': ['into-modal', 'reword', 'reorder'], 'r-type-urgent': ['into-modal', 'reorder'], 'r-type-external': ['removed-one-lookalike'],
  'r-nav-request': ['unchanged'], 'r-nav-records': ['reorder'], 'r-nav-stats': ['removed'], 'r-nav-roster': ['reorder'], 'r-heading': ['ids-shift'],
  'r-print': ['removed-one-lookalike'], 'r-export': ['reorder'], 'r-tab-pending': ['reorder'], 'r-tab-done': ['reorder'], 'r-tab-cancelled': ['removed'],
  'r-col-time': ['reword'], 'r-col-from': ['removed'], 'r-col-to': ['reorder'], 'r-card-request': ['into-modal'], 'r-save-request': ['into-modal', 'reword', 'decoy-same-label'],
  'r-card-opinion': ['reword'], 'r-opinion': ['unchanged'], 'r-save-opinion': ['size', 'decoy-same-label'],
  's-precaution': ['into-modal'], 's-organism': ['into-modal', 'reword'], 's-ppe-gloves': ['into-modal', 'reorder'], 's-ppe-gown': ['into-modal', 'reorder'], 's-ppe-mask': ['into-modal', 'reword'], 's-ppe-eye': ['removed'],
  's-nav-isolation': ['reword'], 's-nav-outbreaks': ['unchanged'], 's-nav-audit': ['removed'], 's-nav-reports': ['reword'], 's-heading': ['ids-shift'],
  's-end-isolation': ['removed-one-lookalike'], 's-extend': ['variant'], 's-tab-active': ['reword'], 's-tab-cleared': ['removed'], 's-tab-all': ['reorder'],
  's-card-tests': ['unchanged'], 's-col-requested': ['removed'], 's-col-requested-by': ['reorder'], 's-card-contacts': ['reword'], 's-add-contact': ['removed', 'decoy-same-label'],
  's-card-order': ['into-modal'], 's-save-order': ['into-modal', 'decoy-same-label'], 's-review-note': ['unchanged'], 's-save-review': ['decoy-same-label'],
};


