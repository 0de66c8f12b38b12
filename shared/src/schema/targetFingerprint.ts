import { z } from 'zod';
import { TargetSketch } from './targetSketch.ts';

const TagName = z.string().min(1).regex(/^[a-z][a-z0-9-]*$/, 'tag must be a lower-case element name');

/**
 * Several independent signals that together identify one element of an EMR page.
 * No single signal is trusted on its own: vendors change ids, classes and wrappers on upgrade.
 * Every field added after schema version 1 is optional, so packs recorded earlier stay valid.
 */
export const TargetAnchors = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    /** data-* attributes without the `data-` prefix, e.g. {action: 'new-patient'} */
    data: z.record(z.string().min(1), z.string()).optional(),
    ariaLabel: z.string().min(1).optional(),
    /** text of the <label> (or aria-labelledby) that names the field */
    labelText: z.string().min(1).optional(),
    placeholder: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    /** `value` of a radio button or checkbox: the option's code (never what a user typed) */
    value: z.string().min(1).optional(),
  })
  .strict();
export type TargetAnchors = z.infer<typeof TargetAnchors>;

/**
 * One step from the page's document into a same-origin iframe or an open shadow root.
 * A frame's `src` is recorded as a path only: query strings may carry patient ids.
 */
export const TargetScopeHop = z
  .object({
    kind: z.enum(['frame', 'shadow']),
    /** tag of the <iframe>/<frame>, or of the element that hosts the shadow root */
    tag: TagName,
    id: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    src: z.string().min(1).optional(),
  })
  .strict();
export type TargetScopeHop = z.infer<typeof TargetScopeHop>;

export const TargetContext = z
  .object({
    /** label of the nearest dialog/region/section/form around the element */
    ancestorLabel: z.string().min(1).optional(),
    ancestorRole: z.string().min(1).optional(),
    /** text just before a field that names it without a <label for> (table-layout forms) */
    nearbyLabel: z.string().min(1).optional(),
    /** header text of the table column the element sits in */
    columnHeader: z.string().min(1).optional(),
    /**
     * The label of the field a control without words of its own is part of (a number input's
     * stepper, a select's clear button): every such field has the same parts, told apart by whose
     * they are.
     */
    fieldLabel: z.string().min(1).optional(),
    /**
     * The developer's key of the grid column the element sits in (EasyUI `field`, Kendo/Layui
     * `data-field`, AG Grid `col-id`), and whether its cell is the column's header or a data row's
     * cell. A code, never a value: `patName`, not the patient's name.
     */
    gridColumn: z.object({ key: z.string().min(1), header: z.boolean() }).strict().optional(),
    /**
     * Section titles around the other elements of the page that bore the element's name (another
     * card's 新增, the PRN card's "Give selected"), when the element sits in a titled section itself.
     * After an upgrade, a namesake in one of them is that other control; the element's own section,
     * retitled, is still known by a word of its title that none of them had ("Due now" -> "Due this
     * round"). Labels only; absent in packs recorded before, and where the name was the only one.
     */
    namesakeSections: z.array(z.string().min(1).max(40)).max(8).optional(),
  })
  .strict();
export type TargetContext = z.infer<typeof TargetContext>;

export const TargetFingerprint = z
  .object({
    anchors: TargetAnchors.default({}),
    tag: TagName,
    role: z.string().min(1).optional(),
    accessibleName: z.string().min(1).optional(),
    /** the element's own short text (buttons, links, headings, tabs, menu items) */
    text: z.string().min(1).optional(),
    /**
     * The icon the element shows, by name (`anticon-delete`, `DeleteIcon`, `svg:1x2y3z` for a shape
     * without a name): what an icon-only button is known by.
     */
    icon: z.string().min(1).max(80).optional(),
    /**
     * The icon shown beside the element's words, recorded only when no other control of its kind on
     * the page showed it: what a renamed menu item or button is still known by.
     */
    wordIcon: z.string().min(1).max(80).optional(),
    /** `type` of an <input> (text, checkbox, radio, ...) */
    inputType: z.string().min(1).optional(),
    /** class names that are not generated (no CSS-module hashes, no state classes) */
    classes: z.array(z.string().min(1)).optional(),
    /** short CSS selectors that matched the element uniquely when it was captured */
    css: z.array(z.string().min(1)).default([]),
    context: TargetContext.optional(),
    /** the element could not be used when recorded (disabled or aria-disabled) */
    disabled: z.literal(true).optional(),
    /**
     * No other element of the same kind on the recorded page had a name like this one: the name
     * alone told it apart, not the section around it. Absent in packs recorded before, and when not so.
     */
    uniqueName: z.literal(true).optional(),
    /**
     * The element is a heading or a section's title (a card's, panel's or dialog's, read by its
     * class or its place in the layout): after an upgrade it may be any other kind of title — an
     * <h4> made an <h3>, a card's title now a dialog's. Absent in packs recorded before.
     */
    sectionTitle: z.literal(true).optional(),
    /**
     * Names of the other controls of the element's kind on its page (buttons, menu items, tabs,
     * fields of its type, section titles), nearest first: after an upgrade, an element bearing one
     * of them is another control, not this one renamed. Labels only (no data records, nothing that
     * looks like patient data); absent in packs recorded before, and where the page had too many.
     */
    peers: z.array(z.string().min(1).max(40)).max(32).optional(),
    /** place among elements of the same kind in the same container (0-based) */
    position: z
      .object({ index: z.number().int().min(0), count: z.number().int().min(1) })
      .strict()
      .optional(),
    /**
     * Frames and shadow roots between the page's document and the element, outermost first.
     * Absent means the element sits in the document itself (every pack recorded before scopes).
     */
    scope: z.array(TargetScopeHop).optional(),
    /**
     * Where the element was on its page when the mentor recorded or picked it, as a wireframe of
     * numbered boxes (targetSketch.ts): shown in the editor and the printed manual, never used to
     * find the element. Replaced when the target is picked again.
     */
    sketch: TargetSketch.optional(),
  })
  .strict();
export type TargetFingerprint = z.infer<typeof TargetFingerprint>;
