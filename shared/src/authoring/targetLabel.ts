import type { Language } from '../schema/localizedText.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { defineMessages, pairText } from '../i18n/messagePairs.ts';
import { holdsPatientData } from './patientDataPatterns.ts';

/** What kind of control a target is, in the mentor's words. */
export const targetKindMessages = defineMessages({
  button: ['按钮', 'button'],
  link: ['链接', 'link'],
  textbox: ['输入框', 'text field'],
  combobox: ['下拉框', 'drop-down'],
  listbox: ['列表框', 'list box'],
  option: ['选项', 'option'],
  checkbox: ['复选框', 'checkbox'],
  radio: ['单选项', 'radio button'],
  switch: ['开关', 'switch'],
  tab: ['标签页', 'tab'],
  menuitem: ['菜单项', 'menu item'],
  heading: ['标题', 'heading'],
  row: ['表格行', 'table row'],
  cell: ['单元格', 'table cell'],
  columnheader: ['列标题', 'column header'],
  img: ['图片', 'image'],
  dialog: ['对话框', 'dialog'],
  treeitem: ['树节点', 'tree item'],
  region: ['区域', 'region'],
  element: ['元素', 'element'],
  quoted: ['{kind}“{name}”', '{kind} “{name}”'],
  unnamed: ['{kind}（未记录名称）', '{kind} (no name recorded)'],
  within: ['{label}（位于“{ancestor}”中）', '{label} in “{ancestor}”'],
  withinKind: ['{label}（位于{ancestor}中）', '{label} in a {ancestor}'],
});
export type TargetKind = Exclude<keyof typeof targetKindMessages, 'quoted' | 'unnamed' | 'within' | 'withinKind'>;

const ROLE_KINDS: Record<string, TargetKind> = {
  button: 'button', link: 'link', textbox: 'textbox', searchbox: 'textbox', spinbutton: 'textbox', combobox: 'combobox', listbox: 'listbox',
  option: 'option', checkbox: 'checkbox', radio: 'radio', switch: 'switch', tab: 'tab', menuitem: 'menuitem', menuitemcheckbox: 'menuitem',
  menuitemradio: 'menuitem', heading: 'heading', row: 'row', cell: 'cell', gridcell: 'cell', columnheader: 'columnheader', img: 'img',
  dialog: 'dialog', alertdialog: 'dialog', treeitem: 'treeitem', region: 'region',
};

/** The kind of control, from its role, else its tag and input type. */
export function targetKind(fp: Pick<TargetFingerprint, 'tag' | 'role' | 'inputType' | 'sectionTitle'>): TargetKind {
  const byRole = fp.role ? ROLE_KINDS[fp.role] : undefined;
  if (byRole) return byRole;
  const tag = fp.tag;
  if (tag === 'button') return 'button';
  if (tag === 'a') return 'link';
  if (tag === 'select') return 'combobox';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'img' || tag === 'svg') return 'img';
  if (/^h[1-6]$/.test(tag) || fp.sectionTitle) return 'heading';
  if (tag === 'input') {
    const type = fp.inputType ?? 'text';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
    return 'textbox';
  }
  if (tag === 'tr') return 'row';
  if (tag === 'td') return 'cell';
  if (tag === 'th') return 'columnheader';
  if (tag === 'option') return 'option';
  if (tag === 'section') return 'region';
  if (tag === 'dialog') return 'dialog';
  return 'element';
}

const NAME_MAX = 40;

/** A label text fit to show: trimmed, shortened, and none at all when it looks like patient data. */
export function shownLabel(text: string | undefined): string | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean || holdsPatientData(clean)) return undefined;
  return clean.length > NAME_MAX ? `${clean.slice(0, NAME_MAX - 1)}…` : clean;
}

/**
 * The name a mentor knows the target by, from the fingerprint's own label fields only (accessible
 * name, <label>, aria-label, its short text, the label beside it, placeholder, title, column header):
 * never ids, classes, CSS or data-* values, and never a text that looks like patient data.
 */
export function targetName(fp: TargetFingerprint): string | undefined {
  const a = fp.anchors ?? {};
  const candidates = [fp.accessibleName, a.labelText, a.ariaLabel, fp.text, fp.context?.nearbyLabel, a.placeholder, a.title, fp.context?.columnHeader];
  for (const candidate of candidates) {
    const name = shownLabel(candidate);
    if (name) return name;
  }
  return undefined;
}

/** A target as a mentor reads it: 按钮“新建患者” / button “New patient”, and the dialog or section it sits in. */
export function targetLabel(fp: TargetFingerprint, language: Language): string {
  const kind = pairText(targetKindMessages, language, targetKind(fp));
  const name = targetName(fp);
  // without a label field (a pack written by hand), say so: the mentor can pick it again on the page
  const label = pairText(targetKindMessages, language, name ? 'quoted' : 'unnamed', { kind, name: name ?? '' });
  const ancestor = shownLabel(fp.context?.ancestorLabel);
  if (ancestor && ancestor !== name) return pairText(targetKindMessages, language, 'within', { label, ancestor });
  const ancestorKind = fp.context?.ancestorRole ? ROLE_KINDS[fp.context.ancestorRole] : undefined;
  return ancestorKind === 'dialog' ? pairText(targetKindMessages, language, 'withinKind', { label, ancestor: pairText(targetKindMessages, language, 'dialog') }) : label;
}
