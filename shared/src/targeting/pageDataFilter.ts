import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { hasNameShape, holdsPatientData } from '../authoring/patientDataPatterns.ts';
import { inDataTable, isContainerElement, isSectionTitle, normalizeText } from './elementSignals.ts';

/**
 * The last pass of every capture: a fingerprint keeps labels, never page data (DESIGN.md safety
 * rule 3). Two tests, both needed:
 * - by pattern: any field that looks like an ID number, phone, record number, date or a name
 *   (patientDataPatterns, with bare names) is left out, wherever the element sits;
 * - by place: in a data record — a table body row, an item of a result list, listbox or tree, a
 *   description value, a patient banner — the element's own words are kept only when they are a
 *   button's clean label ("退号"), or the same words stand at the same place in another record (a
 *   row action repeats, a value does not). Next to values — a tab strip or breadcrumb holding a
 *   patient, a card whose short text holds one — and in titles, tooltips and image descriptions,
 *   words shaped like a Chinese name (许翀, whatever its characters) are left out as well.
 * Selectors built from a dropped value go too. Labels of fields and placeholders are kept when clean.
 * What this costs: a 2–3 character title starting with a surname character (方案) is dropped in
 * those places, and a lone option of a one-row result list loses its words; the element is then
 * known by its column, section, classes and position.
 */
export function withoutPageData(fp: TargetFingerprint, el: Element): TargetFingerprint {
  const found = dataRecordOf(el);
  const record = found?.record;
  const dropped: string[] = [];
  const clean = (value: string | undefined): boolean => value === undefined || !holdsPatientData(value, { bareNames: true });
  /** among patient data, a word shaped like a name is one, whatever its characters (许翀) */
  const cleanHere = (value: string | undefined): boolean => clean(value) && (record === undefined || value === undefined || !hasNameShape(value));
  /**
   * The element's own words. In a record (row, result, description value, banner) only a button's
   * label or words every record has; next to values (a tab strip or breadcrumb holding patients),
   * words not shaped like a name.
   */
  const ownWords = (value: string | undefined): boolean => {
    if (!cleanHere(value) || value === undefined || found === undefined) return cleanHere(value);
    return found.kind === 'near' || isControl(el) || repeatsInOtherRecords(el, value, found.record);
  };
  const keep = (value: string | undefined, ok: boolean): string | undefined => {
    if (value === undefined || ok) return value;
    dropped.push(value);
    return undefined;
  };

  const out: TargetFingerprint = { ...fp, anchors: { ...fp.anchors } };
  const a = out.anchors;
  set(a, 'id', keep(a.id, clean(a.id)));
  set(a, 'name', keep(a.name, clean(a.name)));
  set(a, 'ariaLabel', keep(a.ariaLabel, ownWords(a.ariaLabel)));
  // tooltips and image descriptions are where a page puts a person's name (title="许翀", alt="许翀")
  set(a, 'title', keep(a.title, ownWords(a.title) && !hasNameShape(a.title ?? '')));
  set(a, 'labelText', keep(a.labelText, cleanHere(a.labelText)));
  set(a, 'placeholder', keep(a.placeholder, clean(a.placeholder)));
  set(a, 'value', keep(a.value, clean(a.value)));
  if (a.data) {
    const data: Record<string, string> = {};
    // in a record only codes (data-action="refund"), never words that may be a name
    for (const [key, value] of Object.entries(a.data)) {
      if (clean(value) && (record === undefined || /^[A-Za-z][\w.:-]*$/.test(value))) data[key] = value;
      else dropped.push(value);
    }
    set(a, 'data', Object.keys(data).length > 0 ? data : undefined);
  }
  // a section or card title is where a page puts its patient (许翀 · 男 · 45岁): as for the section
  // label around an element, a name-shaped title is left out, whatever its characters
  const titled = (value: string | undefined) => !(value !== undefined && isSectionTitle(el) && hasNameShape(value));
  set(out, 'text', keep(out.text, ownWords(out.text) && titled(out.text)));
  const name = out.accessibleName;
  const labelled = name !== undefined && (name === a.labelText || name === a.placeholder);
  const described = name !== undefined && name !== out.text && name !== a.ariaLabel && !labelled; // alt or title
  set(out, 'accessibleName', keep(name, labelled || (ownWords(name) && titled(name) && !(described && hasNameShape(name ?? '')))));

  if (out.context) {
    const c = { ...out.context };
    // a card or section titled by its patient (许翀) has a name-shaped title, whatever the characters
    set(c, 'ancestorLabel', keep(c.ancestorLabel, clean(c.ancestorLabel) && !hasNameShape(c.ancestorLabel ?? '')));
    if (c.ancestorLabel === undefined) delete c.ancestorRole;
    set(c, 'nearbyLabel', keep(c.nearbyLabel, clean(c.nearbyLabel) && !hasNameShape(c.nearbyLabel ?? '') && record === undefined));
    set(c, 'columnHeader', keep(c.columnHeader, clean(c.columnHeader)));
    set(c, 'fieldLabel', keep(c.fieldLabel, clean(c.fieldLabel) && !hasNameShape(c.fieldLabel ?? '') && record === undefined));
    // other sections' titles, as the element's own: none shaped like a name
    if (c.namesakeSections) c.namesakeSections = c.namesakeSections.filter((title) => keep(title, clean(title) && !hasNameShape(title)) !== undefined);
    if (c.gridColumn && !clean(c.gridColumn.key)) {
      dropped.push(c.gridColumn.key);
      delete c.gridColumn;
    }
    set(out, 'context', Object.keys(c).length > 0 ? c : undefined);
  }
  // capture reads no data record for peers; a name that still looks like data goes, as any field
  if (out.peers) out.peers = out.peers.filter((peer) => keep(peer, clean(peer)) !== undefined);
  if (out.scope) {
    out.scope = out.scope.map((hop) => {
      const h = { ...hop };
      for (const key of ['id', 'name', 'title', 'src'] as const) set(h, key, keep(h[key], clean(h[key])));
      return h;
    });
  }
  if (dropped.length > 0) out.css = out.css.filter((selector) => !dropped.some((value) => selector.includes(value) || selector.includes(cssEscaped(value))) && clean(selector));
  return out;
}

