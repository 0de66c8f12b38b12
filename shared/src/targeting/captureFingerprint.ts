import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import {
  SignalReader,
  attrSelector,
  cssIdent,
  dataAttributesOf,
  iconOf,
  inDataTable,
  inputTypeOf,
  isDisabled,
  isFieldLike,
  isTitleLike,
  nameTextOf,
  roleOf,
  stableClassesOf,
  stableIdOf,
  stableNameOf,
} from './elementSignals.ts';
import { developerPartOf, isVariantClass, looksGenerated } from './generatedNames.ts';
import { scopeOf } from './targetScope.ts';
import { comparableText, textSimilarity } from './textSimilarity.ts';
import { NAME_ALIKE } from './scoreCandidate.ts';
import { withoutPageData } from './pageDataFilter.ts';
import { peerKindOf, peerNamesOf } from './peerNames.ts';

/**
 * Record what identifies an element, leaving out anything a vendor build generates.
 * Text is recorded only where it names the element (buttons, tabs, headings, labels), never the
 * content of fields or data cells: a pack must not carry patient data. Inside a grid's data rows,
 * aria-label and title are left out too ("退号：张三" names the record, not the button).
 * Last, withoutPageData takes out whatever still looks like patient data or sits in a data record.
 */
export function captureFingerprint(el: Element): TargetFingerprint {
  const reader = new SignalReader();
  const inRecord = inDataTable(el);
  const anchors: TargetFingerprint['anchors'] = {};
  const id = stableIdOf(el);
  if (id) anchors.id = id;
  const name = stableNameOf(el);
  if (name) anchors.name = name;
  const data = dataAttributesOf(el);
  // in a record, only code-like values (data-action="refund"), never words that may be a name
  if (inRecord) for (const [key, value] of Object.entries(data)) if (!/^[A-Za-z][\w.:-]*$/.test(value)) delete data[key];
  if (Object.keys(data).length > 0) anchors.data = data;
  const ariaLabel = inRecord ? undefined : shortAttr(el, 'aria-label');
  if (ariaLabel) anchors.ariaLabel = ariaLabel;
  const labelText = reader.labelTextOf(el);
  if (labelText) anchors.labelText = labelText;
  const placeholder = shortAttr(el, 'placeholder');
  if (placeholder) anchors.placeholder = placeholder;
  const title = inRecord ? undefined : shortAttr(el, 'title');
  if (title) anchors.title = title;
  const type = inputTypeOf(el);
  if (type === 'radio' || type === 'checkbox') {
    const value = shortAttr(el, 'value');
    if (value && !looksGenerated(value) && value !== 'on') anchors.value = value;
  }

  const tag = el.tagName.toLowerCase();
  const classes = stableClassesOf(el);
  const fingerprint: TargetFingerprint = { anchors, tag, css: cssCandidates(el, tag, anchors, classes) };
  const role = roleOf(el);
  if (role) fingerprint.role = role;
  const text = nameTextOf(el);
  const accessibleName = inRecord ? text : reader.accessibleNameOf(el);
  if (accessibleName) fingerprint.accessibleName = accessibleName;
  if (text) fingerprint.text = text;
  // the picture is the name of a control without words; beside words it is decoration that
  // look-alikes share (保存 and 保存草稿 both show the save icon), and a field's icon says its kind
  const worded = text || anchors.ariaLabel || anchors.labelText || anchors.title;
  const icon = worded || isFieldLike(el) ? undefined : iconOf(el);
  if (icon) fingerprint.icon = icon;
  else if (worded && !isFieldLike(el)) {
    const beside = iconOf(el);
    if (beside && iconIsOwn(el, beside)) fingerprint.wordIcon = beside;
  }
  const inputType = inputTypeOf(el);
  if (inputType) fingerprint.inputType = inputType;
  if (classes.length > 0) fingerprint.classes = classes;

  const context: NonNullable<TargetFingerprint['context']> = { ...reader.ancestorContextOf(el) };
  // a section's own title is not inside a section of that name: its text says it already
  if (text && context.ancestorLabel && comparableText(context.ancestorLabel) === comparableText(text)) {
    delete context.ancestorLabel;
    delete context.ancestorRole;
  }
  if (!labelText) {
    const nearby = reader.nearbyLabelOf(el);
    if (nearby) context.nearbyLabel = nearby;
  }
  if (context.ancestorLabel && accessibleName && !inRecord) {
    const sections = namesakeSectionsOf(el, accessibleName, context.ancestorLabel, reader);
    if (sections) context.namesakeSections = sections;
  }
  // a control without words of its own beside a field is part of it: every number input has the
  // same steppers, told apart by whose they are
  if (!text && !labelText && !isFieldLike(el)) {
    const fieldLabel = reader.fieldLabelOf(el);
    if (fieldLabel) context.fieldLabel = fieldLabel;
  }
  const columnHeader = reader.columnHeaderOf(el);
  if (columnHeader) context.columnHeader = columnHeader;
  const gridColumn = reader.gridColumnOf(el);
  if (gridColumn) context.gridColumn = gridColumn;
  if (Object.keys(context).length > 0) fingerprint.context = context;

  if (isDisabled(el)) fingerprint.disabled = true;
  // a table has no accessible name of its own here: its column headers name it
  const ownName = accessibleName ?? (el.tagName === 'TABLE' ? text : undefined);
  if (ownName && !inRecord && nameIsUnique(el, ownName, reader)) fingerprint.uniqueName = true;
  if (!inRecord && isTitleLike(el)) fingerprint.sectionTitle = true;
  const peers = peerNamesOf(el, reader);
  if (peers) fingerprint.peers = peers;
  const position = reader.positionOf(el);
  if (position) fingerprint.position = position;
  const scope = scopeOf(el);
  if (scope.length > 0) fingerprint.scope = scope;
  return withoutPageData(fingerprint, el);
}

