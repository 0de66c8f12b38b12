/**
 * Deterministic "vendor upgrade" of the fixture pages: reads bench/targets/pages/*.html, writes
 * bench/targets/pages/upgraded/*.html. Same input and seed, same output (git stays clean).
 *
 * Applied to the page, to every declarative shadow root (<template shadowrootmode>) and to every
 * srcdoc iframe:
 *   - generated ids renewed (el-id-*, ext-gen*, ext-comp-*, :rN:, datagrid-row-*, _easyui_*, ASP.NET
 *     naming containers) together with every reference to them (label for, aria-labelledby)
 *   - hashed classes renewed (CSS modules, css-*, antd css-dev-only-*, el-table_N_column_M, data-v-*)
 *   - wrapper elements inserted around about a third of the targets and of their parents
 *   - siblings shuffled in toolbars, menus, radio/checkbox groups, form rows and table bodies
 *   - then the page's own plan (upgradePlan.ts): rewordings, moves, removals, duplicates, additions
 *
 *   tsx bench/targets/upgradePages.ts      (the bench runs it before every run)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { seededRandom } from '../../shared/src/hospital/seededRandom.ts';
import { UPGRADE_PLAN, type PageUpgrade } from './upgradePlan.ts';

// jsdom ships no type declarations (and @types/jsdom is not a dependency): the little used here
interface Jsdom {
  window: { document: Document };
  serialize(): string;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => Jsdom };

const here = path.dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = path.join(here, 'pages');
export const UPGRADED_DIR = path.join(PAGES_DIR, 'upgraded');

type Rng = () => number;

const ALPHANUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
function hash(rng: Rng, length: number, alphabet = ALPHANUM): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  // keep it looking like a hash: at least one digit
  return /\d/.test(out) ? out : `${out.slice(0, -1)}${Math.floor(rng() * 10)}`;
}

/** One id/class renaming table per page, shared by the page, its shadow roots and its frames. */
class Renamer {
  private ids = new Map<string, string>();
  private classes = new Map<string, string>();
  private counter: number;
  constructor(
    private rng: Rng,
    private segments: Record<string, string>,
  ) {
    this.counter = 2000 + Math.floor(rng() * 5000);
  }

  id(old: string): string {
    const known = this.ids.get(old);
    if (known) return known;
    let next = old;
    for (const [from, to] of Object.entries(this.segments)) next = next.split(from).join(to);
    if (/^el-id-\d+-\d+$/.test(old)) next = `el-id-${this.counter}-${old.split('-').pop()}`;
    else if (/^ext-gen\d+$/.test(old)) next = `ext-gen${this.counter++}`;
    else if (/ext-comp-\d+/.test(old)) next = old.replace(/ext-comp-(\d+)/g, () => `ext-comp-${this.counter++}`);
    else if (/^:r[0-9a-z]+:$/.test(old)) next = `:r${hash(this.rng, 2)}:`;
    else if (/^datagrid-row-r\d+-\d+-\d+$/.test(old)) next = old.replace(/^datagrid-row-r\d+/, 'datagrid-row-r3');
    else if (/^_easyui_textbox_input\d+$/.test(old)) next = `_easyui_textbox_input${Number(old.replace(/\D/g, '')) + 13}`;
    this.ids.set(old, next);
    return next;
  }

  cls(old: string): string {
    const known = this.classes.get(old);
    if (known) return known;
    let next = old;
    if (/^css-dev-only-do-not-override-/.test(old)) next = `css-dev-only-do-not-override-${hash(this.rng, 6)}`;
    else if (/^css-[a-z0-9]{5,}$/.test(old)) next = `css-${hash(this.rng, 6)}`;
    else if (/__[A-Za-z0-9]{5}$/.test(old) && /^[A-Z]/.test(old)) next = old.replace(/__[A-Za-z0-9]{5}$/, `__${hash(this.rng, 5, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`);
    else if (/^el-table_\d+_column_\d+$/.test(old)) next = old.replace(/^el-table_\d+/, 'el-table_2');
    this.classes.set(old, next);
    return next;
  }

  private scopedStyles = new Map<string, string>();
  /** Vue scoped-style attributes: data-v-7ba5bd90 -> data-v-<new hash> */
  dataV(old: string): string {
    let next = this.scopedStyles.get(old);
    if (!next) {
      next = `data-v-${hash(this.rng, 8, '0123456789abcdef')}`;
      this.scopedStyles.set(old, next);
    }
    return next;
  }

  /** Form field names keep their developer-given part; only renamed naming containers change. */
  name(old: string): string {
    let next = old;
    for (const [from, to] of Object.entries(this.segments)) next = next.split(from).join(to);
    return next;
  }

