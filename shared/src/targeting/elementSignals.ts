/**
 * Reading the signals of one element: shared by capture and resolve so both see the same thing.
 * A SignalReader lives for one capture or one resolve and caches what many candidates share
 * (label index of a root, the label of a section, the header row of a table).
 */
import { isIdentityDataAttribute, isStateClass, looksGenerated, looksGeneratedClass } from './generatedNames.ts';
import { stableHash } from '../record/stableHash.ts';

export { looksGenerated, looksGeneratedClass, isStateClass } from './generatedNames.ts';

export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Short text only: longer text is content (notes, results), not what names an element. */
function shortText(text: string | null | undefined, max: number): string | undefined {
  const t = normalizeText(text);
  return t && t.length <= max ? t : undefined;
}

const FORM_CONTROL = 'input, select, textarea, button, [contenteditable="true"], [role="textbox"], [role="combobox"]';
const FORM_CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button']);

/**
 * `el.matches(FORM_CONTROL)`, without asking the selector engine about elements it cannot match
 * (most of them): their local name, in any letter case, is none of its tags, and they carry
 * neither attribute it asks for.
 */
function isFormControl(el: Element): boolean {
  if (FORM_CONTROL_TAGS.has(lowered(el.localName))) return el.matches(FORM_CONTROL);
  return (el.hasAttribute('contenteditable') || el.hasAttribute('role')) && el.matches(FORM_CONTROL);
}

const IMPLICIT_ROLES: Record<string, string> = {
  button: 'button',
  select: 'combobox',
  textarea: 'textbox',
  table: 'table',
  nav: 'navigation',
  dialog: 'dialog',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  form: 'form',
  fieldset: 'group',
  ul: 'list',
  ol: 'list',
  li: 'listitem',
  option: 'option',
  tr: 'row',
  th: 'columnheader',
  td: 'cell',
  main: 'main',
  aside: 'complementary',
  progress: 'progressbar',
  summary: 'button',
};

const INPUT_ROLES: Record<string, string> = {
  checkbox: 'checkbox',
  radio: 'radio',
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  search: 'searchbox',
  number: 'spinbutton',
  range: 'slider',
};

const lowerNames = new Map<string, string>();

/** `name.toLowerCase()` for tag names, without a new string for every candidate of every resolve. */
function lowered(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    if (lowerNames.size > 500) lowerNames.clear();
    lowerNames.set(name, (lower = name.toLowerCase()));
  }
  return lower;
}

/** `el.tagName.toLowerCase()` */
function lowerTagOf(el: Element): string {
  return lowered(el.tagName);
}

export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.trim().split(/\s+/)[0];
  const tag = lowerTagOf(el);
  if (tag === 'input') return INPUT_ROLES[(el.getAttribute('type') ?? 'text').toLowerCase()] ?? 'textbox';
  if (tag === 'a') return el.hasAttribute('href') ? 'link' : undefined;
  if (tag === 'section') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : undefined;
  if (tag === 'select' && (el.hasAttribute('multiple') || Number(el.getAttribute('size') ?? '0') > 1)) return 'listbox';
  return IMPLICIT_ROLES[tag];
}

/** `type` of an <input>, lower case; undefined for other elements. */
export function inputTypeOf(el: Element): string | undefined {
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : undefined;
}

const TEXT_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'option', 'columnheader', 'heading', 'checkbox', 'radio', 'switch']);
const TEXT_TAGS = new Set(['button', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'label', 'legend', 'summary', 'caption', 'option']);

/** Grid header rows of EMR frameworks, whose cells are labels (never patient data). */
const HEADER_REGION = 'thead, [role="columnheader"], [role="rowheader"], .datagrid-header, [class*="grid-header"], [class*="table-header"], [class*="hd-row"]';

/**
 * Containers of a grid's header cells, by the exact class each framework gives them: EasyUI and
 * Ext JS 3 headers are <td> rows in a table of their own; the others use <th> or role
 * columnheader as well. Exact classes, so a query finds them without reading every element.
 */
export const GRID_HEADER_CLASSES = [
  'datagrid-header', // jQuery EasyUI
  'x-grid3-header', // Ext JS 3
  'x-grid-header-ct', // Ext JS 4+
  'layui-table-header',
  'ag-header', // AG Grid
  'k-grid-header', // Kendo UI
  'ui-jqgrid-hdiv', // jqGrid
  'vxe-table--header-wrapper',
  'el-table__header-wrapper', // Element UI / Plus
] as const;

