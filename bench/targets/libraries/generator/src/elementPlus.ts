// Element Plus renderer: PageSpec -> Vue 3 render functions (no SFC compiler). Bundled by ../../regenerate.ts.
import { createApp, h, reactive, type VNode } from 'vue';
import ElementPlus, {
  ElAlert, ElAside, ElButton, ElCard, ElCheckbox, ElCheckboxGroup, ElConfigProvider, ElContainer, ElDatePicker, ElDescriptions, ElDescriptionsItem, ElDialog, ElForm, ElFormItem, ElIcon,
  ElInput, ElInputNumber, ElMain, ElMenu, ElMenuItem, ElOption, ElRadio, ElRadioGroup, ElSelect, ElSpace, ElSwitch, ElTabPane, ElTable, ElTableColumn, ElTabs, ElTag, ElText,
} from 'element-plus';
import 'element-plus/dist/index.css';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import en from 'element-plus/es/locale/lang/en';
import { Bell, Delete, Document, Download, Edit, House, Plus, Printer, Refresh, Search, Setting, User } from '@element-plus/icons-vue';
import type { ButtonSpec, ChoiceSpec, FieldSpec, IconName, Node, PageSpec } from '../../spec.ts';

const ICONS: Record<IconName, unknown> = { print: Printer, refresh: Refresh, edit: Edit, delete: Delete, add: Plus, search: Search, user: User, setting: Setting, download: Download, bell: Bell, file: Document, home: House };
const SIZE = { small: 'small', middle: 'default', large: 'large' } as const;
const key = (mark?: { id: string }) => (mark ? { 'data-gen-key': mark.id } : {});

function button(s: ButtonSpec): VNode {
  const v = s.variant;
  return h(
    ElButton,
    {
      type: v === 'primary' ? 'primary' : v === 'danger' ? 'danger' : v === 'link' ? 'primary' : 'default',
      link: v === 'link' || v === 'text' ? true : undefined,
      plain: v === 'dashed' ? true : undefined,
      size: s.size ? SIZE[s.size] : undefined,
      disabled: s.disabled,
      icon: s.icon ? (ICONS[s.icon] as any) : undefined,
      circle: s.icon && !s.label ? true : undefined,
      'aria-label': s.aria,
      title: s.title,
      ...key(s.mark),
    },
    s.label ? () => s.label : undefined,
  );
}

function field(f: FieldSpec | ChoiceSpec, model: Record<string, any>): VNode {
  const bind = (name: string) => ({ modelValue: model[name], 'onUpdate:modelValue': (v: unknown) => (model[name] = v) });
  if (f.kind === 'radio') {
    return h(ElFormItem, { label: f.label }, () =>
      h(ElRadioGroup, bind(f.name), () => f.options.map((o) => h(ElRadio, { value: o.value, disabled: o.disabled, ...key(o.mark) }, () => o.label))),
    );
  }
  if (f.kind === 'checkbox') {
    return h(ElFormItem, { label: f.label || undefined }, () =>
      h(ElCheckboxGroup, bind(f.name), () => f.options.map((o) => h(ElCheckbox, { value: o.value, ...key(o.mark) }, () => o.label))),
    );
  }
  const common = { ...bind(f.name), placeholder: f.placeholder, disabled: f.disabled, ...key(f.mark) };
  const control =
    f.kind === 'textarea' ? h(ElInput, { ...common, type: 'textarea', rows: 2 })
    : f.kind === 'select' ? h(ElSelect, { ...common, style: 'width: 220px' }, () => (f.options ?? []).map((o) => h(ElOption, { label: o, value: o })))
    : f.kind === 'number' ? h(ElInputNumber, common)
    : f.kind === 'switch' ? h(ElSwitch, common)
    : f.kind === 'date' ? h(ElDatePicker, { ...common, type: 'date' })
    : h(ElInput, common);
  return h(ElFormItem, { label: f.label, prop: f.name }, () => control);
}