  renameCss(css: string): string {
    return css.replace(/[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9]+__[A-Za-z0-9]{5}\b/g, (m) => this.cls(m));
  }
}

type Doc = Document;

/** The roots to transform: the fragment/document itself and every template content below it. */
function rootsOf(root: ParentNode): ParentNode[] {
  const out: ParentNode[] = [root];
  for (const template of Array.from(root.querySelectorAll('template'))) out.push(...rootsOf((template as HTMLTemplateElement).content));
  return out;
}

function allElements(roots: ParentNode[]): Element[] {
  return roots.flatMap((r) => Array.from(r.querySelectorAll('*')));
}

function renewGenerated(roots: ParentNode[], renamer: Renamer): void {
  const idAttrs = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'name'];
  for (const el of allElements(roots)) {
    for (const attr of idAttrs) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      if (attr === 'name') {
        // ASP.NET names follow the ids' naming containers: ctl00$ContentPlaceHolder1$txtCardNo
        const renamed = renamer.name(value);
        if (renamed !== value) el.setAttribute(attr, renamed);
        continue;
      }
      const renamed = value.split(/\s+/).map((v) => renamer.id(v)).join(' ');
      if (renamed !== value) el.setAttribute(attr, renamed);
    }
    const cls = el.getAttribute('class');
    if (cls) {
      const renamed = cls.split(/\s+/).map((c) => renamer.cls(c)).join(' ');
      if (renamed !== cls) el.setAttribute('class', renamed);
    }
    for (const attr of Array.from(el.attributes)) {
      if (/^data-v-[0-9a-f]{8}$/.test(attr.name)) {
        el.removeAttribute(attr.name);
        el.setAttribute(renamer.dataV(attr.name), '');
      }
    }
    if (el.tagName === 'STYLE') el.textContent = renamer.renameCss(el.textContent ?? '');
  }
}

const WRAPPABLE_PARENTS = new Set(['DIV', 'SECTION', 'FORM', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'TD', 'LI', 'FIELDSET', 'DIALOG', 'BODY', 'NAV', 'ARTICLE']);
const INLINE_PARENTS = new Set(['LABEL', 'SPAN', 'EM', 'P', 'A', 'STRONG']);
const NEVER_WRAP = new Set(['LI', 'TR', 'TD', 'TH', 'THEAD', 'TBODY', 'OPTION', 'TEMPLATE', 'STYLE', 'SCRIPT', 'HTML', 'BODY', 'HEAD', 'DIALOG']);

function wrap(el: Element, rng: Rng): void {
  const parent = el.parentElement;
  if (!parent || NEVER_WRAP.has(el.tagName)) return;
  let tag: string;
  if (WRAPPABLE_PARENTS.has(parent.tagName)) tag = 'div';
  else if (INLINE_PARENTS.has(parent.tagName)) tag = 'span';
  else return;
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.setAttribute('class', `ui-wrap-${hash(rng, 4)}`);
  if (tag === 'div' && /^(INPUT|BUTTON|A|SELECT|LABEL|SPAN|CANVAS)$/.test(el.tagName)) wrapper.setAttribute('style', 'display:inline-block');
  parent.insertBefore(wrapper, el);
  wrapper.appendChild(el);
}

function insertWrappers(roots: ParentNode[], rng: Rng): void {
  const targets = allElements(roots).filter((el) => el.hasAttribute('data-bench-id'));
  for (const target of targets) {
    if (rng() < 0.35) wrap(target, rng);
    const parent = target.parentElement;
    if (parent && rng() < 0.3) wrap(parent, rng);
  }
}

/** Containers whose children are peers a vendor may reorder. */
const SHUFFLE_CONTAINERS = [
  '[role="toolbar"]', '.x-toolbar', '.datagrid-toolbar', '.form-actions', '.review-actions', '.PayPanel_actions__7hF3s',
  '.alert-actions', '.sign-actions', '.toolbar', '.el-radio-group', '.ant-checkbox-group', '.queue-filters', '.query-bar',
  '.el-card__body > form', '.dialog-button', '.pass-toolbar', 'tbody', '.top-nav', '.ant-card-extra',
];

function shuffleSiblings(roots: ParentNode[], rng: Rng): void {
  for (const root of roots) {
    for (const container of Array.from(root.querySelectorAll(SHUFFLE_CONTAINERS.join(', ')))) {
      if (rng() < 0.45) continue;
      let children = Array.from(container.children).filter((c) => c.tagName !== 'STYLE' && c.tagName !== 'TEMPLATE');
      // a header row stays on top
      if (container.tagName === 'TBODY') children = children.filter((row) => !row.querySelector('th'));
      if (children.length < 2) continue;
      const order = children.slice();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const anchor = children[children.length - 1]!.nextSibling;
      for (const child of order) container.insertBefore(child, anchor);
    }
  }
}

