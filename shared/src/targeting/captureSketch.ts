import { parentAcross } from './parentAcross.ts';
import { SKETCH_MAX_RECTS, TargetSketch, type SketchBlock, type SketchBlockKind, type SketchRect } from '../schema/targetSketch.ts';

/** A box as the browser reports it (DOMRect has these). */
export interface ViewportBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where boxes come from. In the page: each element's box on the top viewport and that viewport's
 * size. In tests (jsdom has no layout) a fixture gives them.
 */
export interface SketchLayout {
  boxOf(el: Element): ViewportBox;
  viewport: { width: number; height: number };
  /** our own overlay (panel, player card): never drawn */
  isOwnUi?(el: Element): boolean;
}

/** Containers the target sits in, nearest first; a dialog ends the walk (what is behind it is another layer). */
const MAX_CONTAINERS = 3;
/** Large blocks of the page around the target (landmarks, forms, tables, other sections). */
const MAX_LAYOUT_BLOCKS = 14;
/** Controls nearest the target, per kind. */
const MAX_NEAR_CONTROLS = 11;
/** Elements looked at per query, so a 3,000-row grid does not cost a second at capture. */
const MAX_CANDIDATES = 400;
/** A layout block smaller than this share of the viewport is a detail, not layout. */
const MIN_LAYOUT_SHARE = 0.01;

const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const KIND_SELECTORS: ReadonlyArray<readonly [SketchBlockKind, string]> = [
  ['dialog', DIALOG],
  ['navigation', 'nav, aside, [role="navigation"], [role="complementary"], [role="menubar"], [role="tablist"], [role="tree"]'],
  ['banner', 'header, footer, [role="banner"], [role="contentinfo"], [role="toolbar"]'],
  ['table', 'table, [role="grid"], [role="treegrid"], [role="table"]'],
  ['form', 'form, [role="form"], [role="search"]'],
  ['section', 'section, fieldset, article, [role="region"], [role="group"], [role="tabpanel"]'],
];
const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"], input[type="image"]';
const FIELDS =
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="image"]), select, textarea, [role="textbox"], [role="combobox"], [role="searchbox"], [role="spinbutton"]';
const LAYOUT = KIND_SELECTORS.map(([, selector]) => selector).join(', ');

/** The layout kind of an element, or none. A `<header>` inside a dialog is the dialog's, not the page's banner. */
function layoutKind(el: Element): SketchBlockKind | undefined {
  for (const [kind, selector] of KIND_SELECTORS) if (el.matches(selector)) return kind;
  return undefined;
}

/** Whole pixels, clipped to the viewport; nothing when too little of it is on screen to see. */
function clip(box: ViewportBox, viewport: { width: number; height: number }): SketchRect | undefined {
  if (![box.left, box.top, box.width, box.height].every(Number.isFinite)) return undefined;
  const x0 = Math.max(0, Math.round(box.left));
  const y0 = Math.max(0, Math.round(box.top));
  const x1 = Math.min(viewport.width, Math.round(box.left + box.width));
  const y1 = Math.min(viewport.height, Math.round(box.top + box.height));
  if (x1 - x0 < 2 || y1 - y0 < 2) return undefined;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

const area = (r: SketchRect) => r.w * r.h;
const centre = (r: SketchRect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const sameBox = (a: SketchRect, b: SketchRect) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * The wireframe "sketch" of where `el` is, taken when a mentor records or picks it (issues 16, 17):
 * the target's box, the dialog/sections it sits in, the page's large layout blocks, and the buttons
 * and fields nearest to it — as kinds and whole-pixel boxes only. Nothing of the page's text,
 * attributes, colours or pixels is read into it: elements are only matched against our own
 * selectors and measured. Nothing when the target is not on screen.
 */
export function captureTargetSketch(el: Element, layout: SketchLayout): TargetSketch | undefined {
  const viewport = { width: Math.round(layout.viewport.width), height: Math.round(layout.viewport.height) };
  if (!(viewport.width >= 1 && viewport.height >= 1)) return undefined;
  const target = clip(layout.boxOf(el), viewport);
  if (!target) return undefined;
  const own = (node: Element) => layout.isOwnUi?.(node) === true;
  const blocks: SketchBlock[] = [];
  const seen = new Set<Element>([el]);
  const add = (node: Element, kind: SketchBlockKind): boolean => {
    if (seen.has(node) || own(node)) return false;
    seen.add(node);
    const box = clip(layout.boxOf(node), viewport);
    if (!box || blocks.some((b) => b.kind === kind && sameBox(b, box)) || (kind !== 'dialog' && sameBox(box, target))) return false;
    blocks.push({ kind, ...box });
    return true;
  };

  // 1. the containers around the target, nearest first, up to its dialog
  let container: Element | undefined;
  let containers = 0;
  for (let node = parentAcross(el); node && containers < MAX_CONTAINERS; node = parentAcross(node)) {
    const kind = layoutKind(node);
    if (!kind || !add(node, kind)) continue;
    containers++;
    container = node;
    if (kind === 'dialog') break;
  }

  // 2. the page's large blocks (its landmarks, forms, tables, other dialogs and sections), largest first
  const doc = el.ownerDocument;
  const minArea = viewport.width * viewport.height * MIN_LAYOUT_SHARE;
  const layoutBlocks = [...doc.querySelectorAll(LAYOUT)]
    .slice(0, MAX_CANDIDATES)
    .filter((node) => !seen.has(node) && !node.contains(el) && !own(node))
    .map((node) => ({ node, box: clip(layout.boxOf(node), viewport) }))
    .filter((c): c is { node: Element; box: SketchRect } => c.box !== undefined && area(c.box) >= minArea)
    .sort((a, b) => area(b.box) - area(a.box));
  let taken = 0;
  for (const { node } of layoutBlocks) {
    if (taken >= MAX_LAYOUT_BLOCKS) break;
    const kind = layoutKind(node);
    if (kind && add(node, kind)) taken++;
  }

  // 3. the buttons and fields nearest the target, within its outermost container (its dialog, else the page)
  const scope: ParentNode = container ?? doc;
  const from = centre(target);
  const distance = (r: SketchRect) => Math.hypot(centre(r).x - from.x, centre(r).y - from.y);
  for (const [kind, selector] of [['field', FIELDS], ['button', BUTTONS]] as const) {
    const near = [...scope.querySelectorAll(selector)]
      .slice(0, MAX_CANDIDATES)
      .filter((node) => !seen.has(node) && !node.contains(el) && !el.contains(node) && !own(node))
      .map((node) => ({ node, box: clip(layout.boxOf(node), viewport) }))
      .filter((c): c is { node: Element; box: SketchRect } => c.box !== undefined)
      .sort((a, b) => distance(a.box) - distance(b.box));
    let count = 0;
    for (const { node } of near) {
      if (count >= MAX_NEAR_CONTROLS || blocks.length >= SKETCH_MAX_RECTS - 1) break;
      if (add(node, kind)) count++;
    }
  }

  // big blocks first so that the small ones draw on top of them
  const kept = blocks.slice(0, SKETCH_MAX_RECTS - 1).sort((a, b) => area(b) - area(a));
  const sketch = { viewport, target, blocks: kept };
  // every number came from a measure; the schema is the last word on what may be stored
  const parsed = TargetSketch.safeParse(sketch);
  return parsed.success ? parsed.data : undefined;
}

