import type { Language } from '../schema/localizedText.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import type { SketchBlock, SketchBlockKind, SketchRect, TargetSketch } from '../schema/targetSketch.ts';
import { defineMessages, pairText } from '../i18n/messagePairs.ts';
import { shownLabel, targetKind, targetKindMessages, targetName } from './targetLabel.ts';

/**
 * Drawing a target's sketch (schema/targetSketch.ts) for the editor and the printed manual: grey
 * boxes for the page's layout, the dialog the target is in lit and the rest dimmed, the target's
 * box in the accent colour. A description of shapes, not markup: the editor's and the manual's
 * React draw it as SVG elements. It holds the sketch's numbers, our colours and a label built from
 * our own words and the step's recorded label (already in the pack) — nothing from the page.
 */

export const SKETCH_COLOURS = {
  page: '#f4f6f9',
  accent: '#1f6fb2',
  dim: '#1b2430',
  outline: '#8d9bab',
  blocks: {
    dialog: { fill: '#ffffff', stroke: '#5b6b7d' },
    section: { fill: '#e6ebf1', stroke: '#b3bfcc' },
    navigation: { fill: '#c3ccd6' },
    banner: { fill: '#cfd7e0' },
    form: { fill: '#eef1f5', stroke: '#b3bfcc' },
    table: { fill: '#dde3ea', stroke: '#b3bfcc' },
    button: { fill: '#9eabb9' },
    field: { fill: '#ffffff', stroke: '#8d9bab' },
  } satisfies Record<SketchBlockKind, { fill: string; stroke?: string }>,
} as const;

export interface SketchShape {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  rx?: number;
}

export interface SketchDrawing {
  /** `0 0 width height` of the recorded viewport */
  viewBox: string;
  /** height / width, to size the image without distortion */
  aspect: number;
  /** what a screen reader says (role="img") */
  label: string;
  /** the page and its blocks (those behind the target's dialog, when it is in one), largest first */
  blocks: SketchShape[];
  /** everything but the target's dialog, dimmed: an even-odd path (viewport with the dialog cut out) */
  dim?: { d: string; fill: string; opacity: number };
  /** the target's dialog and the blocks inside it, drawn over the dim, largest first; empty without a dialog */
  front: SketchShape[];
  /** a ring that keeps a small target visible at thumbnail size, then the target's box */
  target: SketchShape[];
}

const area = (r: SketchRect) => r.w * r.h;
const contains = (outer: SketchRect, inner: SketchRect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

/** The dialog the target sits in, if the sketch has one: the smallest dialog box holding the target. */
export function sketchDialog(sketch: TargetSketch): SketchBlock | undefined {
  return sketch.blocks.filter((b) => b.kind === 'dialog' && contains(b, sketch.target)).sort((a, b) => area(a) - area(b))[0];
}

/** The thumbnail's width in CSS px: strokes are sized so they still show at it. */
export const SKETCH_THUMBNAIL_WIDTH = 160;

export function sketchDrawing(sketch: TargetSketch, label: string): SketchDrawing {
  const { width, height } = sketch.viewport;
  // one thumbnail pixel in the viewport's units
  const px = width / SKETCH_THUMBNAIL_WIDTH;
  const page: SketchShape = { x: 0, y: 0, width, height, fill: SKETCH_COLOURS.page, stroke: SKETCH_COLOURS.outline, strokeWidth: px };
  const shape = (b: SketchBlock): SketchShape => {
    const colour: { fill: string; stroke?: string } = SKETCH_COLOURS.blocks[b.kind];
    return { x: b.x, y: b.y, width: b.w, height: b.h, fill: colour.fill, ...(colour.stroke ? { stroke: colour.stroke, strokeWidth: px * 0.75 } : {}), rx: px };
  };
  const largestFirst = (a: SketchBlock, b: SketchBlock) => area(b) - area(a);
  const dialog = sketchDialog(sketch);
  // the page behind the target's dialog, dimmed; the dialog and what is in it on top, as on screen
  const inDialog = (b: SketchBlock) => dialog !== undefined && b !== dialog && contains(dialog, b);
  const behind = sketch.blocks.filter((b) => b !== dialog && !inDialog(b)).sort(largestFirst).map(shape);
  const front = dialog ? [dialog, ...sketch.blocks.filter(inDialog).sort(largestFirst)].map(shape) : [];
  const dim = dialog
    ? { d: `M0 0H${width}V${height}H0Z M${dialog.x} ${dialog.y}h${dialog.w}v${dialog.h}h${-dialog.w}Z`, fill: SKETCH_COLOURS.dim, opacity: 0.4 }
    : undefined;
  const t = sketch.target;
  const ring = 4 * px;
  const target: SketchShape[] = [
    { x: t.x - ring, y: t.y - ring, width: t.w + 2 * ring, height: t.h + 2 * ring, fill: 'none', stroke: SKETCH_COLOURS.accent, strokeWidth: 1.5 * px, rx: 2 * px },
    { x: t.x, y: t.y, width: t.w, height: t.h, fill: SKETCH_COLOURS.accent, fillOpacity: 0.3, stroke: SKETCH_COLOURS.accent, strokeWidth: 1.5 * px },
  ];
  return { viewBox: `0 0 ${width} ${height}`, aspect: height / width, label, blocks: [page, ...behind], ...(dim ? { dim } : {}), front, target };
}

const sketchMessages = defineMessages({
  where: ['位置示意：{where}', 'Where it is: {where}'],
  inNamed: ['{container}“{ancestor}”中的{label}', '{label} in the {container} “{ancestor}”'],
  inUnnamed: ['{container}中的{label}', '{label} in a {container}'],
  dialog: ['对话框', 'dialog'],
  section: ['区域', 'section'],
  form: ['表单', 'form'],
  table: ['表格', 'table'],
  navigation: ['导航栏', 'navigation'],
});

const CONTAINER_ROLES: Readonly<Record<string, 'dialog' | 'section' | 'form' | 'table' | 'navigation'>> = {
  dialog: 'dialog', alertdialog: 'dialog', form: 'form', search: 'form', table: 'table', grid: 'table', treegrid: 'table',
  navigation: 'navigation', menubar: 'navigation', tablist: 'navigation',
};

/**
 * The image's words: 位置示意：对话框“新建患者”中的输入框“姓名” / Where it is: text field “Name” in
 * the dialog “New patient”. From our kind words and the fingerprint's own label fields (never a
 * text that looks like patient data); the sketch only says whether a dialog was around it.
 */
export function sketchLabel(fp: TargetFingerprint, language: Language): string {
  const kind = pairText(targetKindMessages, language, targetKind(fp));
  const name = targetName(fp);
  const label = pairText(targetKindMessages, language, name ? 'quoted' : 'unnamed', { kind, name: name ?? '' });
  const ancestor = shownLabel(fp.context?.ancestorLabel);
  const byRole = fp.context?.ancestorRole ? CONTAINER_ROLES[fp.context.ancestorRole] : undefined;
  const inDialog = fp.sketch !== undefined && sketchDialog(fp.sketch) !== undefined;
  const container = byRole ?? (inDialog ? 'dialog' : 'section');
  const containerWords = pairText(sketchMessages, language, container);
  const where =
    ancestor && ancestor !== name
      ? pairText(sketchMessages, language, 'inNamed', { container: containerWords, ancestor, label })
      : inDialog || byRole === 'dialog'
        ? pairText(sketchMessages, language, 'inUnnamed', { container: pairText(sketchMessages, language, 'dialog'), label })
        : label;
  return pairText(sketchMessages, language, 'where', { where });
}