/** Assign, or delete the key when there is nothing to keep (the schema has no empty strings). */
function set<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}

function cssEscaped(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

const LABEL_TAGS = new Set(['TABLE', 'TH', 'THEAD', 'CAPTION', 'LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CONTROL_ROLES = new Set(['button', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'switch']);

/** A button-like control: its own text is an action's label ("退号", "查看"), not a value. */
export function isControl(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'button') return true;
  if (tag === 'input') return /^(button|submit|reset|image)$/i.test(el.getAttribute('type') ?? '');
  const role = el.getAttribute('role');
  return role !== null && CONTROL_ROLES.has(role.trim().split(/\s+/)[0]!);
}

const NAVIGATION = 'nav, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="toolbar"]';
const RESULT_LIST = 'select, [role="listbox"], [role="tree"], [role="grid"], [role="treegrid"]';
const RESULT_CLASS = /(^|[-_\s])(result|results|suggest|suggestion|suggestions|autocomplete|dropdown|search-list|patient-list|tree)([-_\s]|$)/i;
const GRID_BODY_CLASS = /(^|\s)(el-table__body|ant-table-tbody|vxe-table--body|datagrid-body|layui-table-body|ag-body|ag-center-cols-container|k-grid-content)(\s|$)/;
const DESCRIPTION_VALUE = 'dd, [role="definition"], .ant-descriptions-item-content, .el-descriptions__content, .el-descriptions-item__content, .arco-descriptions-item-value, .t-descriptions__content';
const BANNER_CLASS = /(^|[-_\s])(banner|patient[-_]?(info|header|bar|card|strip|summary|head))([-_\s]|$)/i;

/**
 * The data record the element belongs to, if any: the row, list item, description value or
 * banner whose words are a patient's, not the page's.
 */
export function dataRecordOf(el: Element): { record: Element; kind: 'record' | 'near' } | undefined {
  const inRecord = recordOf(el);
  if (inRecord) return { record: inRecord, kind: 'record' };
  // next to values: a tab strip, breadcrumb or menu holding a patient; a close ancestor, up to the
  // element's own card, panel or dialog, whose short text holds one (a card titled "许晨 女 45岁").
  // Headings and header cells are judged by their own words.
  const strip = el.closest(NAVIGATION);
  if (strip && holdsPatientData(normalizeText(strip.textContent).slice(0, 2000), { bareNames: true })) return { record: strip, kind: 'near' };
  if (LABEL_TAGS.has(el.tagName)) return undefined;
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    const text = textBesideRecords(node, 200);
    if (text !== undefined && holdsPatientData(text, { bareNames: true })) return { record: node, kind: 'near' };
    // what is beside an element is in its own card, panel or dialog: the patient banner or another
    // card further up the page is not next to a card's title
    if (isContainerElement(node)) break;
  }
  return undefined;
}

/**
 * A container's short text without the rows of a grid it holds, or undefined beyond `max`
 * characters. A grid's rows are records, judged as records (recordOf) wherever the grid sits: a
 * card's title above a grid of specimens is not next to values for it, while a card's title beside
 * the patient's sex and age is.
 */
function textBesideRecords(node: Element, max: number): string | undefined {
  let text = '';
  const walk = (parent: Node): boolean => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += ` ${child.nodeValue ?? ''}`;
        if (text.length > 4 * max) return false;
      } else if (child.nodeType === 1 && !isGridBody(child as Element) && !walk(child)) return false;
    }
    return true;
  };
  if (!walk(node)) return undefined;
  const out = normalizeText(text);
  return out.length <= max ? out : undefined;
}