/** Elements whose own text is their name (buttons, links, tabs, headings, header cells), not content. */
export function isTextBearing(el: Element): boolean {
  if (TEXT_TAGS.has(lowerTagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role !== null && TEXT_ROLES.has(role.trim().split(/\s+/)[0]!)) return true;
  if (el.childElementCount > 2 || isFieldLike(el)) return false;
  return el.closest(HEADER_REGION) !== null || isSectionTitle(el);
}

/** Icon-font and icon-component class names: `anticon-delete`, `el-icon-edit`, `layui-icon-add-1`, `fa-trash`, `bi-send`. */
const ICON_CLASS = /^(anticon|el-icon|t-icon|arco-icon|layui-icon|ivu-icon|van-icon|vxe-icon|fa|bi|glyphicon|mdi|ri|ti|icon|iconfont)-([a-z][a-z0-9-]*)$/i;
const ICON_CLASS_NOT_NAMES = /-(spin|spinning|loading|rotate|lg|sm|xs|fw|solid|regular|light|\dx)$/i;

/**
 * The icon an element shows, by name: what an icon-only button is known by (a sighted user reads
 * the picture). From the icon's class (`anticon-delete`), MUI's `data-testid="DeleteIcon"`, a
 * sprite reference (`<use href="#icon-send">`), a ligature font (`material-icons` "delete"), else
 * the shape itself: a short hash of the SVG's path data (Element Plus icons carry no name).
 * Read within the element's first few descendants only.
 */
export function iconOf(el: Element): string | undefined {
  // the first dozen descendants, without copying a big element's whole subtree
  const inside = el.getElementsByTagName('*');
  const nodes: Element[] = [el];
  for (let i = 0; i < inside.length && i < 12; i++) nodes.push(inside[i]!);
  for (const node of nodes) {
    const testId = node.getAttribute('data-testid');
    if (testId && /^[A-Z][A-Za-z0-9]*Icon$/.test(testId)) return testId;
    const cls = node.getAttribute('class');
    if (cls) {
      for (const token of cls.split(/\s+/)) if (ICON_CLASS.test(token) && !ICON_CLASS_NOT_NAMES.test(token)) return token.toLowerCase();
      if (/(^|\s)material-(icons|symbols)[\w-]*(\s|$)/.test(cls)) {
        const ligature = normalizeText(node.textContent);
        if (/^[a-z_]{2,40}$/.test(ligature)) return `material:${ligature}`;
      }
    }
    if (node.localName === 'use') {
      const href = node.getAttribute('href') ?? node.getAttribute('xlink:href') ?? '';
      const match = /^#([A-Za-z][\w-]{1,60})$/.exec(href);
      if (match) return match[1]!;
    }
  }
  for (const node of nodes) {
    if (node.localName !== 'svg') continue;
    const shape = Array.from(node.querySelectorAll('path'))
      .slice(0, 4)
      .map((p) => (p.getAttribute('d') ?? '').replace(/\s+/g, ' ').trim())
      .join('|');
    if (shape.length >= 20) return `svg:${stableHash(shape)}`;
  }
  return undefined;
}

/** A class that says "I am the title": antd `ant-card-head-title`, Element `el-dialog__title`, `panel-title`, `layui-card-header`. */
const TITLE_CLASS = /(^|[-_\s])(title|heading|head-title|header-title|subtitle|caption|legend)([-_\s]|$)/i;
const SECTION_TITLE_TAGS = new Set(['p', 'div', 'span', 'strong', 'b']);
const HEADER_ROW_CLASS = /(^|[-_\s])(head|header)([-_\s]|$)|[a-z]Header(-|$)/i;

/**
 * A section, card or dialog title drawn as a <div>/<p>/<span> instead of a heading: known by its
 * class, or by its place in the layout — the first child of a container (panel, card, section,
 * dialog), bold, with the container's content after it and no control inside it.
 */
export function isSectionTitle(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls !== null && TITLE_CLASS.test(cls)) return !el.querySelector(FORM_CONTROL);
  if (!SECTION_TITLE_TAGS.has(lowerTagOf(el))) return false;
  const parent = el.parentElement;
  if (!parent || parent.firstElementChild !== el) return false;
  if (el.querySelector(FORM_CONTROL)) return false;
  // the first words of a card's or dialog's header row, alone or before its buttons
  if (HEADER_ROW_CLASS.test(parent.getAttribute('class') ?? '') && (el.nextElementSibling === null || parent.querySelector(FORM_CONTROL) !== null)) return true;
  if (el.nextElementSibling === null || !isContainerElement(parent)) return false;
  return ['strong', 'b'].includes(lowerTagOf(el)) || el.firstElementChild?.matches('strong, b') === true || isBold(el);
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Heading tags, for queries: a heading's level is how big it looks, not which heading it is. */
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/**
 * Every element that may be a title of another kind: headings, legends, title classes (a card's
 * `ant-card-head-title`) and the first words of a header row (Bootstrap's `<div class="card-header">
 * <span>标题</span>`), which isSectionTitle reads as a title by its place.
 */
export const TITLE_SELECTOR = `${HEADING_SELECTOR}, legend, [class*="title" i], [class*="head" i] > :is(div, p, span, strong, b):first-child`;

/** A heading (any level, or role=heading), a legend, or a section title read by class or layout. */
export function isTitleLike(el: Element): boolean {
  const tag = lowerTagOf(el);
  if (HEADING_TAGS.has(tag) || tag === 'legend') return true;
  const role = el.getAttribute('role');
  if (role !== null) return role.trim().split(/\s+/)[0] === 'heading';
  return isSectionTitle(el);
}

/**
 * Font weights read during one resolve or capture: a style read may lay out the page, and the
 * same few first children are asked about for every candidate. A new SignalReader starts afresh
 * (styles change between resolves).
 */
let boldness = new WeakMap<Element, boolean>();

function isBold(el: Element): boolean {
  let bold = boldness.get(el);
  if (bold === undefined) {
    const view = el.ownerDocument.defaultView;
    const weight = view && typeof view.getComputedStyle === 'function' ? Number.parseInt(view.getComputedStyle(el).fontWeight, 10) : NaN;
    boldness.set(el, (bold = weight >= 600));
  }
  return bold;
}

/** A panel, card, section, dialog, form or region: what a section title or label belongs to. */
export function isContainerElement(node: Element): boolean {
  if (CONTAINER_TAGS.has(node.tagName)) return true;
  const role = node.getAttribute('role');
  if (role !== null && CONTAINER_ROLES.has(role)) return true;
  const cls = node.getAttribute('class');
  return cls !== null && isContainerClass(cls);
}

/** Whether the user cannot use the element now: disabled, or aria-disabled (a library's <div role=button>). */
export function isDisabled(el: Element): boolean {
  if (el.getAttribute('aria-disabled') === 'true') return true;
  // :disabled also holds for the controls of a disabled <fieldset>
  return 'disabled' in el && el.matches(':disabled');
}

/**
 * The text that names an element: its own short text when it is text-bearing; for a table, its
 * column headers (a grid is known by its columns, and they are labels, not records).
 */
export function nameTextOf(el: Element): string | undefined {
  if (el.tagName === 'TABLE') return tableHeaderTextOf(el);
  if (el.tagName === 'INPUT' && /^(button|submit|reset)$/.test(inputTypeOf(el) ?? '')) return shortText(el.getAttribute('value'), 80);
  return isTextBearing(el) ? ownTextOf(el) : undefined;
}

function tableHeaderTextOf(table: Element): string | undefined {
  const row =
    table.querySelector(':scope > thead > tr:last-child') ??
    table.querySelector(':scope > tbody > tr:first-child, :scope > tr:first-child');
  if (!row || (row.parentElement?.tagName !== 'THEAD' && !row.querySelector(':scope > th'))) return undefined;
  let text = '';
  for (const cell of Array.from(row.children)) {
    const part = normalizeText(cell.textContent);
    if (!part) continue;
    if (text.length + part.length + 1 > 80) break;
    text = text ? `${text} ${part}` : part;
  }
  return text || undefined;
}

/** The element's visible text, only when short (buttons, links, headings, cells). */
export function ownTextOf(el: Element): string | undefined {
  return shortText(el.textContent, 80);
}

/**
 * Elements of one tag under a document or element, in document order, from the collection the
 * browser keeps for it: a selector query reads every element under the root on each call (about
 * 1 ms at 20,000 elements), a collection is read once and kept until the tree changes, and a
 * waiting step resolves again and again. Shadow roots have no such collection and are queried.
 */
export function elementsByTag(root: ParentNode, tag: string): ArrayLike<Element> {
  const byTag = (root as Partial<Document>).getElementsByTagName;
  return typeof byTag === 'function' ? byTag.call(root, tag) : root.querySelectorAll(tag);
}

/** Attribute-selector quoting that works without CSS.escape (absent in some DOMs). */
export function attrSelector(name: string, value: string): string {
  return `[${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"]`;
}

/** CSS.escape for identifiers (CSSOM spec), because jsdom has no CSS.escape. */
export function cssIdent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0) out += '\uFFFD';
    else if ((code >= 1 && code <= 0x1f) || code === 0x7f || (i === 0 && code >= 0x30 && code <= 0x39) || (i === 1 && code >= 0x30 && code <= 0x39 && value[0] === '-')) {
      out += `\\${code.toString(16)} `;
    } else if (i === 0 && ch === '-' && value.length === 1) out += '\\-';
    else if (code >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

export function dataAttributesOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-')) continue;
    const key = attr.name.slice(5);
    // per-row ids, framework bookkeeping and state flags are not identity
    if (/^(reactid|reactroot|state|active|selected|index|row|rowid|row-key|key|uid|v-|popper|focus|hover|sort|original-title|toggle|bs-|aria-|ng-|index-|checked|value|expanded|open|loading|highlight|bench-)/i.test(key)) continue;
    if (looksGenerated(key) || looksGenerated(attr.value) || attr.value.length > 60 || !isIdentityDataAttribute(key, attr.value)) continue;
    out[key] = attr.value;
  }
  return out;
}

