/**
 * Held-out screens of the library corpus (split.ts: `holdout`), written on 2026-12-06 from the
 * hospital domain (/work/shared/DOMAIN.md: 输血科 Blood Bank; theatres and the surgical safety
 * checklist) after the test split had been read while tuning. Written without running the resolver
 * on them; never to be tuned on: the bench prints only their counts.
 *
 * Same vocabulary as trainScreens.ts: side navigation, a patient banner, icon-only toolbars, tabs,
 * grids with per-row actions and column headers, titled cards with extra buttons, forms moved into
 * a dialog, radio / checkbox / switch / select fields, and the upgrade operators of spec.ts.
 * All patient data is synthetic and obviously fake.
 */
import type { ButtonSpec, ChoiceSpec, FieldSpec, Mark, ModalSpec, Operator, PageSpec, TableSpec } from './spec.ts';

const b = (label: string, rest: Partial<ButtonSpec> = {}): ButtonSpec => ({ kind: 'button', label, ...rest });
const icon = (icon: ButtonSpec['icon'], rest: Partial<ButtonSpec> = {}): ButtonSpec => ({ kind: 'button', icon, ...rest });
const m = (id: string, expect?: 'ambiguous'): Mark => (expect ? { id, expect } : { id });

// ---------------------------------------------------------------- screen K: transfusion request (zh, holdout)