function node(n: Node): VNode | null {
  switch (n.kind) {
    case 'button':
      return button(n);
    case 'alert':
      return h(ElAlert, { type: 'info', title: n.text, showIcon: true, closable: false, style: 'margin-bottom: 12px' });
    case 'heading':
      return h(`h${n.level}`, { class: 'page-title' }, n.text);
    case 'banner':
      return h(ElCard, { shadow: 'never', bodyStyle: { padding: '10px 16px' }, style: 'margin-bottom: 12px' }, () =>
        h(ElSpace, { size: 24, wrap: true }, () => [
          ...n.items.map((it) => h('span', [h(ElText, { type: 'info' }, () => `${it.label}：`), h(ElText, { tag: 'b' }, () => it.value)])),
          ...(n.tags ?? []).map((t) => h(ElTag, { type: 'warning' }, () => t)),
          ...n.actions.map(button),
        ]),
      );
    case 'toolbar':
      return h('div', { class: 'toolbar', style: 'margin-bottom: 12px' }, n.buttons.map(button));
    case 'descriptions':
      return h(ElDescriptions, { title: n.title, column: 3 }, () => n.items.map((it) => h(ElDescriptionsItem, { label: it.label }, () => it.value)));
    case 'card':
      return h(ElCard, { shadow: 'never', style: 'margin-bottom: 12px' }, {
        header: () =>
          h('div', { class: 'card-header', style: 'display:flex;justify-content:space-between;align-items:center' }, [h('span', n.title), n.extra && n.extra.length > 0 ? h('div', n.extra.map(button)) : null]),
        default: () => n.body.map(node),
      });
    case 'table':
      return h(ElTable, { data: n.rows, size: n.size === 'small' ? 'small' : 'default', style: 'width: 100%' }, () => [
        ...n.columns.map((c) => h(ElTableColumn, { prop: c.key, label: c.title })),
        ...(n.actions
          ? [
              h(ElTableColumn, { label: n.actionsTitle, width: 180 }, {
                default: (scope: { $index: number }) =>
                  n.actions!.filter((a) => !a.onlyRows || a.onlyRows.includes(scope.$index)).map((a) =>
                    h(ElButton, { link: true, type: a.danger ? 'danger' : 'primary', size: 'small', disabled: a.disabledRows?.includes(scope.$index), ...key(a.marks?.[scope.$index]) }, () => a.label),
                  ),
              }),
            ]
          : []),
      ]);
    case 'form': {
      const model = reactive<Record<string, any>>({});
      for (const f of n.fields) model[f.name] = 'value' in f && f.value !== undefined ? (f.kind === 'radio' ? (f.value as string[])[0] : f.value) : f.kind === 'checkbox' ? [] : f.kind === 'switch' ? false : f.kind === 'number' ? undefined : '';
      return h(ElForm, { model, labelPosition: n.layout === 'vertical' ? 'top' : 'right', labelWidth: n.layout === 'vertical' ? undefined : '120px', inline: n.layout === 'inline', size: n.size ? SIZE[n.size] : undefined }, () => [
        ...n.fields.map((f) => field(f, model)),
        ...(n.buttons && n.buttons.length > 0 ? [h(ElFormItem, null, () => n.buttons!.map(button))] : []),
      ]);
    }
    case 'tabs':
      return h(ElTabs, { modelValue: n.active }, () => n.items.map((t) => h(ElTabPane, { label: t.label, name: t.key }, () => (t.key === n.active ? n.body.map(node) : null))));
    case 'modal':
      return null;
  }
}

function page(spec: PageSpec): VNode {
  const main = h(ElMain, null, () => spec.body.map(node));
  return h(ElConfigProvider, { locale: spec.lang === 'zh' ? zhCn : en }, () => [
    h(ElContainer, { style: 'min-height: 100vh' }, () => [
      spec.nav
        ? h(ElAside, { width: '200px' }, () =>
            h(ElMenu, { defaultActive: spec.nav!.selected, style: 'height: 100%' }, () =>
              spec.nav!.items.map((it) => h(ElMenuItem, { index: it.key }, () => [it.icon ? h(ElIcon, null, () => h(ICONS[it.icon!] as any)) : null, h('span', it.label)])),
            ),
          )
        : null,
      main,
    ]),
    spec.modal
      ? h(ElDialog, { modelValue: true, title: spec.modal.title, width: '640px', appendToBody: true, closeOnClickModal: false }, {
          default: () => spec.modal!.body.map(node),
          footer: () => h('div', { class: 'dialog-footer' }, spec.modal!.footer.map(button)),
        })
      : null,
  ]);
}

(globalThis as any).__mount = (spec: PageSpec) => {
  document.title = spec.title;
  document.documentElement.lang = spec.lang === 'zh' ? 'zh-CN' : 'en';
  createApp({ render: () => page(spec) }).use(ElementPlus).mount('#root');
};
