import { z } from 'zod';
import { issueWords } from '../i18n/schemaIssues.ts';

/** Largest viewport a sketch may describe (px): wider than any hospital monitor, small enough to keep numbers short. */
export const SKETCH_MAX_VIEWPORT = 8192;
/** Rectangles in one sketch, the target's included. */
export const SKETCH_MAX_RECTS = 40;

/**
 * What a layout block around a target was: a kind only. The words are ours, never the page's.
 * `dialog`/`section` are the containers the target sits in or beside; `navigation` and `banner`
 * the page's landmarks; `form` and `table` its big blocks; `button` and `field` controls near the target.
 */
export const SketchBlockKind = z.enum(['dialog', 'section', 'navigation', 'banner', 'form', 'table', 'button', 'field']);
export type SketchBlockKind = z.infer<typeof SketchBlockKind>;

const Coordinate = z.number().int().min(0).max(SKETCH_MAX_VIEWPORT);
const Extent = z.number().int().min(1).max(SKETCH_MAX_VIEWPORT);

/** A box in the viewport's pixels, whole numbers, clipped to the viewport. */
export const SketchRect = z.object({ x: Coordinate, y: Coordinate, w: Extent, h: Extent }).strict();
export type SketchRect = z.infer<typeof SketchRect>;

export const SketchBlock = SketchRect.extend({ kind: SketchBlockKind }).strict();
export type SketchBlock = z.infer<typeof SketchBlock>;

/**
 * A wireframe of where a target was on its page when a mentor recorded or picked it (issues 16 and
 * 17): the viewport's size, the target's box and up to 39 boxes around it, each with a kind. Only
 * numbers and our own kind words: no text, attributes, colours or pixels of the page (a real
 * screenshot of an EMR shows patient names, and a pack travels between wards and hospitals).
 * Absent in packs recorded before, in steps written by hand and in targets re-found by a rehearsal.
 */
export const TargetSketch = z
  .object({
    viewport: z.object({ width: Extent, height: Extent }).strict(),
    target: SketchRect,
    blocks: z.array(SketchBlock).max(SKETCH_MAX_RECTS - 1),
  })
  .strict()
  .superRefine((sketch, ctx) => {
    const { width, height } = sketch.viewport;
    const outside = (r: SketchRect) => r.x + r.w > width || r.y + r.h > height;
    if (outside(sketch.target)) ctx.addIssue({ code: 'custom', message: 'the target box must lie inside the viewport', path: ['target'], params: issueWords('sketchOutsideViewport') });
    sketch.blocks.forEach((block, i) => {
      if (outside(block)) ctx.addIssue({ code: 'custom', message: 'a block must lie inside the viewport', path: ['blocks', i], params: issueWords('sketchOutsideViewport') });
    });
  });
export type TargetSketch = z.infer<typeof TargetSketch>;