export function transfusionRequest(v: 1 | 2): PageSpec {
  const nature: ChoiceSpec = {
    kind: 'radio',
    label: '输血性质',
    name: 'nature',
    options:
      v === 1
        ? [
            { label: '常规', value: 'routine', mark: m('k-routine') },
            { label: '紧急', value: 'urgent', mark: m('k-urgent') },
            { label: '大量输血', value: 'massive', mark: m('k-massive') },
          ]
        : [
            { label: '紧急', value: 'urgent', mark: m('k-urgent') },
            { label: '择期（常规）', value: 'routine', mark: m('k-routine') },
            { label: '大量输血', value: 'massive', mark: m('k-massive') },
            { label: '自体输血', value: 'autologous' },
          ],
  };
  const applyFields: (FieldSpec | ChoiceSpec)[] =
    v === 1
      ? [
          { kind: 'select', label: '输血目的', name: 'purpose', options: ['纠正贫血', '补充凝血因子', '术中备血', '其他'], placeholder: '请选择', mark: m('k-purpose') },
          nature,
          { kind: 'switch', label: '既往输血史', name: 'history', mark: m('k-history') },
          { kind: 'switch', label: '孕产史', name: 'pregnancy', mark: m('k-pregnancy') },
          { kind: 'textarea', label: '输血指征', name: 'indication', mark: m('k-indication') },
          { kind: 'input', label: '申请医师', name: 'doctor', placeholder: '工号', mark: m('k-doctor') },
        ]
      : [
          nature,
          { kind: 'select', label: '用血目的', name: 'purpose', options: ['纠正贫血', '补充凝血因子', '术中备血', '其他'], placeholder: '请选择', mark: m('k-purpose') },
          { kind: 'textarea', label: '输血指征及评估', name: 'indication', mark: m('k-indication') },
          { kind: 'switch', label: '既往输血史', name: 'history', mark: m('k-history') },
          { kind: 'switch', label: '孕产史', name: 'pregnancy', mark: m('k-pregnancy') },
          { kind: 'input', label: '申请医师', name: 'doctor', placeholder: '工号', mark: m('k-doctor') },
        ];
  const applyModal: ModalSpec = {
    kind: 'modal',
    title: '输血申请信息',
    titleMark: m('k-apply-title'),
    body: [{ kind: 'form', layout: 'vertical', fields: applyFields }],
    footer: [b('取消'), b('暂存', { mark: m('k-draft') }), b('提交审核', { variant: 'primary', mark: m('k-submit') })],
  };
  const screening: ChoiceSpec = {
    kind: 'checkbox',
    label: v === 1 ? '传染病筛查' : '输血前传染病检查',
    name: 'screening',
    options:
      v === 1
        ? [
            { label: '乙肝', value: 'hbv', mark: m('k-screen-hbv') },
            { label: '丙肝', value: 'hcv', mark: m('k-screen-hcv') },
            { label: '梅毒', value: 'syphilis', mark: m('k-screen-syphilis') },
            { label: 'HIV', value: 'hiv', mark: m('k-screen-hiv') },
          ]
        : [
            { label: '乙肝五项', value: 'hbv', mark: m('k-screen-hbv') },
            { label: '丙肝抗体', value: 'hcv', mark: m('k-screen-hcv') },
            { label: 'HIV抗体', value: 'hiv', mark: m('k-screen-hiv') },
            { label: '梅毒', value: 'syphilis', mark: m('k-screen-syphilis') },
          ],
  };
  const rh: ChoiceSpec = {
    kind: 'radio',
    label: 'RhD',
    name: 'rh',
    options: [
      { label: '阳性', value: 'pos', mark: m('k-rh-pos') },
      { label: '阴性', value: 'neg', mark: m('k-rh-neg') },
    ],
  };
  const abo: FieldSpec = { kind: 'select', label: 'ABO血型', name: 'abo', options: ['A', 'B', 'O', 'AB'], placeholder: '请选择', mark: m('k-abo') };
  const hb: FieldSpec = { kind: 'number', label: v === 1 ? '血红蛋白(g/L)' : 'Hb(g/L)', name: 'hb', mark: m('k-hb') };
  const plt: FieldSpec = { kind: 'number', label: v === 1 ? '血小板(×10⁹/L)' : 'PLT(×10⁹/L)', name: 'plt', mark: m('k-plt') };
  const components: TableSpec = {
    kind: 'table',
    size: 'small',
    columns: [
      { key: 'component', title: '血液成分', mark: m('k-col-component') },
      { key: 'amount', title: v === 1 ? '申请量' : '申请数量', mark: m('k-col-amount') },
      { key: 'unit', title: '单位' },
      { key: 'time', title: '预定输血时间' },
    ],
    rows: [
      { component: '悬浮红细胞（测试）', amount: '2', unit: 'U', time: '2026-12-07 09:00' },
      { component: '新鲜冰冻血浆（测试）', amount: '400', unit: 'ml', time: '2026-12-07 09:00' },
      { component: '单采血小板（测试）', amount: '1', unit: '治疗量', time: '2026-12-07 14:00' },
    ],
    actions: [
      { label: '修改', variant: 'link', marks: { 0: m('k-edit-row0') } },
      { label: v === 1 ? '删除' : '移除', variant: 'link', danger: true, marks: { 1: m('k-delete-row1') } },
    ],
    actionsTitle: '操作',
  };
  return {
    title: '临床输血管理 - 测试医院',
    lang: 'zh',
    nav: {
      kind: 'menu',
      selected: 'request',
      items:
        v === 1
          ? [
              { key: 'request', label: '输血申请', icon: 'edit' },
              { key: 'crossmatch', label: '配血管理', icon: 'file', mark: m('k-nav-crossmatch') },
              { key: 'stock', label: '血液库存', icon: 'home', mark: m('k-nav-stock') },
              { key: 'approval', label: '用血审批', icon: 'user', mark: m('k-nav-approval') },
              { key: 'reaction', label: '输血不良反应', icon: 'bell', mark: m('k-nav-reaction') },
              { key: 'records', label: '输血记录', icon: 'download', mark: m('k-nav-records') },
            ]
          : [
              { key: 'request', label: '输血申请', icon: 'edit' },
              { key: 'approval', label: '用血审批', icon: 'user', mark: m('k-nav-approval') },
              { key: 'crossmatch', label: '配血管理', icon: 'file', mark: m('k-nav-crossmatch') },
              { key: 'reaction', label: '不良反应上报', icon: 'bell', mark: m('k-nav-reaction') },
              { key: 'stock', label: '血液库存查询', icon: 'home', mark: m('k-nav-stock') },
              { key: 'stats', label: '用血统计', icon: 'setting' },
            ],
    },
    body: [
      {
        kind: 'banner',
        items: [
          { label: '姓名', value: '测试患者庚' },
          { label: '住院号', value: 'T0000731' },
          { label: '科室', value: '普外科' },
          { label: '床号', value: '12床' },
        ],
        tags: ['术前备血'],
        actions:
          v === 1
            ? [b('切换患者', { mark: m('k-switch-patient') }), b('病历', { mark: m('k-emr') })]
            : [b('查看病历', { mark: m('k-emr') }), b('切换患者', { variant: 'primary', mark: m('k-switch-patient') })],
      },
      { kind: 'heading', level: 4, text: v === 1 ? '临床输血申请单' : '临床用血申请单', mark: m('k-heading') },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [
                icon('add', { aria: '新建申请', mark: m('k-new') }),
                icon('print', { title: '打印申请单', mark: m('k-print') }),
                icon('refresh', { aria: '刷新', mark: m('k-refresh') }),
                icon('setting'),
              ]
            : [
                icon('refresh', { aria: '刷新', size: 'small', mark: m('k-refresh') }),
                icon('add', { aria: '新增申请单', size: 'small', mark: m('k-new') }),
                icon('print', { title: '打印申请单', size: 'small', mark: m('k-print') }),
                icon('setting', { size: 'small' }),
              ],
      },
      {
        kind: 'tabs',
        active: 'request',
        size: v === 1 ? 'middle' : 'small',
        items:
          v === 1
            ? [
                { key: 'request', label: '申请单', mark: m('k-tab-request') },
                { key: 'crossmatch', label: '配血结果', mark: m('k-tab-crossmatch') },
                { key: 'issue', label: '发血记录', mark: m('k-tab-issue') },
                { key: 'consent', label: '知情同意', mark: m('k-tab-consent') },
              ]
            : [
                { key: 'request', label: '申请单', mark: m('k-tab-request') },
                { key: 'consent', label: '输血知情同意书', mark: m('k-tab-consent') },
                { key: 'crossmatch', label: '交叉配血', mark: m('k-tab-crossmatch') },
                { key: 'issue', label: '发血记录', mark: m('k-tab-issue') },
              ],
        body: [
          {
            kind: 'card',
            title: v === 1 ? '输血前检查' : '输血前评估',
            titleMark: m('k-card-pretest'),
            body: [
              {
                kind: 'form',
                layout: 'horizontal',
                fields: v === 1 ? [abo, rh, hb, plt, screening] : [abo, rh, { kind: 'input', label: '不规则抗体筛查', name: 'antibody', placeholder: '阴性/阳性' }, hb, plt, screening],
              },
            ],
          },
          {
            kind: 'card',
            title: '申请血液成分',
            titleMark: m('k-card-components'),
            extra:
              v === 1
                ? [b('添加成分', { variant: 'primary', mark: m('k-add-component') }), b('清空', { mark: m('k-clear') })]
                : [b('添加成分', { variant: 'primary', disabled: true }), b('清空', { variant: 'danger', mark: m('k-clear') }), b('添加成分', { size: 'small', mark: m('k-add-component') })],
            body: [components],
          },
          // v1: the request form in a card under the grid; v2: the same form in a dialog
          ...(v === 1
            ? [
                {
                  kind: 'card' as const,
                  title: '输血申请信息',
                  titleMark: m('k-apply-title'),
                  body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: applyFields, buttons: [b('保存草稿', { mark: m('k-draft') }), b('提交申请', { variant: 'primary', mark: m('k-submit') })] }],
                },
              ]
            : []),
          {
            kind: 'card',
            title: '审批流程',
            titleMark: m('k-card-approval'),
            extra:
              v === 1
                ? [b('上级医师审核', { mark: m('k-approve-senior') }), b('科主任审批', { mark: m('k-approve-director') })]
                : [b('上级医师审核', { variant: 'primary', mark: m('k-approve-senior') }), b('科主任审批', { mark: m('k-approve-director') }), b('医务科审批', { disabled: true })],
            body: [
              {
                kind: 'descriptions',
                items:
                  v === 1
                    ? [{ label: '本次申请总量', value: '2U + 400ml' }, { label: '审批级别', value: '上级医师' }]
                    : [{ label: '本次申请总量', value: '2U + 400ml' }, { label: '24小时累计', value: '2U' }, { label: '审批级别', value: '上级医师' }],
              },
            ],
          },
          // v2 only: earlier requests with their own per-row 修改 (the same label as the component grid's)
          ...(v === 2
            ? [
                {
                  kind: 'card' as const,
                  title: '既往申请',
                  body: [
                    {
                      kind: 'table' as const,
                      size: 'small' as const,
                      columns: [{ key: 'no', title: '申请单号' }, { key: 'date', title: '申请日期' }, { key: 'status', title: '状态' }],
                      rows: [{ no: 'TR-T0001', date: '2026-11-30', status: '已发血' }, { no: 'TR-T0002', date: '2026-12-02', status: '待审批' }],
                      actions: [{ label: '修改', variant: 'link' as const }],
                      actionsTitle: '操作',
                    },
                  ],
                },
              ]
            : []),
        ],
      },
    ],
    modal: v === 2 ? applyModal : undefined,
  };
}