/** Class names worth recording: neither generated hashes nor state, at most six. */
export function stableClassesOf(el: Element): string[] {
  const raw = el.getAttribute('class');
  if (!raw) return [];
  const out: string[] = [];
  for (const cls of raw.trim().split(/\s+/)) {
    if (!cls || looksGeneratedClass(cls) || isStateClass(cls) || out.includes(cls)) continue;
    out.push(cls);
    if (out.length === 6) break;
  }
  return out;
}

/** A stable id, or undefined when the element has none or only a generated one. */
export function stableIdOf(el: Element): string | undefined {
  const id = el.getAttribute('id');
  return id && !looksGenerated(id) ? id : undefined;
}

export function stableNameOf(el: Element): string | undefined {
  const name = el.getAttribute('name');
  return name && !looksGenerated(name) ? name : undefined;
}

type IdRoot = ParentNode & { getElementById?: (id: string) => Element | null };

export interface GridColumn {
  key: string;
  header: boolean;
}

/**
 * Attributes in which grid frameworks keep the developer's column key on every cell: EasyUI
 * `field`, Kendo UI / Layui / bootstrap-table `data-field`, AG Grid `col-id`, and the plain
 * `data-column` / `data-col` of hand-written grids. Checked in this order; the first present wins.
 */
export const COLUMN_KEY_ATTRIBUTES = ['field', 'data-field', 'col-id', 'data-column', 'data-col'] as const;
const CELL_ROLES = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);
const ROW_OR_GRID = new Set(['TR', 'TABLE', 'TBODY', 'THEAD']);