/**
 * Whether no other element of the element's tag and role in its root has a name alike (as alike as
 * a name that does not say something else: 保存 and 保存草稿 are alike here). Hidden ones count: a
 * closed dialog's 保存 is a look-alike too.
 */
function nameIsUnique(el: Element, name: string, reader: SignalReader): boolean {
  const root = el.getRootNode() as ParentNode;
  const role = el.getAttribute('role');
  const sameTag = root.querySelectorAll(el.tagName.toLowerCase());
  for (let i = 0; i < sameTag.length; i++) {
    const other = sameTag[i]!;
    if (other === el || other.getAttribute('role') !== role) continue;
    const otherName = other.tagName === 'TABLE' ? nameTextOf(other) : reader.accessibleNameOf(other);
    if (otherName && textSimilarity(name, otherName) >= NAME_ALIKE) return false;
  }
  return true;
}

/** Most namesake section titles kept, and most elements of the tag read to find them. */
const MAX_NAMESAKE_SECTIONS = 8;
const MAX_NAMESAKE_SCAN = 500;

/**
 * The section titles around the other elements of the element's tag and role in its root that
 * bear its name word for word (another card's 新增), other than its own section's title; undefined
 * when there is no such element, or too many elements of the tag to read. Hidden ones count: a
 * collapsed card's 新增 is a namesake too.
 */
function namesakeSectionsOf(el: Element, name: string, ownSection: string, reader: SignalReader): string[] | undefined {
  const root = el.getRootNode() as ParentNode;
  const role = el.getAttribute('role');
  const sameTag = root.querySelectorAll(el.tagName.toLowerCase());
  if (sameTag.length > MAX_NAMESAKE_SCAN) return undefined;
  const key = comparableText(name);
  const own = comparableText(ownSection);
  let namesakes = 0;
  const sections: string[] = [];
  for (let i = 0; i < sameTag.length; i++) {
    const other = sameTag[i]!;
    if (other === el || other.getAttribute('role') !== role || other.contains(el) || el.contains(other)) continue;
    if (comparableText(reader.accessibleNameOf(other)) !== key) continue;
    namesakes++;
    const section = reader.ancestorContextOf(other)?.ancestorLabel;
    if (!section || section.length > 40 || comparableText(section) === own || sections.includes(section)) continue;
    if (sections.length < MAX_NAMESAKE_SECTIONS) sections.push(section);
  }
  return namesakes > 0 ? sections : undefined;
}

/** No other control of the element's kind in its root shows this icon (at most a few hundred looked at). */
function iconIsOwn(el: Element, icon: string): boolean {
  const kind = peerKindOf(el);
  if (!kind) return false;
  const sameTag = (el.getRootNode() as ParentNode).querySelectorAll(el.tagName.toLowerCase());
  if (sameTag.length > 500) return false;
  for (let i = 0; i < sameTag.length; i++) {
    const other = sameTag[i]!;
    if (other !== el && peerKindOf(other) === kind && iconOf(other) === icon) return false;
  }
  return true;
}

function shortAttr(el: Element, name: string): string | undefined {
  const value = (el.getAttribute(name) ?? '').replace(/\s+/g, ' ').trim();
  return value && value.length <= 80 ? value : undefined;
}

/** Up to three short selectors, each unique in the element's own root when captured. */
function cssCandidates(el: Element, tag: string, anchors: TargetFingerprint['anchors'], classes: string[]): string[] {
  const options: string[] = [];
  if (anchors.id) options.push(`${tag}#${cssIdent(anchors.id)}`);
  // generated client ids still end in the developer's own name: input[id$="_txtCardNo"]
  for (const attr of ['id', 'name']) {
    const dev = developerPartOf(el.getAttribute(attr) ?? '');
    if (dev) options.push(`${tag}${attrSelector(attr, `${dev.separator}${dev.part}`).replace('=', '$=')}`);
  }
  if (anchors.name) options.push(`${tag}${attrSelector('name', anchors.name)}`);
  if (anchors.name && anchors.value) options.push(`${tag}${attrSelector('name', anchors.name)}${attrSelector('value', anchors.value)}`);
  for (const [key, value] of Object.entries(anchors.data ?? {})) options.push(`${tag}${attrSelector(`data-${key}`, value)}`);
  if (anchors.ariaLabel) options.push(`${tag}${attrSelector('aria-label', anchors.ariaLabel)}`);
  // a selector of classes that say the element's kind, never its look: the one primary button of
  // a form is not the same button once an upgrade makes another one primary
  const kind = classes.filter((c) => !isVariantClass(c));
  if (kind.length > 0) options.push(`${tag}${kind.map((c) => `.${cssIdent(c)}`).join('')}`);
  const root = el.getRootNode() as ParentNode;
  const out: string[] = [];
  for (const selector of options) {
    try {
      if (root.querySelectorAll(selector).length === 1) out.push(selector);
    } catch {
      // an attribute value the DOM cannot put in a selector: skip it
    }
    if (out.length === 3) break;
  }
  return out;
}
