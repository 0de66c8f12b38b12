/**
 * Library-independent description of the corpus pages. Each library's renderer (render*.ts[x])
 * turns a PageSpec into that library's real components; the markup is the library's, not ours.
 *
 * A target is named by `mark` on a spec node; after render, regenerate.ts finds the DOM element
 * (the library's own <button>, [role=tab], <input>…) and puts `data-bench-id` on it.
 * All patient data is synthetic and obviously fake (测试患者甲, "Test Patient Alpha", MRN T0000…).
 */
export type Lang = 'zh' | 'en';
export type Variant = 'primary' | 'default' | 'dashed' | 'text' | 'link' | 'danger';
export type Size = 'small' | 'middle' | 'large';
export type IconName = 'print' | 'refresh' | 'edit' | 'delete' | 'add' | 'search' | 'user' | 'setting' | 'download' | 'bell' | 'file' | 'home';

/** how the mark finds its DOM element after render */
export type MarkKind = 'button' | 'menuitem' | 'tab' | 'field' | 'radio' | 'checkbox' | 'switch' | 'title';

export interface Mark {
  id: string;
  /** the resolver cannot tell it from its peers even on the recording page */
  expect?: 'ambiguous';
}

export interface ButtonSpec {
  kind: 'button';
  label?: string;
  icon?: IconName;
  /** aria-label of an icon-only button (none: the button has no accessible name, as in many HIS) */
  aria?: string;
  /** title attribute (tooltip text some vendors use instead of aria-label) */
  title?: string;
  variant?: Variant;
  size?: Size;
  disabled?: boolean;
  mark?: Mark;
}

export interface FieldSpec {
  kind: 'input' | 'select' | 'textarea' | 'number' | 'switch' | 'date';
  label: string;
  name: string;
  placeholder?: string;
  options?: string[];
  value?: string;
  disabled?: boolean;
  mark?: Mark;
}

export interface ChoiceSpec {
  kind: 'radio' | 'checkbox';
  label: string;
  name: string;
  options: { label: string; value: string; mark?: Mark; disabled?: boolean }[];
  value?: string[];
}

export interface MenuSpec {
  kind: 'menu';
  items: { key: string; label: string; icon?: IconName; mark?: Mark }[];
  selected: string;
}

export interface TabsSpec {
  kind: 'tabs';
  items: { key: string; label: string; mark?: Mark }[];
  active: string;
  size?: Size;
  body: Node[];
}

export interface CardSpec {
  kind: 'card';
  title: string;
  titleMark?: Mark;
  extra?: ButtonSpec[];
  body: Node[];
  size?: Size;
}

export interface TableSpec {
  kind: 'table';
  /** a column's header may be a target too (a tip on 皮试结果); marked by its title */
  columns: { key: string; title: string; mark?: Mark }[];
  rows: Record<string, string>[];
  /** per-row action buttons; marks name the row they belong to */
  actions?: { label: string; variant?: Variant; danger?: boolean; marks?: Record<number, Mark>; onlyRows?: number[]; /** rows where it shows disabled (a twin that cannot be used now) */ disabledRows?: number[] }[];
  actionsTitle?: string;
  size?: Size;
}

export interface FormSpec {
  kind: 'form';
  fields: (FieldSpec | ChoiceSpec)[];
  buttons?: ButtonSpec[];
  layout?: 'vertical' | 'horizontal' | 'inline';
  size?: Size;
}

export interface ModalSpec {
  kind: 'modal';
  title: string;
  titleMark?: Mark;
  body: Node[];
  footer: ButtonSpec[];
}

export interface DescriptionsSpec {
  kind: 'descriptions';
  title?: string;
  items: { label: string; value: string }[];
}

export interface ToolbarSpec {
  kind: 'toolbar';
  buttons: ButtonSpec[];
}

export interface BannerSpec {
  kind: 'banner';
  items: { label: string; value: string }[];
  tags?: string[];
  actions: ButtonSpec[];
}

export interface HeadingSpec {
  kind: 'heading';
  text: string;
  level: 3 | 4 | 5;
  mark?: Mark;
}

export interface AlertSpec {
  kind: 'alert';
  text: string;
}

export type Node = CardSpec | TableSpec | FormSpec | ModalSpec | DescriptionsSpec | ToolbarSpec | BannerSpec | HeadingSpec | AlertSpec | TabsSpec | ButtonSpec;

export interface PageSpec {
  title: string;
  lang: Lang;
  nav?: MenuSpec;
  body: Node[];
  /** a dialog open over the page (portal) */
  modal?: ModalSpec;
}

/** what a target sees from v1 to v2; reported in the README, not read by any resolver */
export type Operator =
  | 'reword'
  | 'reorder'
  | 'into-modal'
  | 'variant'
  | 'size'
  | 'ids-shift'
  | 'redesign'
  | 'decoy-disabled-twin'
  | 'decoy-same-label'
  | 'removed'
  | 'removed-one-lookalike'
  | 'unchanged';

export type LibraryName = 'antd' | 'element-plus' | 'mui' | 'arco' | 'bootstrap';
/** appended only: a library's index sets its removal split (split.ts) */
export const LIBRARIES: LibraryName[] = ['antd', 'element-plus', 'mui', 'arco', 'bootstrap'];

export interface CorpusCase {
  /** file stem: `<library>/<case>` */
  name: string;
  kind: 'screen' | 'removal';
  split: 'train' | 'test' | 'holdout';
  v1: PageSpec;
  v2: PageSpec;
  /** operators per target id */
  operators: Record<string, Operator[]>;
}