function isGridHeader(el: Element): boolean {
  if (el.tagName === 'THEAD') return true;
  if (!el.hasAttribute('class')) return false;
  for (const cls of GRID_HEADER_CLASSES) if (el.classList.contains(cls)) return true;
  return false;
}

function isGridCell(el: Element): boolean {
  if (el.tagName === 'TD' || el.tagName === 'TH') return true;
  const role = el.getAttribute('role');
  return role !== null && CELL_ROLES.has(role);
}

const columnKeys = new Map<string, boolean>();

/** A code a developer wrote (`planTime`, `pat_name`, `ck`), not a generated id, an index or a word. */
function isColumnKey(value: string): boolean {
  let known = columnKeys.get(value);
  if (known === undefined) {
    known = /^[A-Za-z_$][\w$.:-]{0,59}$/.test(value) && !looksGenerated(value);
    // a grid has few columns; a page full of generated keys must not grow this without end
    if (columnKeys.size > 1000) columnKeys.clear();
    columnKeys.set(value, known);
  }
  return known;
}

/** The elements of one kind in a container, in document order (SignalReader.positionOf). */
interface SameKind {
  members: Element[];
  /** place of each member, once enough candidates have looked themselves up */
  index?: Map<Element, number>;
  lookups: number;
}

const CONTAINER_ROLES = new Set(['dialog', 'alertdialog', 'region', 'navigation', 'form', 'tabpanel', 'group', 'toolbar', 'complementary', 'search']);
const CONTAINER_TAGS = new Set(['SECTION', 'FORM', 'FIELDSET', 'DIALOG', 'ASIDE', 'NAV', 'section', 'form', 'fieldset', 'dialog', 'aside', 'nav']);
const CONTAINER_CLASS = /(^|[-_\s])(panel|modal|dialog|card|box|fieldset|section|group|window|tab-pane|tabpanel|form-block|block)([-_\s]|$)/i;
const containerClasses = new Map<string, boolean>();