// ---------------------------------------------------------------- screen L: operating theatre scheduling (en, holdout)

export function theatreScheduling(v: 1 | 2): PageSpec {
  const laterality: ChoiceSpec = {
    kind: 'radio',
    label: 'Laterality',
    name: 'laterality',
    options:
      v === 1
        ? [
            { label: 'Left', value: 'left', mark: m('l-left') },
            { label: 'Right', value: 'right', mark: m('l-right') },
            { label: 'Bilateral', value: 'bilateral', mark: m('l-bilateral') },
            { label: 'N/A', value: 'na' },
          ]
        : [
            { label: 'N/A', value: 'na' },
            { label: 'Left', value: 'left', mark: m('l-left') },
            { label: 'Right', value: 'right', mark: m('l-right') },
            { label: 'Both sides', value: 'bilateral', mark: m('l-bilateral') },
          ],
  };
  const priority: ChoiceSpec = {
    kind: 'radio',
    label: v === 1 ? 'Priority' : 'Urgency (NCEPOD)',
    name: 'priority',
    options:
      v === 1
        ? [
            { label: 'Elective', value: 'elective', mark: m('l-elective') },
            { label: 'Urgent', value: 'urgent', mark: m('l-urgent') },
            { label: 'Emergency', value: 'emergency', mark: m('l-emergency') },
          ]
        : [
            { label: 'Immediate', value: 'immediate' },
            { label: 'Urgent', value: 'urgent', mark: m('l-urgent') },
            { label: 'Expedited', value: 'emergency', mark: m('l-emergency') },
            { label: 'Elective', value: 'elective', mark: m('l-elective') },
          ],
  };
  const equipment: ChoiceSpec = {
    kind: 'checkbox',
    label: 'Special equipment',
    name: 'equipment',
    options:
      v === 1
        ? [
            { label: 'Image intensifier', value: 'ii', mark: m('l-eq-ii') },
            { label: 'Microscope', value: 'microscope', mark: m('l-eq-microscope') },
            { label: 'Cell saver', value: 'cellsaver', mark: m('l-eq-cellsaver') },
          ]
        : [
            { label: 'C-arm (image intensifier)', value: 'ii', mark: m('l-eq-ii') },
            { label: 'Cell saver', value: 'cellsaver', mark: m('l-eq-cellsaver') },
            { label: 'Operating microscope', value: 'microscope', mark: m('l-eq-microscope') },
            { label: 'Laser', value: 'laser' },
          ],
  };
  const bookingFields: (FieldSpec | ChoiceSpec)[] = [
    { kind: 'input', label: v === 1 ? 'Patient MRN' : 'MRN', name: 'mrn', placeholder: 'T0000000', mark: m('l-mrn') },
    { kind: 'input', label: v === 1 ? 'Procedure name' : 'Planned procedure', name: 'procedure', mark: m('l-procedure') },
    laterality,
    ...(v === 1
      ? [
          { kind: 'select' as const, label: 'Anaesthetic', name: 'anaesthesia', options: ['General', 'Spinal', 'Regional block', 'Local', 'Sedation'], mark: m('l-anaesthesia') },
          { kind: 'number' as const, label: 'Estimated duration (min)', name: 'duration', mark: m('l-duration') },
        ]
      : [
          { kind: 'number' as const, label: 'Expected duration (min)', name: 'duration', mark: m('l-duration') },
          { kind: 'select' as const, label: 'Anaesthetic type', name: 'anaesthesia', options: ['General', 'Spinal', 'Regional block', 'Local', 'Sedation'], mark: m('l-anaesthesia') },
        ]),
    priority,
    equipment,
    { kind: 'switch', label: v === 1 ? 'Requires ICU bed' : 'Post-op critical care bed', name: 'icu', mark: m('l-icu') },
    { kind: 'textarea', label: 'Notes', name: 'notes' },
  ];
  const bookingModal: ModalSpec = {
    kind: 'modal',
    title: 'New theatre booking',
    titleMark: m('l-book-title'),
    body: [{ kind: 'form', layout: 'vertical', fields: bookingFields }],
    footer: [b('Cancel'), b('Clear', { variant: 'text', mark: m('l-clear') }), b('Book case', { variant: 'primary', mark: m('l-save') })],
  };
  const cases: TableSpec = {
    kind: 'table',
    size: v === 1 ? 'middle' : 'small',
    columns: [
      { key: 'time', title: 'Start' },
      { key: 'procedure', title: 'Procedure', mark: m('l-col-procedure') },
      { key: 'surgeon', title: 'Surgeon' },
      { key: 'theatre', title: 'Theatre' },
      { key: 'asa', title: v === 1 ? 'ASA' : 'ASA grade', mark: m('l-col-asa') },
    ],
    rows: [
      { time: '08:30', procedure: 'Test laparoscopic cholecystectomy', surgeon: 'Dr Test One', theatre: 'OT 3', asa: 'II' },
      { time: '10:15', procedure: 'Test total knee replacement (L)', surgeon: 'Dr Test Two', theatre: 'OT 5', asa: 'III' },
      { time: '13:00', procedure: 'Test inguinal hernia repair (R)', surgeon: 'Dr Test One', theatre: 'OT 3', asa: 'I' },
    ],
    actions:
      v === 1
        ? [
            { label: 'Edit', marks: { 0: m('l-edit-row0') } },
            { label: 'Check in', marks: { 1: m('l-checkin-row1') } },
            { label: 'Cancel', danger: true, marks: { 2: m('l-cancel-row2') } },
          ]
        : [
            { label: 'Check in', variant: 'link', marks: { 1: m('l-checkin-row1') } },
            { label: 'Edit', variant: 'link', marks: { 0: m('l-edit-row0') } },
            { label: 'Cancel case', variant: 'link', danger: true, marks: { 2: m('l-cancel-row2') } },
          ],
    actionsTitle: 'Actions',
  };
  const safety: ChoiceSpec = {
    kind: 'checkbox',
    label: v === 1 ? 'Before induction' : 'Sign in (before induction)',
    name: 'signIn',
    options:
      v === 1
        ? [
            { label: 'Consent signed', value: 'consent', mark: m('l-consent') },
            { label: 'Site marked', value: 'site', mark: m('l-site-marked') },
            { label: 'Fasting confirmed', value: 'fasting', mark: m('l-fasting') },
          ]
        : [
            { label: 'Identity and consent confirmed', value: 'consent', mark: m('l-consent') },
            { label: 'Fasting status confirmed', value: 'fasting', mark: m('l-fasting') },
            { label: 'Site marked', value: 'site', mark: m('l-site-marked') },
            { label: 'Allergies reviewed', value: 'allergy' },
          ],
  };
  return {
    title: 'Theatre scheduling — Test Hospital',
    lang: 'en',
    nav: {
      kind: 'menu',
      selected: 'schedule',
      items:
        v === 1
          ? [
              { key: 'schedule', label: 'Theatre schedule', icon: 'home' },
              { key: 'requests', label: 'Case requests', icon: 'file', mark: m('l-nav-requests') },
              { key: 'anaesthesia', label: 'Anaesthesia', icon: 'user', mark: m('l-nav-anaesthesia') },
              { key: 'rooms', label: 'Theatre rooms', icon: 'setting', mark: m('l-nav-rooms') },
              { key: 'checklist', label: 'Safety checklist', icon: 'edit', mark: m('l-nav-checklist') },
              { key: 'reports', label: 'Reports', icon: 'download', mark: m('l-nav-reports') },
            ]
          : [
              { key: 'schedule', label: 'Theatre schedule', icon: 'home' },
              { key: 'rooms', label: 'Theatre rooms', icon: 'setting', mark: m('l-nav-rooms') },
              { key: 'requests', label: 'Booking requests', icon: 'file', mark: m('l-nav-requests') },
              { key: 'anaesthesia', label: 'Anaesthesia', icon: 'user', mark: m('l-nav-anaesthesia') },
              { key: 'checklist', label: 'WHO checklist', icon: 'edit', mark: m('l-nav-checklist') },
              { key: 'utilisation', label: 'Utilisation', icon: 'file' },
            ],
    },
    body: [
      { kind: 'heading', level: 4, text: 'Theatre schedule — Main theatres', mark: m('l-heading') },
      {
        kind: 'card',
        title: 'Filters',
        body: [
          {
            kind: 'form',
            layout: 'inline',
            fields:
              v === 1
                ? [
                    { kind: 'date', label: 'Date', name: 'date', mark: m('l-date') },
                    { kind: 'select', label: 'Theatre', name: 'theatre', options: ['All', 'OT 1', 'OT 3', 'OT 5'], placeholder: 'All theatres', mark: m('l-theatre') },
                    { kind: 'input', label: 'Surgeon', name: 'surgeon', placeholder: 'Name or staff ID', mark: m('l-surgeon') },
                  ]
                : [
                    { kind: 'select', label: 'Theatre', name: 'theatre', options: ['All', 'OT 1', 'OT 3', 'OT 5', 'Day surgery'], placeholder: 'All theatres', mark: m('l-theatre') },
                    { kind: 'date', label: 'List date', name: 'date', mark: m('l-date') },
                    { kind: 'input', label: 'Consultant surgeon', name: 'surgeon', placeholder: 'Name or staff ID', mark: m('l-surgeon') },
                  ],
            buttons:
              v === 1
                ? [b('Search', { variant: 'primary', icon: 'search', mark: m('l-search') }), b('Reset', { mark: m('l-reset') })]
                : [b('Search', { variant: 'primary', icon: 'search', size: 'small', mark: m('l-search') }), b('Reset', { size: 'small', variant: 'text', mark: m('l-reset') })],
          },
        ],
      },
      {
        kind: 'toolbar',
        buttons:
          v === 1
            ? [
                icon('print', { aria: 'Print list', mark: m('l-print') }),
                icon('download', { title: 'Export to CSV', mark: m('l-export') }),
                icon('refresh', { aria: 'Refresh', mark: m('l-refresh') }),
                icon('bell', { aria: 'Notifications', mark: m('l-bell') }),
              ]
            : [icon('refresh', { aria: 'Refresh', mark: m('l-refresh') }), icon('bell', { aria: 'Notifications', size: 'small', mark: m('l-bell') }), icon('print', { aria: 'Print list', mark: m('l-print') })],
      },
      {
        kind: 'tabs',
        active: 'today',
        size: v === 1 ? 'middle' : 'small',
        items:
          v === 1
            ? [
                { key: 'today', label: 'Today', mark: m('l-tab-today') },
                { key: 'week', label: 'This week', mark: m('l-tab-week') },
                { key: 'pending', label: 'Pending approval', mark: m('l-tab-pending') },
                { key: 'cancelled', label: 'Cancelled', mark: m('l-tab-cancelled') },
              ]
            : [
                { key: 'today', label: 'Today', mark: m('l-tab-today') },
                { key: 'week', label: 'This week', mark: m('l-tab-week') },
                { key: 'cancelled', label: 'Cancelled', mark: m('l-tab-cancelled') },
                { key: 'pending', label: 'Awaiting approval', mark: m('l-tab-pending') },
              ],
        body: [
          {
            kind: 'card',
            title: 'Scheduled cases',
            titleMark: m('l-card-cases'),
            extra:
              v === 1
                ? [b('Add case', { variant: 'primary', mark: m('l-add-case') }), b('Swap slots', { mark: m('l-swap') })]
                : [b('Add case', { variant: 'primary', disabled: true }), b('Swap slots', { mark: m('l-swap') }), b('Add case', { size: 'small', mark: m('l-add-case') })],
            body: [cases],
          },
          // v1: the booking form inline under the list; v2: the same form in a dialog
          ...(v === 1
            ? [
                {
                  kind: 'card' as const,
                  title: 'Book a case',
                  titleMark: m('l-book-title'),
                  body: [{ kind: 'form' as const, layout: 'vertical' as const, fields: bookingFields, buttons: [b('Save booking', { variant: 'primary', mark: m('l-save') }), b('Clear', { mark: m('l-clear') })] }],
                },
              ]
            : []),
          {
            kind: 'card',
            title: v === 1 ? 'Surgical safety checklist' : 'WHO surgical safety checklist',
            titleMark: m('l-card-safety'),
            body:
              v === 1
                ? [{ kind: 'form', layout: 'vertical', fields: [safety], buttons: [b('Sign in', { variant: 'primary', mark: m('l-sign-in') })] }]
                : [
                    {
                      kind: 'tabs',
                      active: 'signin',
                      size: 'small',
                      items: [{ key: 'signin', label: 'Sign in' }, { key: 'timeout', label: 'Time out' }, { key: 'signout', label: 'Sign out' }],
                      body: [{ kind: 'form', layout: 'vertical', fields: [safety], buttons: [b('Confirm time out', { disabled: true }), b('Confirm sign in', { variant: 'primary', mark: m('l-sign-in') })] }],
                    },
                  ],
          },
        ],
      },
    ],
    modal: v === 2 ? bookingModal : undefined,
  };
}

