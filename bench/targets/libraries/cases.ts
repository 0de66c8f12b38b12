/**
 * The library corpus: eight EMR/HIS screens (v1 as recorded, v2 after a vendor upgrade; four of them in
 * trainScreens.ts) and fourteen
 * kinds of "removed, one look-alike left" cases, each rendered by every library in LIBRARIES (a
 * train-only library, split.ts TRAIN_ONLY_LIBRARIES, renders the train screens and train labels only).
 * Two more screens, held out, are in holdoutScreens.ts. The train/test/holdout split is in split.ts.
 */
import type { ButtonSpec, CardSpec, CorpusCase, FieldSpec, LibraryName, MenuSpec, ModalSpec, Operator, PageSpec, TableSpec } from './spec.ts';
import { LIBRARIES } from './spec.ts';
import { removalSplit, SCREEN_SPLIT, TRAIN_ONLY_LIBRARIES, trainLabelsIndex } from './split.ts';
import { HOLDOUT_SCREEN_OPERATORS, HOLDOUT_SCREENS } from './holdoutScreens.ts';
import { TRAIN_SCREEN_OPERATORS, TRAIN_SCREENS } from './trainScreens.ts';

const b = (label: string, rest: Partial<ButtonSpec> = {}): ButtonSpec => ({ kind: 'button', label, ...rest });
const icon = (icon: ButtonSpec['icon'], rest: Partial<ButtonSpec> = {}): ButtonSpec => ({ kind: 'button', icon, ...rest });
const m = (id: string, expect?: 'ambiguous') => (expect ? { id, expect } : { id });

// ---------------------------------------------------------------- screen A: outpatient chart (zh, train)