/** CONTAINER_CLASS.test, memoised: a grid's thousand rows share one class attribute. */
/** PascalCase component classes: MUI `MuiCard-root`, `MuiDialog-paper`, `MuiAccordion-root`. */
const PASCAL_CONTAINER_CLASS = /(^|\s)[A-Z][A-Za-z]*?(Card|Panel|Modal|Dialog|Drawer|Accordion|Fieldset|Section|Window|TabPanel)(-(root|paper|container))?(?=\s|$)/;

function isContainerClass(cls: string): boolean {
  let known = containerClasses.get(cls);
  if (known === undefined) {
    if (containerClasses.size > 1000) containerClasses.clear();
    containerClasses.set(cls, (known = CONTAINER_CLASS.test(cls) || PASCAL_CONTAINER_CLASS.test(cls)));
  }
  return known;
}

const HEADING_IN_CONTAINER =
  ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > legend, :scope > caption, ' +
  ':scope > * > h1, :scope > * > h2, :scope > * > h3, :scope > * > h4, :scope > * > h5, ' +
  ':scope > [class*="title"], :scope > [class*="header"], :scope > * > [class*="title"], ' +
  // a card's or panel's head row, with its title a level or two down (antd ant-card-head > wrapper > title)
  ':scope > [class*="head" i]:first-child > * > [class*="title" i]';

/** Parent across a shadow boundary (to the host), but not out of a frame. */
function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

export class SignalReader {
  private labelIndex = new Map<Node, Map<Element, string>>();
  private containerLabels = new Map<Element, string | null>();
  private tableHeaders = new Map<Element, string[] | null>();
  private contexts = new Map<Element, { ancestorLabel?: string; ancestorRole?: string } | null>();
  private positions = new Map<ParentNode, Map<string, SameKind>>();
  private classLists = new Map<string, string[]>();
  private cellColumns = new Map<Element, GridColumn | null>();
  private headerRegions = new Map<Element, boolean>();
  /** per wrapper: the label of its one field, null for none or several, false when it holds no field */
  private fieldLabels = new Map<Element, string | null | false>();

  constructor() {
    boldness = new WeakMap();
  }