export const HOLDOUT_SCREENS: { name: string; page: (v: 1 | 2) => PageSpec }[] = [
  { name: 'transfusion-request', page: transfusionRequest },
  { name: 'theatre-scheduling', page: theatreScheduling },
];

/** What the upgrade does to each target of these screens (README and report only). */
export const HOLDOUT_SCREEN_OPERATORS: Record<string, Operator[]> = {
  'k-routine': ['into-modal', 'reword', 'reorder'], 'k-urgent': ['into-modal', 'reorder'], 'k-massive': ['into-modal'], 'k-purpose': ['into-modal', 'reword', 'reorder'],
  'k-history': ['into-modal', 'reorder'], 'k-pregnancy': ['into-modal', 'reorder'], 'k-indication': ['into-modal', 'reword', 'reorder'], 'k-doctor': ['into-modal'],
  'k-apply-title': ['into-modal'], 'k-draft': ['into-modal', 'reword'], 'k-submit': ['into-modal', 'reword'],
  'k-screen-hbv': ['reword'], 'k-screen-hcv': ['reword'], 'k-screen-syphilis': ['reorder'], 'k-screen-hiv': ['reword', 'reorder'], 'k-rh-pos': ['unchanged'], 'k-rh-neg': ['unchanged'],
  'k-abo': ['unchanged'], 'k-hb': ['reword'], 'k-plt': ['reword'], 'k-card-pretest': ['reword'],
  'k-col-component': ['unchanged'], 'k-col-amount': ['reword'], 'k-edit-row0': ['decoy-same-label'], 'k-delete-row1': ['reword'],
  'k-nav-crossmatch': ['reorder'], 'k-nav-stock': ['reword', 'reorder'], 'k-nav-approval': ['reorder'], 'k-nav-reaction': ['reword'], 'k-nav-records': ['removed'],
  'k-switch-patient': ['reorder', 'variant'], 'k-emr': ['reword', 'reorder'], 'k-heading': ['reword'],
  'k-new': ['reword', 'reorder', 'size'], 'k-print': ['reorder', 'size'], 'k-refresh': ['reorder', 'size'],
  'k-tab-request': ['size'], 'k-tab-crossmatch': ['reword', 'reorder', 'size'], 'k-tab-issue': ['reorder', 'size'], 'k-tab-consent': ['reword', 'reorder', 'size'],
  'k-card-components': ['unchanged'], 'k-add-component': ['reorder', 'variant', 'size', 'decoy-disabled-twin'], 'k-clear': ['variant'],
  'k-card-approval': ['unchanged'], 'k-approve-senior': ['variant'], 'k-approve-director': ['decoy-disabled-twin'],
  'l-mrn': ['into-modal', 'reword'], 'l-procedure': ['into-modal', 'reword'], 'l-left': ['into-modal', 'reorder'], 'l-right': ['into-modal', 'reorder'], 'l-bilateral': ['into-modal', 'reword', 'reorder'],
  'l-anaesthesia': ['into-modal', 'reword', 'reorder'], 'l-duration': ['into-modal', 'reword', 'reorder'], 'l-elective': ['into-modal', 'reorder'], 'l-urgent': ['into-modal', 'reorder'],
  'l-emergency': ['into-modal', 'reword', 'reorder'], 'l-eq-ii': ['into-modal', 'reword'], 'l-eq-microscope': ['into-modal', 'reword', 'reorder'], 'l-eq-cellsaver': ['into-modal', 'reorder'],
  'l-icu': ['into-modal', 'reword'], 'l-book-title': ['into-modal', 'reword'], 'l-save': ['into-modal', 'reword'], 'l-clear': ['into-modal', 'variant', 'reorder'],
  'l-nav-requests': ['reword', 'reorder'], 'l-nav-anaesthesia': ['reorder'], 'l-nav-rooms': ['reorder'], 'l-nav-checklist': ['reword'], 'l-nav-reports': ['removed'], 'l-heading': ['ids-shift'],
  'l-date': ['reword', 'reorder'], 'l-theatre': ['reorder'], 'l-surgeon': ['reword'], 'l-search': ['size'], 'l-reset': ['size', 'variant'],
  'l-print': ['reorder'], 'l-export': ['removed'], 'l-refresh': ['reorder'], 'l-bell': ['reorder', 'size'],
  'l-tab-today': ['size'], 'l-tab-week': ['size'], 'l-tab-pending': ['reword', 'reorder', 'size'], 'l-tab-cancelled': ['reorder', 'size'],
  'l-card-cases': ['unchanged'], 'l-add-case': ['reorder', 'variant', 'size', 'decoy-disabled-twin'], 'l-swap': ['reorder'], 'l-col-procedure': ['size'], 'l-col-asa': ['reword', 'size'],
  'l-edit-row0': ['reorder', 'variant'], 'l-checkin-row1': ['reorder', 'variant'], 'l-cancel-row2': ['reword', 'variant'],
  'l-card-safety': ['reword', 'redesign'], 'l-consent': ['redesign', 'reword'], 'l-site-marked': ['redesign', 'reorder'], 'l-fasting': ['redesign', 'reword', 'reorder'],
  'l-sign-in': ['redesign', 'reword', 'decoy-disabled-twin'],
};
