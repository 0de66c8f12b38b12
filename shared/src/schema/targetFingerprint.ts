import { z } from 'zod';

/**
 * Several independent signals that together identify one element of an EMR page.
 * No single signal is trusted on its own: vendors change ids, classes and wrappers on upgrade.
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
  })
  .strict();
export type TargetAnchors = z.infer<typeof TargetAnchors>;

export const TargetFingerprint = z
  .object({
    anchors: TargetAnchors.default({}),
    tag: z.string().min(1).regex(/^[a-z][a-z0-9-]*$/, 'tag must be a lower-case element name'),
    role: z.string().min(1).optional(),
    accessibleName: z.string().min(1).optional(),
    /** the element's own short text (buttons, links, headings) */
    text: z.string().min(1).optional(),
    /** short CSS selectors that matched the element uniquely when it was captured */
    css: z.array(z.string().min(1)).default([]),
    /** nearest landmark/section/dialog label around the element */
    context: z
      .object({
        ancestorLabel: z.string().min(1).optional(),
        ancestorRole: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TargetFingerprint = z.infer<typeof TargetFingerprint>;