  /** Text of the <label> elements (or aria-labelledby) that name a form control. */
  labelTextOf(el: Element): string | undefined {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = el.getRootNode() as IdRoot;
      const text = labelledBy
        .split(/\s+/)
        .map((id) => normalizeText((root.getElementById?.(id) ?? el.ownerDocument.getElementById(id))?.textContent))
        .filter(Boolean)
        .join(' ');
      if (text) return text;
    }
    return this.labelsOfRoot(el.getRootNode()).get(el);
  }

  /**
   * Labels indexed once per root: `el.labels` searches the whole tree on every call, which a
   * scan over hundreds of inputs cannot afford.
   */
  private labelsOfRoot(root: Node): Map<Element, string> {
    let index = this.labelIndex.get(root);
    if (index) return index;
    index = new Map();
    const labels = typeof (root as ParentNode).querySelectorAll === 'function' ? elementsByTag(root as ParentNode, 'label') : [];
    for (const label of Array.from(labels)) {
      const control = controlOfLabel(label, root as IdRoot);
      if (!control) continue;
      const text = labelOwnText(label);
      if (!text) continue;
      const before = index.get(control);
      index.set(control, before ? `${before} ${text}` : text);
    }
    this.labelIndex.set(root, index);
    return index;
  }

  /** A short, good-enough accessible name (a subset of accname 1.2). */
  accessibleNameOf(el: Element): string | undefined {
    const labelled = el.hasAttribute('aria-labelledby') ? this.labelTextOf(el) : undefined;
    if (labelled) return shortText(labelled, 80);
    const aria = shortText(el.getAttribute('aria-label'), 80);
    if (aria) return aria;
    const tag = el.tagName.toLowerCase();
    if (tag === 'input') {
      const type = inputTypeOf(el);
      if (type === 'button' || type === 'submit' || type === 'reset') {
        const value = shortText(el.getAttribute('value'), 80);
        if (value) return value;
      }
      if (type === 'image') return shortText(el.getAttribute('alt'), 80);
    }
    const label = this.labelTextOf(el);
    if (label) return shortText(label, 80);
    if (isTextBearing(el)) {
      const text = ownTextOf(el);
      if (text) return text;
    }
    if (tag === 'img') return shortText(el.getAttribute('alt'), 80);
    return shortText(el.getAttribute('title'), 80) ?? shortText(el.getAttribute('placeholder'), 80);
  }

  /**
   * Text just before a form control that names it when no <label for> does: the label cell
   * of a table-layout form, ElementUI/EasyUI labels without `for`. Never read inside data tables,
   * whose neighbouring cells are patient data.
   */
  nearbyLabelOf(el: Element): string | undefined {
    if (!isFieldLike(el) || inDataTable(el)) return undefined;
    let node: Element | null = el;
    for (let depth = 0; depth < 4 && node; depth++) {
      let sibling = node.previousElementSibling;
      for (let step = 0; step < 3 && sibling; step++, sibling = sibling.previousElementSibling) {
        if (isFormControl(sibling) || sibling.querySelector(FORM_CONTROL)) return undefined;
        const text = normalizeText(sibling.textContent);
        if (text && /[\p{L}\p{N}]/u.test(text)) return text.length <= 24 ? text : undefined;
      }
      node = node.parentElement;
      if (!node || CONTAINER_TAGS.has(node.tagName) || node.tagName === 'TABLE' || node.tagName === 'BODY') break;
    }
    return undefined;
  }

  /**
   * The label of the field a control is part of: the one field (input, select, textarea, or an
   * element of a field's role) inside the control's nearest wrapper within three levels, before
   * the wrapper holds a second field or is a section of its own. A number input's stepper, a
   * select's clear button. Undefined when there is no such field or it has no label.
   */
  fieldLabelOf(el: Element): string | undefined {
    let node = el.parentElement;
    for (let depth = 0; node && depth < 3 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
      if (isContainerElement(node) || ROW_OR_GRID.has(node.tagName)) return undefined;
      const known = this.fieldLabels.get(node);
      if (known !== undefined) {
        if (known === false) continue;
        return known ?? undefined;
      }
      const fields = Array.from(node.querySelectorAll(FIELD_SELECTOR)).filter((f) => f !== el && !el.contains(f) && isFieldLike(f));
      if (fields.length === 0) {
        this.fieldLabels.set(node, false);
        continue;
      }
      const field = fields.length === 1 ? fields[0]! : undefined;
      const label = field ? shortText(this.labelTextOf(field) ?? this.nearbyLabelOf(field) ?? field.getAttribute('aria-label'), 40) : undefined;
      this.fieldLabels.set(node, label ?? null);
      return label;
    }
    return undefined;
  }

  /** The header text of the table column an element sits in (within four levels of its cell). */
  columnHeaderOf(el: Element): string | undefined {
    let cell: Element | null = el;
    for (let depth = 0; cell && depth < 5; depth++, cell = cell.parentElement) {
      if (cell.tagName === 'TD' || cell.tagName === 'TH') break;
    }
    if (!cell || (cell.tagName !== 'TD' && cell.tagName !== 'TH')) return undefined;
    const row = cell.parentElement;
    const table = row?.closest('table');
    if (!row || !table) return undefined;
    const headers = this.headerTextsOf(table);
    if (!headers) return undefined;
    let column = 0;
    for (const sibling of Array.from(row.children)) {
      if (sibling === cell) break;
      column += Number(sibling.getAttribute('colspan') ?? '1') || 1;
    }
    const header = headers[column];
    // the cell is itself the header: its own text says it better
    if (!header || (cell.tagName === 'TH' && row.parentElement?.tagName === 'THEAD')) return undefined;
    return header;
  }

  private headerTextsOf(table: Element): string[] | null {
    const cached = this.tableHeaders.get(table);
    if (cached !== undefined) return cached;
    let headerRow: Element | null = null;
    const thead = table.querySelector(':scope > thead');
    if (thead) headerRow = thead.lastElementChild;
    else {
      const first = table.querySelector(':scope > tbody > tr, :scope > tr');
      if (first && first.children.length > 0 && Array.from(first.children).every((c) => c.tagName === 'TH')) headerRow = first;
    }
    let headers: string[] | null = null;
    if (headerRow) {
      headers = [];
      for (const cell of Array.from(headerRow.children)) {
        const text = shortText(cell.textContent, 30) ?? '';
        const span = Number(cell.getAttribute('colspan') ?? '1') || 1;
        for (let i = 0; i < span; i++) headers.push(text);
      }
    }
    this.tableHeaders.set(table, headers);
    return headers;
  }

  /**
   * The developer's key of the grid column the element sits in, read from the nearest cell within
   * five levels (the element itself included), and whether that cell is a header. Grids repeat a
   * column's key in every row, so in a row it says which column, in the header which header.
   */
  gridColumnOf(el: Element): GridColumn | undefined {
    let node: Element | null = el;
    for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
      if (isGridCell(node)) return this.cellColumn(node);
      if (node !== el && ROW_OR_GRID.has(node.tagName)) return undefined;
    }
    return undefined;
  }

  private cellColumn(cell: Element): GridColumn | undefined {
    const cached = this.cellColumns.get(cell);
    if (cached !== undefined) return cached ?? undefined;
    let column: GridColumn | null = null;
    for (const attr of COLUMN_KEY_ATTRIBUTES) {
      const key = cell.getAttribute(attr);
      if (key === null) continue;
      if (isColumnKey(key)) column = { key, header: this.isHeaderCell(cell) };
      break;
    }
    this.cellColumns.set(cell, column);
    return column ?? undefined;
  }

  /**
   * A column's header cell, not a data row's: a <th>, a columnheader, or a cell in a <thead> or a
   * grid header container (GRID_HEADER_CLASSES). headerColumnQuery finds exactly these: keep alike.
   */
  private isHeaderCell(cell: Element): boolean {
    if (cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader') return true;
    return cell.parentElement !== null && this.inGridHeader(cell.parentElement);
  }

  /** Inside a <thead> or a header container, memoised along the way up: a grid's rows share one body. */
  private inGridHeader(node: Element): boolean {
    const known = this.headerRegions.get(node);
    if (known !== undefined) return known;
    const parent = node.parentElement;
    const inside = isGridHeader(node) || (parent !== null && this.inGridHeader(parent));
    this.headerRegions.set(node, inside);
    return inside;
  }

  /** The label of the nearest dialog/region/section/form/panel around the element. */
  ancestorContextOf(el: Element): { ancestorLabel?: string; ancestorRole?: string } | undefined {
    const parent = parentAcrossShadow(el);
    return parent ? this.contextFrom(parent) : undefined;
  }

  /** The context found starting at `node` itself, memoised: grid rows share all their ancestors. */
  private contextFrom(node: Element): { ancestorLabel?: string; ancestorRole?: string } | undefined {
    const known = this.contexts.get(node);
    if (known !== undefined) return known ?? undefined;
    let result: { ancestorLabel?: string; ancestorRole?: string } | undefined;
    const tag = node.tagName;
    if (tag !== 'BODY' && tag !== 'HTML') {
      // cheap checks first: most ancestors are plain cells, rows and wrappers
      const explicit = node.getAttribute('role');
      const containerTag = CONTAINER_TAGS.has(tag);
      const role = explicit !== null || containerTag ? roleOf(node) : undefined;
      const cls = node.getAttribute('class');
      const isContainer = (role !== undefined && CONTAINER_ROLES.has(role)) || containerTag || (cls !== null && isContainerClass(cls));
      const label = isContainer ? this.containerLabelOf(node) : undefined;
      if (label) result = { ancestorLabel: label, ...(role ? { ancestorRole: role } : {}) };
      else {
        const parent = parentAcrossShadow(node);
        result = parent ? this.contextFrom(parent) : undefined;
      }
    }
    this.contexts.set(node, result ?? null);
    return result;
  }

  private containerLabelOf(node: Element): string | undefined {
    const cached = this.containerLabels.get(node);
    if (cached !== undefined) return cached ?? undefined;
    let label = shortText(node.getAttribute('aria-label'), 40);
    if (!label && node.hasAttribute('aria-labelledby')) label = shortText(this.labelTextOf(node), 40);
    if (!label) {
      try {
        const heading = node.querySelector(HEADING_IN_CONTAINER);
        // a header row also holds the card's buttons (Element Plus `#header`): their words are not the title
        label = heading ? shortText(heading.querySelector(FORM_CONTROL) ? textWithoutControls(heading) : heading.textContent, 40) : undefined;
      } catch {
        label = undefined; // a DOM without :scope support
      }
    }
    // a title drawn as a bold <p>/<div>/<span> opening the container
    const first = node.firstElementChild;
    if (!label && first && isSectionTitle(first)) label = shortText(first.textContent, 40);
    this.containerLabels.set(node, label ?? null);
    return label;
  }

  /** Place among elements of the same kind (tag, role, input type) in the nearest container. */
  positionOf(el: Element): { index: number; count: number } | undefined {
    const container = containerForPosition(el);
    if (!container) return undefined;
    const tag = lowerTagOf(el);
    const role = el.getAttribute('role');
    const type = inputTypeOf(el);
    const kind = `${tag}|${role ?? ''}|${type ?? ''}`;
    let byKind = this.positions.get(container);
    if (!byKind) this.positions.set(container, (byKind = new Map()));
    let sameKind = byKind.get(kind);
    if (!sameKind) {
      // one pass per container and kind, however many candidates share it (a grid's row buttons)
      const members: Element[] = [];
      const sameTag = elementsByTag(container, tag);
      for (let i = 0; i < sameTag.length; i++) {
        const other = sameTag[i]!;
        if (other.getAttribute('role') !== role || inputTypeOf(other) !== type) continue;
        members.push(other);
      }
      byKind.set(kind, (sameKind = { members, lookups: 0 }));
    }
    // a few candidates look themselves up in the list; an index of thousands of row buttons costs
    // more than that, and is built only once many candidates share the list
    if (!sameKind.index && ++sameKind.lookups > 16) sameKind.index = new Map(sameKind.members.map((other, i) => [other, i]));
    const index = sameKind.index ? (sameKind.index.get(el) ?? -1) : sameKind.members.indexOf(el);
    return index >= 0 ? { index, count: sameKind.members.length } : undefined;
  }

  /** stableClassesOf, memoised by class attribute (rows repeat the same classes). */
  stableClassesOf(el: Element): string[] {
    const raw = el.getAttribute('class') ?? '';
    let classes = this.classLists.get(raw);
    if (!classes) this.classLists.set(raw, (classes = stableClassesOf(el)));
    return classes;
  }
}