/** The body of a grid: its data rows (a table's <tbody> under a header, a library's grid body). */
function isGridBody(el: Element): boolean {
  if (el.tagName === 'TBODY') return el.parentElement?.querySelector(':scope > thead') !== null || el.querySelector(':scope > tr > th') !== null;
  const cls = el.getAttribute('class');
  if (cls !== null && GRID_BODY_CLASS.test(cls)) return true;
  return el.getAttribute('role') === 'rowgroup' && !/head/i.test(cls ?? '') && el.querySelector('[role="columnheader"]') === null;
}

/** The row, list item, description value or banner the element is part of. */
function recordOf(el: Element): Element | undefined {
  // header cells name columns, wherever a framework puts its header row
  if (el.closest('thead, th, [role="columnheader"]')) return undefined;
  // a table with a header row is known by its column headers (labels, nameTextOf), not one of its
  // records, even where the grid body's class is on the table itself (<table class="el-table__body">)
  if (el.tagName === 'TABLE' && el.querySelector(':scope > thead')) return undefined;
  if (inDataTable(el)) {
    const row = el.closest('tr');
    if (row && row.parentElement?.tagName !== 'THEAD') return row;
  }
  let node: Element | null = el;
  for (let depth = 0; node && depth < 12 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    const role = node.getAttribute('role');
    const cls = node.getAttribute('class') ?? '';
    if (role === 'row' && !node.querySelector('[role="columnheader"]') && !node.closest('[role="rowgroup"][class*="head"], thead')) return node;
    if (GRID_BODY_CLASS.test(cls)) return el.closest('tr, [role="row"], [class*="row"]') ?? node;
    if (node.matches(DESCRIPTION_VALUE)) return node;
    // a banner shows values; a "patient card" holding fields is a form, whose labels are the page's
    if ((BANNER_CLASS.test(cls) || /patient/i.test(node.getAttribute('data-panel') ?? '')) && !node.querySelector('input:not([type="hidden"]), select, textarea')) return node;
    if (node.tagName === 'LI' || role === 'listitem' || role === 'option' || role === 'treeitem') {
      if (node.tagName === 'OPTION' || isRecordList(node)) return node;
    }
  }
  return undefined;
}

/** A list of records (results, a tree, a listbox, items holding values), not a menu of links. */
function isRecordList(item: Element): boolean {
  const list = item.parentElement;
  if (!list) return false;
  if (item.closest(NAVIGATION) && !item.closest(RESULT_LIST)) return false;
  if (list.closest(RESULT_LIST)) return true;
  for (let node: Element | null = list; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (RESULT_CLASS.test(node.getAttribute('class') ?? '')) return true;
    if (node.getAttribute('role') === 'search') return true;
  }
  const text = normalizeText(list.textContent);
  if (holdsPatientData(text.slice(0, 2000), { bareNames: true })) return true;
  // items that mostly carry numbers are records (orders with doses, results), not menu labels,
  // though a menu item may carry a count ("待办 (3)")
  const items = Array.from(list.children).slice(0, 50);
  return items.length >= 2 && items.filter((item) => /\d/.test(item.textContent ?? '')).length * 2 >= items.length;
}

/** The same words on an element of the same kind in another record of the same list or table. */
function repeatsInOtherRecords(el: Element, value: string, record: Element): boolean {
  const parent = record.parentElement;
  if (!parent) return false;
  const tag = el.tagName;
  for (const other of Array.from(parent.children)) {
    if (other === record || other.tagName !== record.tagName) continue;
    const same = other.getElementsByTagName(tag);
    for (const candidate of Array.from(same)) {
      if (normalizeText(candidate.textContent) === value || candidate.getAttribute('aria-label') === value || candidate.getAttribute('title') === value) return true;
    }
    if (other.tagName === tag && normalizeText(other.textContent) === value) return true;
  }
  return false;
}