function outpatientChart(v: 1 | 2): PageSpec {
  const nav: MenuSpec = {
    kind: 'menu',
    selected: 'emr',
    items:
      v === 1
        ? [
            { key: 'home', label: '门诊工作台', icon: 'home' },
            { key: 'patients', label: '患者列表', icon: 'user', mark: m('a-nav-patients') },
            { key: 'emr', label: '门诊病历', icon: 'file' },
            { key: 'rx', label: '处方管理', icon: 'edit', mark: m('a-nav-rx') },
            { key: 'report', label: '统计报表', icon: 'download', mark: m('a-nav-report') },
          ]
        : [
            { key: 'home', label: '门诊工作台', icon: 'home' },
            { key: 'critical', label: '危急值提醒', icon: 'bell' },
            { key: 'emr', label: '门诊病历', icon: 'file' },
            { key: 'rx', label: '电子处方开立', icon: 'edit', mark: m('a-nav-rx') },
            { key: 'patients', label: '患者列表', icon: 'user', mark: m('a-nav-patients') },
          ],
  };
  const allergyTable: TableSpec = {
    kind: 'table',
    columns: [
      { key: 'allergen', title: '过敏原' },
      { key: 'reaction', title: '反应' },
      { key: 'grade', title: '严重程度' },
    ],
    rows: [
      { allergen: '测试药物A', reaction: '皮疹', grade: '轻度' },
      { allergen: '测试食物B', reaction: '瘙痒', grade: '中度' },
    ],
    actions: [{ label: '编辑' }, { label: '删除', danger: true }],
    actionsTitle: '操作',
  };
  const ordersTable: TableSpec = {
    kind: 'table',
    size: v === 1 ? 'middle' : 'small',
    columns: [
      { key: 'item', title: '医嘱内容' },
      { key: 'dose', title: '剂量' },
      { key: 'freq', title: '频次' },
      { key: 'status', title: '状态' },
    ],
    rows: [
      { item: '测试片剂 10mg', dose: '1片', freq: 'qd', status: '已开立' },
      { item: '测试胶囊 0.25g', dose: '2粒', freq: 'bid', status: '已开立' },
      { item: '血常规（测试）', dose: '-', freq: 'st', status: '已执行' },
    ],
    actions: [{ label: '修改' }, { label: '作废', danger: true, marks: { 0: m('a-void-row0', 'ambiguous') } }],
    actionsTitle: '操作',
  };
  const complaint: CardSpec = {
    kind: 'card',
    title: v === 1 ? '主诉与现病史' : '主诉 / 现病史',
    titleMark: m('a-card-complaint'),
    extra:
      v === 1
        ? [b('引用模板', { mark: m('a-template') }), b('保存', { variant: 'primary', mark: m('a-save') })]
        : [b('保存', { disabled: true }), b('插入病历模板', { mark: m('a-template') }), b('保存', { variant: 'default', size: 'small', mark: m('a-save') })],
    body: [
      {
        kind: 'form',
        layout: 'vertical',
        fields: [
          { kind: 'textarea', label: '主诉', name: 'complaint', placeholder: '请输入主诉', mark: m('a-complaint') },
          { kind: 'textarea', label: v === 1 ? '现病史' : '现病史描述', name: 'hpi', mark: m('a-hpi') },
          { kind: 'select', label: '初步诊断', name: 'diagnosis', options: ['高血压（测试）', '糖尿病（测试）'], placeholder: '请选择诊断', mark: m('a-diagnosis') },
          {
            kind: 'radio',
            label: '就诊类型',
            name: 'visitType',
            value: ['first'],
            options:
              v === 1
                ? [
                    { label: '初诊', value: 'first', mark: m('a-first-visit') },
                    { label: '复诊', value: 'return' },
                  ]
                : [
                    { label: '复诊', value: 'return' },
                    { label: '急诊', value: 'emergency' },
                    { label: '初诊', value: 'first', mark: m('a-first-visit') },
                  ],
          },
        ],
      },
    ],
  };
  return {
    title: '门诊医生站 - 测试医院',
    lang: 'zh',
    nav,
    body: [
      ...(v === 2 ? [{ kind: 'alert' as const, text: '系统已升级至 V6.2，新增危急值提醒。' }] : []),
      {
        kind: 'banner',
        items: [
          { label: '姓名', value: '测试患者甲' },
          { label: '病历号', value: 'T000123' },
          { label: '性别', value: '男' },
          { label: '年龄', value: '45岁' },
          { label: '科室', value: '心内科' },
        ],
        tags: ['医保'],
        actions: v === 1 ? [b('切换患者', { mark: m('a-switch-patient') })] : [b('选择患者', { variant: 'primary', mark: m('a-switch-patient') })],
      },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [icon('refresh', { aria: '刷新', mark: m('a-refresh') }), icon('print', { title: '打印病历', mark: m('a-print') }), icon('setting', { mark: m('a-settings-unnamed') })]
            : [icon('print', { title: '打印病历', mark: m('a-print') }), icon('refresh', { aria: '刷新', size: 'small', mark: m('a-refresh') })],
      },
      {
        kind: 'tabs',
        active: 'note',
        items:
          v === 1
            ? [
                { key: 'note', label: '病历书写' },
                { key: 'orders', label: '医嘱', mark: m('a-tab-orders') },
                { key: 'lab', label: '检验报告', mark: m('a-tab-lab') },
              ]
            : [
                { key: 'orders', label: '医嘱', mark: m('a-tab-orders') },
                { key: 'note', label: '病历书写' },
                { key: 'lab', label: '检验检查结果', mark: m('a-tab-lab') },
              ],
        body: [
          complaint,
          { kind: 'card', title: '过敏史', titleMark: m('a-card-allergy'), extra: [b('新增', { mark: m('a-allergy-add') })], body: [allergyTable] },
          { kind: 'card', title: '既往史', extra: v === 1 ? [b('新增', { mark: m('a-history-add') })] : [], body: [{ kind: 'descriptions', items: [{ label: '手术史', value: '无（测试）' }, { label: '输血史', value: '无' }] }] },
          { kind: 'card', title: '本次医嘱', body: [ordersTable] },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- screen B: nursing assessment (en, train)

function nursingAssessment(v: 1 | 2): PageSpec {
  const fallRisk = {
    kind: 'radio' as const,
    label: 'History of falling (last 3 months)',
    name: 'fallHistory',
    options:
      v === 1
        ? [
            { label: 'No', value: '0', mark: m('b-fall-no') },
            { label: 'Yes', value: '25', mark: m('b-fall-yes') },
          ]
        : [
            { label: 'Yes (25)', value: '25', mark: m('b-fall-yes') },
            { label: 'No (0)', value: '0', mark: m('b-fall-no') },
          ],
  };
  const aids = {
    kind: 'checkbox' as const,
    label: v === 1 ? 'Ambulatory aid' : 'Walking aids used',
    name: 'aid',
    options:
      v === 1
        ? [
            { label: 'Crutches', value: 'crutches', mark: m('b-aid-crutches') },
            { label: 'Walker', value: 'walker', mark: m('b-aid-walker') },
            { label: 'Furniture', value: 'furniture', mark: m('b-aid-furniture') },
          ]
        : [
            { label: 'Walker / frame', value: 'walker', mark: m('b-aid-walker') },
            { label: 'Crutches', value: 'crutches', mark: m('b-aid-crutches') },
            { label: 'Wheelchair', value: 'wheelchair' },
          ],
  };
  const vitalsFields: FieldSpec[] = [
    { kind: 'number', label: 'Temperature (°C)', name: 'temp', mark: m('b-temp') },
    { kind: 'number', label: 'Pulse (bpm)', name: 'pulse', mark: m('b-pulse') },
    { kind: 'select', label: 'Pain score', name: 'pain', options: ['0', '1-3', '4-6', '7-10'], mark: m('b-pain') },
  ];
  const vitalsModal: ModalSpec = {
    kind: 'modal',
    title: 'Record vital signs',
    titleMark: m('b-vitals-title'),
    body: [{ kind: 'form', layout: 'vertical', fields: vitalsFields }],
    footer: [b('Cancel'), b('Save vitals', { variant: 'primary', mark: m('b-vitals-save') })],
  };
  return {
    title: 'Nursing assessment — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'assess',
      items: [
        { key: 'ward', label: 'Ward overview', icon: 'home', mark: m('b-nav-ward') },
        { key: 'assess', label: 'Assessments', icon: 'file' },
        { key: 'mar', label: v === 1 ? 'Medication administration' : 'eMAR', icon: 'edit', mark: m('b-nav-mar') },
        ...(v === 1 ? [{ key: 'handover', label: 'Shift handover', icon: 'user' as const, mark: m('b-nav-handover') }] : []),
      ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: 'Name', value: 'Test Patient Alpha' },
          { label: 'MRN', value: 'T0000456' },
          { label: 'Bed', value: '12-03' },
          { label: 'Age', value: '67 y' },
        ],
        tags: ['Fall risk'],
        actions: [b('Change patient', { mark: m('b-change-patient') })],
      },
      {
        kind: 'card',
        title: v === 1 ? 'Morse Fall Scale' : 'Fall risk (Morse)',
        titleMark: m('b-card-morse'),
        extra: v === 1 ? [b('Reset', { mark: m('b-reset') })] : [b('Clear answers', { variant: 'link', mark: m('b-reset') })],
        body: [
          {
            kind: 'form',
            layout: 'vertical',
            fields: [
              fallRisk,
              aids,
              { kind: 'switch', label: 'IV / heparin lock', name: 'iv', mark: m('b-iv') },
              { kind: 'textarea', label: 'Nursing notes', name: 'notes', mark: m('b-notes') },
            ],
            buttons: [b('Submit assessment', { variant: 'primary', size: v === 1 ? 'middle' : 'large', mark: m('b-submit') })],
          },
        ],
      },
      // v1: vitals inline; v2: the same form moved into a dialog
      v === 1
        ? {
            kind: 'card',
            title: 'Vital signs',
            body: [{ kind: 'form', layout: 'vertical', fields: vitalsFields, buttons: [b('Save vitals', { variant: 'primary', mark: m('b-vitals-save') })] }],
          }
        : { kind: 'card', title: 'Vital signs', extra: [b('Record vitals', { variant: 'primary' })], body: [{ kind: 'descriptions', items: [{ label: 'Last recorded', value: '08:00' }] }] },
      {
        kind: 'card',
        title: 'Braden Scale',
        extra: [b('Reset', { mark: v === 1 ? m('b-braden-reset') : m('b-braden-reset') })],
        body: [
          {
            kind: 'form',
            fields: [
              {
                kind: 'radio',
                label: 'Sensory perception',
                name: 'sensory',
                options: [
                  { label: 'Completely limited', value: '1' },
                  { label: 'Very limited', value: '2', mark: m('b-sensory-2') },
                  { label: 'No impairment', value: '4' },
                ],
              },
            ],
          },
        ],
      },
    ],
    modal: v === 2 ? vitalsModal : undefined,
  };
}

// ---------------------------------------------------------------- screen C: order entry (zh, test)

function orderEntry(v: 1 | 2): PageSpec {
  const orderForm: FieldSpec[] = [
    { kind: 'select', label: '药品名称', name: 'drug', options: ['测试片剂 10mg', '测试注射液 5ml'], placeholder: '输入拼音码检索', mark: m('c-drug') },
    { kind: 'input', label: '单次剂量', name: 'dose', mark: m('c-dose') },
    { kind: 'select', label: v === 1 ? '给药途径' : '用法', name: 'route', options: ['口服', '静脉滴注', '肌注'], mark: m('c-route') },
    { kind: 'select', label: '频次', name: 'freq', options: ['qd', 'bid', 'tid'], mark: m('c-freq') },
    { kind: 'date', label: '开始时间', name: 'start', mark: m('c-start') },
  ];
  const modal: ModalSpec = {
    kind: 'modal',
    title: v === 1 ? '新开医嘱' : '开立长期医嘱',
    titleMark: m('c-modal-title'),
    body: [
      { kind: 'form', layout: 'horizontal', fields: v === 1 ? orderForm : [orderForm[0]!, orderForm[2]!, orderForm[1]!, orderForm[3]!, orderForm[4]!] },
      {
        kind: 'form',
        fields: [
          {
            kind: 'radio',
            label: '医嘱类型',
            name: 'orderType',
            value: ['long'],
            options: [
              { label: '长期', value: 'long', mark: m('c-type-long') },
              { label: '临时', value: 'temp', mark: m('c-type-temp') },
            ],
          },
          { kind: 'checkbox', label: '', name: 'flags', options: [{ label: v === 1 ? '皮试' : '需皮试', value: 'skin', mark: m('c-skin-test') }, { label: '自备药', value: 'own' }] },
        ],
      },
    ],
    footer:
      v === 1
        ? [b('取消', { mark: m('c-cancel') }), b('暂存', { mark: m('c-draft') }), b('提交', { variant: 'primary', mark: m('c-submit') })]
        : [b('取消', { mark: m('c-cancel') }), b('提交', { variant: 'primary', mark: m('c-submit') })],
  };
  return {
    title: '住院医生站 医嘱录入 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'orders',
      items: [
        { key: 'inpatients', label: '在院患者', icon: 'user', mark: m('c-nav-inpatients') },
        { key: 'orders', label: '医嘱录入', icon: 'edit' },
        { key: 'notes', label: v === 1 ? '病程记录' : '病程记录书写', icon: 'file', mark: m('c-nav-notes') },
        ...(v === 1 ? [{ key: 'consult', label: '会诊申请', icon: 'bell' as const, mark: m('c-nav-consult') }] : []),
      ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: '姓名', value: '测试患者乙' },
          { label: '住院号', value: 'T2026001' },
          { label: '床号', value: '08' },
          { label: '诊断', value: '测试诊断' },
        ],
        actions: [icon('user', { aria: '患者信息', mark: m('c-patient-info') })],
      },
      {
        kind: 'card',
        title: '长期医嘱',
        titleMark: m('c-card-long'),
        extra:
          v === 1
            ? [b('新开', { variant: 'primary', mark: m('c-new-long') }), b('停止', { mark: m('c-stop-long') })]
            : [b('停止', { variant: 'dashed', mark: m('c-stop-long') }), b('新开', { variant: 'primary', size: 'small', mark: m('c-new-long') })],
        body: [
          {
            kind: 'table',
            columns: [
              { key: 'item', title: '医嘱内容' },
              { key: 'freq', title: '频次' },
              { key: 'doctor', title: '开立医生' },
            ],
            rows: [
              { item: '测试片剂 10mg', freq: 'qd', doctor: '测试医生' },
              { item: '测试注射液 5ml', freq: 'bid', doctor: '测试医生' },
            ],
            actions: [{ label: v === 1 ? '停止' : '停嘱' }, { label: '复制' }],
            actionsTitle: '操作',
          },
        ],
      },
      {
        kind: 'card',
        title: '临时医嘱',
        extra: [b('新开', { variant: 'primary', mark: m('c-new-temp') }), ...(v === 2 ? [b('新开', { variant: 'primary', disabled: true })] : [])],
        body: [{ kind: 'toolbar', buttons: [icon('print', { aria: '打印', mark: m('c-print-temp') }), ...(v === 1 ? [icon('download', { aria: '导出', mark: m('c-export-temp') })] : [])] }],
      },
    ],
    modal,
  };
}