function controlOfLabel(label: Element, root: IdRoot): Element | null {
  const forId = label.getAttribute('for');
  if (forId) return root.getElementById?.(forId) ?? label.ownerDocument.getElementById(forId);
  return label.querySelector('input:not([type="hidden"]), select, textarea, button');
}

/** An element's text without the text of the controls inside it (a card header's title, not its 新增 button). */
function textWithoutControls(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += ` ${child.nodeValue ?? ''}`;
      else if (child.nodeType === 1 && !isFormControl(child as Element)) walk(child);
    }
  };
  walk(el);
  return normalizeText(text);
}

/** A label's text without the text of a control nested in it (a select's options). */
function labelOwnText(label: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches('input, select, textarea, button, option')) walk(child);
    }
  };
  walk(label);
  return normalizeText(text);
}

/** What may be a field, for fieldLabelOf (isFieldLike decides). */
const FIELD_SELECTOR = 'input, select, textarea, [role="textbox"], [role="combobox"], [role="spinbutton"], [role="searchbox"], [contenteditable="true"]';

const NOT_FIELD_INPUTS = new Set(['hidden', 'button', 'submit', 'reset', 'image']);
const FIELD_ROLES = new Set(['textbox', 'combobox', 'checkbox', 'radio', 'switch', 'spinbutton', 'searchbox', 'slider', 'listbox']);