function reword(roots: ParentNode[], doc: Doc, rewords: Record<string, string>): void {
  const entries = Object.entries(rewords);
  for (const root of roots) {
    const walker = doc.createTreeWalker(root as Node, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim();
      const hit = entries.find(([from]) => from === text);
      if (hit) node.nodeValue = (node.nodeValue ?? '').replace(text, hit[1]);
    }
    for (const el of Array.from(root.querySelectorAll('[placeholder], [aria-label], [title], input[type="button"][value]'))) {
      for (const attr of ['placeholder', 'aria-label', 'title', 'value']) {
        const value = el.getAttribute(attr);
        const hit = value !== null ? entries.find(([from]) => from === value.trim()) : undefined;
        if (hit) el.setAttribute(attr, hit[1]);
      }
    }
  }
}

function findIn(roots: ParentNode[], selector: string): Element | null {
  for (const root of roots) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function applyPlan(roots: ParentNode[], plan: PageUpgrade, renamer: Renamer, frameDocs: Doc[]): void {
  const everywhere = () => [...roots, ...frameDocs.flatMap((d) => rootsOf(d))];
  for (const { move, before, into } of plan.moves) {
    const el = findIn(everywhere(), move);
    const ref = before ? findIn(everywhere(), before) : null;
    const container = into ? findIn(everywhere(), into) : null;
    if (!el) throw new Error(`${plan.file}: move: nothing matches ${move}`);
    if (ref) ref.parentNode!.insertBefore(el, ref);
    else if (container) container.appendChild(el);
    else throw new Error(`${plan.file}: move: no place ${before ?? into}`);
  }
  for (const { after, closest, html } of plan.additions) {
    const found = findIn(everywhere(), after);
    const el = closest ? found?.closest(closest) : found;
    if (!el) throw new Error(`${plan.file}: addition: nothing matches ${after}`);
    const doc = el.ownerDocument;
    const holder = doc.createElement(el.parentElement?.tagName === 'UL' ? 'ul' : el.parentElement?.tagName === 'TBODY' ? 'tbody' : 'div');
    holder.innerHTML = html;
    const added = Array.from(holder.children);
    let ref: Node | null = el.nextSibling;
    for (const node of added) {
      // new features come from the same build: their generated names are renewed too
      renewGenerated([node as Element & ParentNode], renamer);
      el.parentNode!.insertBefore(node, ref);
      ref = node.nextSibling;
    }
  }
  for (const id of plan.duplicate) {
    const el = findIn(everywhere(), `[data-bench-id="${id}"]`);
    if (!el) throw new Error(`${plan.file}: duplicate: no ${id}`);
    el.parentNode!.insertBefore(el.cloneNode(true), el.nextSibling);
  }
  for (const id of plan.remove) {
    const el = findIn(everywhere(), `[data-bench-id="${id}"]`);
    if (!el) throw new Error(`${plan.file}: remove: no ${id}`);
    el.remove();
  }
}

/** Upgrade one page (and its srcdoc frames, recursively); returns the new HTML. */
export function upgradePage(html: string, plan: PageUpgrade): string {
  const rng = seededRandom(plan.seed).next;
  const renamer = new Renamer(rng, plan.renameSegments ?? {});
  const dom = new JSDOM(html);
  const doc = dom.window.document;

  const frames: { frame: Element; dom: Jsdom }[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe[srcdoc]'))) {
    frames.push({ frame, dom: new JSDOM(frame.getAttribute('srcdoc') ?? '') });
  }
  const frameDocs = frames.map((f) => f.dom.window.document);

  for (const d of [doc, ...frameDocs]) {
    const roots = rootsOf(d);
    renewGenerated(roots, renamer);
    insertWrappers(roots, rng);
    shuffleSiblings(roots, rng);
    reword(roots, d, plan.rewords);
  }
  applyPlan(rootsOf(doc), plan, renamer, frameDocs);
  for (const { frame, dom: frameDom } of frames) frame.setAttribute('srcdoc', frameDom.serialize());
  return dom.serialize();
}

export function writeUpgradedPages(): string[] {
  mkdirSync(UPGRADED_DIR, { recursive: true });
  const written: string[] = [];
  for (const plan of UPGRADE_PLAN) {
    const html = readFileSync(path.join(PAGES_DIR, plan.file), 'utf8');
    const out = path.join(UPGRADED_DIR, plan.file);
    writeFileSync(out, `${upgradePage(html, plan)}\n`);
    written.push(out);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const file of writeUpgradedPages()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