// ---------------------------------------------------------------- screen D: admission (en, test)

function admission(v: 1 | 2): PageSpec {
  const fields: (FieldSpec | import('./spec.ts').ChoiceSpec)[] = [
    { kind: 'input', label: 'Family name', name: 'familyName', mark: m('d-family') },
    { kind: 'input', label: 'Given name', name: 'givenName', mark: m('d-given') },
    { kind: 'date', label: 'Date of birth', name: 'dob', mark: m('d-dob') },
    { kind: 'select', label: v === 1 ? 'Admitting ward' : 'Ward', name: 'ward', options: ['Cardiology', 'Surgery'], mark: m('d-ward') },
    { kind: 'radio', label: 'Sex', name: 'sex', options: [{ label: 'Female', value: 'F', mark: m('d-sex-f') }, { label: 'Male', value: 'M' }, { label: 'Unknown', value: 'U' }] },
    { kind: 'checkbox', label: 'Consents', name: 'consent', options: [{ label: 'Treatment consent signed', value: 'treat', mark: m('d-consent') }, { label: 'Photo consent', value: 'photo' }] },
  ];
  return {
    title: 'Admission — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'admit',
      items:
        v === 1
          ? [
              { key: 'dash', label: 'Dashboard', icon: 'home' },
              { key: 'admit', label: 'Admissions', icon: 'user' },
              { key: 'beds', label: 'Bed board', icon: 'file', mark: m('d-nav-beds') },
              { key: 'billing', label: 'Deposits', icon: 'download', mark: m('d-nav-deposit') },
            ]
          : [
              { key: 'admit', label: 'Admissions', icon: 'user' },
              { key: 'dash', label: 'Dashboard', icon: 'home' },
              { key: 'beds', label: 'Bed management', icon: 'file', mark: m('d-nav-beds') },
            ],
    },
    body: [
      ...(v === 2 ? [{ kind: 'alert' as const, text: 'New: pre-admission checklist.' }] : []),
      { kind: 'heading', text: 'New admission', level: 4, mark: m('d-heading') },
      {
        kind: 'tabs',
        active: 'details',
        size: v === 1 ? 'middle' : 'small',
        items: [
          { key: 'details', label: 'Patient details', mark: m('d-tab-details') },
          { key: 'insurance', label: v === 1 ? 'Insurance' : 'Payer & insurance', mark: m('d-tab-insurance') },
          ...(v === 1 ? [{ key: 'docs', label: 'Documents', mark: m('d-tab-docs') }] : []),
        ],
        body: [
          {
            kind: 'card',
            title: 'Identity',
            titleMark: m('d-card-identity'),
            body: [{ kind: 'form', layout: v === 1 ? 'vertical' : 'horizontal', fields: v === 1 ? fields : [fields[1]!, fields[0]!, ...fields.slice(2)], buttons: v === 1 ? [b('Admit', { variant: 'primary', mark: m('d-admit') }), b('Clear', { mark: m('d-clear') })] : [b('Save draft'), b('Admit patient', { variant: 'primary', mark: m('d-admit') })] }],
          },
          {
            kind: 'card',
            title: 'Waiting list',
            extra: [icon('refresh', { aria: 'Refresh', mark: m('d-refresh') }), icon('search', { aria: 'Search', mark: m('d-search') })],
            body: [
              {
                kind: 'table',
                columns: [
                  { key: 'name', title: 'Patient' },
                  { key: 'mrn', title: 'MRN' },
                  { key: 'ward', title: 'Ward' },
                ],
                rows: [
                  { name: 'Test Patient Beta', mrn: 'T0000789', ward: 'Cardiology' },
                  { name: 'Test Patient Gamma', mrn: 'T0000790', ward: 'Surgery' },
                ],
                actions: [{ label: 'Admit', variant: 'link' }, { label: v === 1 ? 'Cancel' : 'Withdraw', variant: 'link' }],
                actionsTitle: 'Actions',
              },
            ],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- removal, one look-alike left

interface RemovalKind {
  kind: string;
  /** label pairs per library (target first, look-alike second); in Element Plus and MUI (one train,
   * one test for every kind) the look-alike shares words, an icon or a section label with the target */
  labels: [string, string, 'zh' | 'en'][];
  page(target: string, other: string, lang: 'zh' | 'en', v: 1 | 2, id: string): PageSpec;
}

const shell = (lang: 'zh' | 'en', body: PageSpec['body'], modal?: ModalSpec): PageSpec => ({
  title: lang === 'zh' ? '测试医院信息系统' : 'Test Hospital EMR',
  lang,
  body: [
    {
      kind: 'banner',
      items: lang === 'zh' ? [{ label: '姓名', value: '测试患者丙' }, { label: '病历号', value: 'T000999' }] : [{ label: 'Name', value: 'Test Patient Delta' }, { label: 'MRN', value: 'T0000999' }],
      actions: [],
    },
    ...body,
  ],
  modal,
});

const REMOVALS: RemovalKind[] = [
  {
    kind: 'nav-item',
    labels: [['处方管理', '检验申请', 'zh'], ['会诊申请', '会诊记录', 'zh'], ['Lab results', 'Lab orders', 'en'], ['护理记录', '体温单', 'zh']],
    page: (t, o, lang, v, id) => ({
      ...shell(lang, [{ kind: 'card', title: lang === 'zh' ? '工作区' : 'Workspace', body: [{ kind: 'descriptions', items: [{ label: lang === 'zh' ? '科室' : 'Ward', value: '7A' }] }] }]),
      nav: { kind: 'menu', selected: 'none', items: v === 1 ? [{ key: 't', label: t, icon: 'file', mark: m(id) }, { key: 'o', label: o, icon: 'edit' }] : [{ key: 'o', label: o, icon: 'edit' }] },
    }),
  },
  {
    kind: 'tab',
    labels: [['检验报告', '影像报告', 'zh'], ['Allergy history', 'Medication history', 'en'], ['费用明细', '费用汇总', 'zh'], ['Vital signs', 'Intake & output', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        {
          kind: 'tabs',
          active: 'o',
          items: v === 1 ? [{ key: 'o', label: o }, { key: 't', label: t, mark: m(id) }] : [{ key: 'o', label: o }],
          body: [{ kind: 'descriptions', items: [{ label: lang === 'zh' ? '更新时间' : 'Updated', value: '08:00' }] }],
        },
      ]),
  },
  {
    kind: 'section-add',
    labels: [['过敏史', '既往史', 'zh'], ['Home medications', 'Inpatient medications', 'en'], ['手术史', '家族史', 'zh'], ['Diagnoses', 'Procedures', 'en']],
    page: (t, o, lang, v, id) => {
      const add = lang === 'zh' ? '新增' : 'Add';
      return shell(lang, [
        { kind: 'card', title: t, extra: v === 1 ? [b(add, { mark: m(id) })] : [], body: [{ kind: 'descriptions', items: [{ label: lang === 'zh' ? '记录' : 'Entries', value: '0' }] }] },
        { kind: 'card', title: o, extra: [b(add)], body: [{ kind: 'descriptions', items: [{ label: lang === 'zh' ? '记录' : 'Entries', value: '2' }] }] },
      ]);
    },
  },
  {
    kind: 'row-action',
    labels: [['作废', '查看', 'zh'], ['Cancel order', 'Cancel dose', 'en'], ['退费', '退药', 'zh'], ['撤销执行', '打印', 'zh']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        {
          kind: 'card',
          title: lang === 'zh' ? '医嘱列表' : 'Orders',
          body: [
            {
              kind: 'table',
              columns: lang === 'zh' ? [{ key: 'a', title: '项目' }, { key: 'b', title: '状态' }] : [{ key: 'a', title: 'Item' }, { key: 'b', title: 'Status' }],
              rows: [{ a: lang === 'zh' ? '测试项目一' : 'Test item one', b: lang === 'zh' ? '已开立' : 'Active' }],
              actions: v === 1 ? [{ label: o }, { label: t, marks: { 0: m(id) } }] : [{ label: o }],
              actionsTitle: lang === 'zh' ? '操作' : 'Actions',
            },
          ],
        },
      ]),
  },
  {
    kind: 'icon-named',
    labels: [['打印', '刷新', 'zh'], ['Export PDF', 'Export CSV', 'en'], ['删除医嘱', '删除记录', 'zh'], ['Settings', 'Notifications', 'en']],
    page: (t, o, lang, v, id) => {
      const iconOf: Record<string, ButtonSpec['icon']> = { 打印: 'print', 刷新: 'refresh', Export: 'download', Refresh: 'refresh', 删除: 'delete', 编辑: 'edit', 'Export PDF': 'download', 'Export CSV': 'download', 删除医嘱: 'delete', 删除记录: 'delete', Settings: 'setting', Notifications: 'bell' };
      return shell(lang, [{ kind: 'card', title: lang === 'zh' ? '检查申请单' : 'Requests', extra: v === 1 ? [icon(iconOf[t], { aria: t, mark: m(id) }), icon(iconOf[o], { aria: o })] : [icon(iconOf[o], { aria: o })], body: [{ kind: 'descriptions', items: [{ label: lang === 'zh' ? '数量' : 'Count', value: '3' }] }] }]);
    },
  },
  {
    kind: 'icon-unnamed',
    labels: [['print', 'refresh', 'zh'], ['download', 'search', 'en'], ['delete', 'edit', 'zh'], ['setting', 'bell', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [{ kind: 'card', title: lang === 'zh' ? '护理记录' : 'Nursing record', body: [{ kind: 'toolbar', buttons: v === 1 ? [icon(t as ButtonSpec['icon'], { mark: m(id) }), icon(o as ButtonSpec['icon'])] : [icon(o as ButtonSpec['icon'])] }] }]),
  },
  {
    kind: 'radio-option',
    labels: [['有', '无', 'zh'], ['Yes, in the last 3 months', 'Yes, earlier', 'en'], ['部分自理', '完全自理', 'zh'], ['Confused', 'Alert', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        {
          kind: 'card',
          title: lang === 'zh' ? '入院评估' : 'Admission screening',
          body: [{ kind: 'form', fields: [{ kind: 'radio', label: lang === 'zh' ? '跌倒史' : 'Dizziness', name: 'q1', options: v === 1 ? [{ label: t, value: 'a', mark: m(id) }, { label: o, value: 'b' }] : [{ label: o, value: 'b' }] }] }],
        },
      ]),
  },
  {
    kind: 'checkbox-option',
    labels: [['高血压', '糖尿病', 'zh'], ['Former smoker', 'Current smoker', 'en'], ['青霉素过敏', '头孢过敏', 'zh'], ['Pacemaker', 'Implant', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        {
          kind: 'card',
          title: lang === 'zh' ? '既往史' : 'History',
          body: [{ kind: 'form', fields: [{ kind: 'checkbox', label: lang === 'zh' ? '选择' : 'Select', name: 'q2', options: v === 1 ? [{ label: t, value: 'a', mark: m(id) }, { label: o, value: 'b' }] : [{ label: o, value: 'b' }] }] }],
        },
      ]),
  },
  {
    kind: 'input-field',
    labels: [['联系电话', '联系人', 'zh'], ['Contact phone', 'Contact name', 'en'], ['联系人电话', '联系人', 'zh'], ['Referring doctor', 'Referral reason', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        { kind: 'card', title: lang === 'zh' ? '基本信息' : 'Details', body: [{ kind: 'form', layout: 'vertical', fields: v === 1 ? [{ kind: 'input', label: t, name: 'f1', mark: m(id) }, { kind: 'input', label: o, name: 'f2' }] : [{ kind: 'input', label: o, name: 'f2' }] }] },
      ]),
  },
  {
    kind: 'select-field',
    labels: [['付费方式', '就诊科室', 'zh'], ['Admission ward', 'Discharge ward', 'en'], ['护理级别', '护理常规', 'zh'], ['Isolation', 'Language', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        {
          kind: 'card',
          title: lang === 'zh' ? '登记' : 'Registration',
          body: [{ kind: 'form', layout: 'vertical', fields: v === 1 ? [{ kind: 'select', label: t, name: 's1', options: ['A', 'B'], mark: m(id) }, { kind: 'select', label: o, name: 's2', options: ['C', 'D'] }] : [{ kind: 'select', label: o, name: 's2', options: ['C', 'D'] }] }],
        },
      ]),
  },
  {
    kind: 'modal-footer',
    labels: [['暂存', '提交', 'zh'], ['Save draft', 'Save & sign', 'en'], ['打印预览', '打印', 'zh'], ['Preview', 'Confirm', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [], {
        kind: 'modal',
        title: lang === 'zh' ? '出院小结' : 'Discharge summary',
        body: [{ kind: 'form', layout: 'vertical', fields: [{ kind: 'textarea', label: lang === 'zh' ? '出院医嘱' : 'Instructions', name: 'x' }] }],
        footer: v === 1 ? [b(t, { mark: m(id) }), b(o, { variant: 'primary' })] : [b(o, { variant: 'primary' })],
      }),
  },
  {
    kind: 'card-title',
    labels: [['检验结果', '影像结果', 'zh'], ['Care plan (day)', 'Care plan (night)', 'en'], ['检验结果（今日）', '检验结果（历史）', 'zh'], ['Wound care', 'Drains', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [
        ...(v === 1 ? [{ kind: 'card' as const, title: t, titleMark: m(id), body: [{ kind: 'descriptions' as const, items: [{ label: lang === 'zh' ? '条目' : 'Items', value: '1' }] }] }] : []),
        { kind: 'card', title: o, body: [{ kind: 'descriptions', items: [{ label: lang === 'zh' ? '条目' : 'Items', value: '2' }] }] },
      ]),
  },
  {
    kind: 'switch',
    labels: [['自动保存', '显示停用医嘱', 'zh'], ['Show cancelled orders', 'Show completed orders', 'en'], ['包含长期医嘱', '包含临时医嘱', 'zh'], ['Sound alerts', 'Night mode', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [{ kind: 'card', title: lang === 'zh' ? '设置' : 'Preferences', body: [{ kind: 'form', layout: 'vertical', fields: v === 1 ? [{ kind: 'switch', label: t, name: 'w1', mark: m(id) }, { kind: 'switch', label: o, name: 'w2' }] : [{ kind: 'switch', label: o, name: 'w2' }] }] }]),
  },
  {
    kind: 'link-button',
    labels: [['查看报告', '打印条码', 'zh'], ['Print label', 'Print wristband', 'en'], ['调阅影像', '调阅报告', 'zh'], ['View consent', 'Audit trail', 'en']],
    page: (t, o, lang, v, id) =>
      shell(lang, [{ kind: 'card', title: lang === 'zh' ? '检查申请' : 'Imaging request', body: [{ kind: 'toolbar', buttons: v === 1 ? [b(t, { variant: 'link', mark: m(id) }), b(o, { variant: 'link' })] : [b(o, { variant: 'link' })] }] }]),
  },
];

const SCREENS: { name: string; split: 'train' | 'test' | 'holdout'; page: (v: 1 | 2) => PageSpec }[] = [
  { name: 'outpatient-chart', split: SCREEN_SPLIT['outpatient-chart']!, page: outpatientChart },
  { name: 'nursing-assessment', split: SCREEN_SPLIT['nursing-assessment']!, page: nursingAssessment },
  { name: 'order-entry', split: SCREEN_SPLIT['order-entry']!, page: orderEntry },
  { name: 'admission', split: SCREEN_SPLIT.admission!, page: admission },
  ...TRAIN_SCREENS.map((screen) => ({ ...screen, split: SCREEN_SPLIT[screen.name]! })),
  ...HOLDOUT_SCREENS.map((screen) => ({ ...screen, split: SCREEN_SPLIT[screen.name]! })),
];

/** Operators per screen target (what changed from v1 to v2), for the README and the report. */
export const SCREEN_OPERATORS: Record<string, Operator[]> = {
  'a-nav-patients': ['reorder'], 'a-nav-rx': ['reword', 'reorder'], 'a-nav-report': ['removed'], 'a-void-row0': ['size'],
  'a-card-complaint': ['reword', 'ids-shift'], 'a-template': ['reword', 'reorder'], 'a-save': ['variant', 'size', 'decoy-disabled-twin'],
  'a-complaint': ['ids-shift'], 'a-hpi': ['reword'], 'a-diagnosis': ['ids-shift'], 'a-first-visit': ['reorder'], 'a-switch-patient': ['reword', 'variant'],
  'a-refresh': ['size', 'reorder'], 'a-print': ['reorder'], 'a-settings-unnamed': ['removed'], 'a-tab-orders': ['reorder'], 'a-tab-lab': ['reword'],
  'a-card-allergy': ['unchanged'], 'a-allergy-add': ['decoy-same-label'], 'a-history-add': ['removed'],
  'b-fall-no': ['reword', 'reorder'], 'b-fall-yes': ['reword', 'reorder'], 'b-aid-crutches': ['reorder'], 'b-aid-walker': ['reword', 'reorder'], 'b-aid-furniture': ['removed'],
  'b-temp': ['into-modal'], 'b-pulse': ['into-modal'], 'b-pain': ['into-modal'], 'b-vitals-title': ['into-modal'], 'b-vitals-save': ['into-modal'],
  'b-nav-ward': ['unchanged'], 'b-nav-mar': ['reword'], 'b-nav-handover': ['removed'], 'b-change-patient': ['unchanged'], 'b-card-morse': ['reword', 'redesign'],
  'b-reset': ['reword', 'variant', 'decoy-same-label'], 'b-iv': ['unchanged'], 'b-notes': ['unchanged'], 'b-submit': ['size'], 'b-braden-reset': ['decoy-same-label'], 'b-sensory-2': ['unchanged'],
  'c-drug': ['reword'], 'c-dose': ['reorder'], 'c-route': ['reword', 'reorder'], 'c-freq': ['unchanged'], 'c-start': ['unchanged'], 'c-modal-title': ['reword'],
  'c-type-long': ['unchanged'], 'c-type-temp': ['unchanged'], 'c-skin-test': ['reword'], 'c-cancel': ['unchanged'], 'c-draft': ['removed'], 'c-submit': ['unchanged'],
  'c-nav-inpatients': ['unchanged'], 'c-nav-notes': ['reword'], 'c-nav-consult': ['removed'], 'c-patient-info': ['unchanged'], 'c-card-long': ['unchanged'],
  'c-new-long': ['size', 'reorder', 'decoy-same-label'], 'c-stop-long': ['variant', 'reorder', 'decoy-same-label'], 'c-new-temp': ['decoy-disabled-twin', 'decoy-same-label'],
  'c-print-temp': ['unchanged'], 'c-export-temp': ['removed'],
  'd-family': ['reorder', 'redesign'], 'd-given': ['reorder', 'redesign'], 'd-dob': ['redesign'], 'd-ward': ['reword', 'redesign'], 'd-sex-f': ['redesign'], 'd-consent': ['redesign'],
  'd-nav-beds': ['reword', 'reorder'], 'd-nav-deposit': ['removed'], 'd-heading': ['ids-shift'], 'd-tab-details': ['size'], 'd-tab-insurance': ['reword', 'size'], 'd-tab-docs': ['removed'],
  'd-card-identity': ['unchanged'], 'd-admit': ['reword', 'reorder', 'decoy-same-label'], 'd-clear': ['removed'], 'd-refresh': ['unchanged'], 'd-search': ['unchanged'],
  ...TRAIN_SCREEN_OPERATORS,
  ...HOLDOUT_SCREEN_OPERATORS,
};

export function corpusCases(): (CorpusCase & { library: LibraryName })[] {
  const out: (CorpusCase & { library: LibraryName })[] = [];
  LIBRARIES.forEach((library) => {
    const trainOnly = TRAIN_ONLY_LIBRARIES.includes(library);
    for (const screen of SCREENS) {
      if (trainOnly && screen.split !== 'train') continue;
      out.push({ library, name: `${library}/${screen.name}`, kind: 'screen', split: screen.split, v1: screen.page(1), v2: screen.page(2), operators: SCREEN_OPERATORS });
    }
  });
  LIBRARIES.forEach((library, l) => {
    const trainOnly = TRAIN_ONLY_LIBRARIES.includes(library);
    REMOVALS.forEach((removal, k) => {
      const [t, o, lang] = removal.labels[(trainOnly ? trainLabelsIndex(k) : l) % removal.labels.length]!;
      const id = `rm-${removal.kind}`;
      out.push({
        library,
        name: `${library}/removal-${removal.kind}`,
        kind: 'removal',
        split: trainOnly ? 'train' : removalSplit(k, l),
        v1: removal.page(t, o, lang, 1, id),
        v2: removal.page(t, o, lang, 2, id),
        operators: { [id]: ['removed-one-lookalike'] },
      });
    });
  });
  return out;
}