export function isFieldLike(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return !NOT_FIELD_INPUTS.has(inputTypeOf(el) ?? 'text');
  const role = el.getAttribute('role');
  return (role !== null && FIELD_ROLES.has(role)) || el.getAttribute('contenteditable') === 'true';
}

/** Inside a table with a header row: neighbouring cells hold records, not labels. */
export function inDataTable(el: Element): boolean {
  const cell = el.closest('td');
  const table = cell?.closest('table');
  if (!table) return false;
  // a <td> of the header row (Ext JS writes its headers so) names a column, as a <th> does
  if (cell!.closest('thead, table')?.tagName === 'THEAD') return false;
  return table.querySelector(':scope > thead') !== null || table.querySelector(':scope > tbody > tr > th, :scope > tr > th') !== null;
}

const POSITION_CONTAINER_TAGS = new Set(['FORM', 'SECTION', 'DIALOG', 'FIELDSET', 'TABLE', 'UL', 'OL', 'NAV']);
const POSITION_CONTAINER_ROLES = new Set(['toolbar', 'tablist', 'menu', 'menubar', 'listbox', 'grid', 'radiogroup', 'dialog', 'region', 'navigation']);

function isPositionContainer(el: Element): boolean {
  if (POSITION_CONTAINER_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role !== null && POSITION_CONTAINER_ROLES.has(role);
}

/** The nearest list-like ancestor (form, table, toolbar, menu...), or the element's root. */
function containerForPosition(el: Element): ParentNode | null {
  for (let node = el.parentElement; node; node = node.parentElement) if (isPositionContainer(node)) return node;
  const root = el.getRootNode() as ParentNode;
  return typeof root.querySelectorAll === 'function' ? root : null;
}

// Kept for callers of the first version: the same readings without a shared cache.
export function labelTextOf(el: Element): string | undefined {
  return new SignalReader().labelTextOf(el);
}
export function accessibleNameOf(el: Element): string | undefined {
  return new SignalReader().accessibleNameOf(el);
}
export function ancestorContextOf(el: Element): { ancestorLabel?: string; ancestorRole?: string } | undefined {
  return new SignalReader().ancestorContextOf(el);
}
