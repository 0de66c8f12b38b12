import { z } from 'zod';
import { LocalizedText } from './localizedText.ts';
import { TargetFingerprint } from './targetFingerprint.ts';
import { BUILT_IN_ROLES } from './learnerProfile.ts';

/** Ids that end up in xAPI activity IRIs and file names: keep them URL-safe. */
export const ContentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'use 1-80 lower-case letters, digits, ".", "_" or "-"');

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const SemVer = z.string().regex(SEMVER, 'must be a semantic version like 1.2.0');

/**
 * Where a pack's tours may run. `*` matches any run of characters, e.g.
 * `http://localhost:*\/registration*` or `https://emr.hospital.cn/*`.
 */
export const SiteRule = z
  .object({
    urlPattern: z
      .string()
      .min(1)
      .regex(/^(https?|\*):\/\//, 'must start with http://, https:// or *://'),
  })
  .strict();
export type SiteRule = z.infer<typeof SiteRule>;

export const Role = z
  .object({
    id: ContentId,
    title: LocalizedText,
  })
  .strict();
export type Role = z.infer<typeof Role>;

export const Placement = z.enum(['auto', 'top', 'bottom', 'left', 'right']);
export type Placement = z.infer<typeof Placement>;

/** How a step moves on: the learner presses Next, or clicks the highlighted element itself. */
export const AdvanceRule = z.discriminatedUnion('on', [
  z.object({ on: z.literal('next') }).strict(),
  z.object({ on: z.literal('click') }).strict(),
]);
export type AdvanceRule = z.infer<typeof AdvanceRule>;

export const TourStep = z
  .object({
    id: ContentId,
    /** absent: a centred step with no highlight */
    target: TargetFingerprint.optional(),
    title: LocalizedText,
    body: LocalizedText,
    placement: Placement.default('auto'),
    advance: AdvanceRule.default({ on: 'next' }),
  })
  .strict()
  .refine((step) => step.advance.on !== 'click' || step.target !== undefined, {
    message: 'a step that waits for a click needs a target',
    path: ['target'],
  });
export type TourStep = z.infer<typeof TourStep>;

export const Tour = z
  .object({
    id: ContentId,
    title: LocalizedText,
    description: LocalizedText.optional(),
    /** roles this tour is for; empty = everyone */
    roles: z.array(ContentId).default([]),
    /** the tour is offered on pages matching these patterns (defaults to the pack's site rules) */
    urlPatterns: z.array(SiteRule.shape.urlPattern).default([]),
    steps: z.array(TourStep).min(1, 'a tour needs at least one step'),
  })
  .strict();
export type Tour = z.infer<typeof Tour>;

export const CONTENT_PACK_SCHEMA_VERSION = 1 as const;

export const ContentPack = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(CONTENT_PACK_SCHEMA_VERSION),
    id: ContentId,
    version: SemVer,
    title: LocalizedText,
    siteRules: z.array(SiteRule).min(1, 'a pack needs at least one site rule'),
    roles: z.array(Role).default([]),
    tours: z.array(Tour).default([]),
    /** filled by later versions of the format; must be arrays today */
    checklists: z.array(z.unknown()).max(0, 'checklists are not supported in schema version 1 yet').default([]),
    quizzes: z.array(z.unknown()).max(0, 'quizzes are not supported in schema version 1 yet').default([]),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const roleIds = new Set<string>([...BUILT_IN_ROLES, ...pack.roles.map((r) => r.id)]);
    noDuplicates(pack.roles.map((r) => r.id), ['roles'], 'role', ctx);
    noDuplicates(pack.tours.map((t) => t.id), ['tours'], 'tour', ctx);
    pack.tours.forEach((tour, t) => {
      noDuplicates(tour.steps.map((s) => s.id), ['tours', t, 'steps'], 'step', ctx);
      tour.roles.forEach((roleId, r) => {
        if (!roleIds.has(roleId)) {
          ctx.addIssue({ code: 'custom', path: ['tours', t, 'roles', r], message: `role "${roleId}" is neither a built-in role nor defined in this pack's roles` });
        }
      });
    });
  });
export type ContentPack = z.infer<typeof ContentPack>;
/** What a mentor writes (defaults may be left out). */
export type ContentPackInput = z.input<typeof ContentPack>;

function noDuplicates(ids: string[], path: (string | number)[], what: string, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${what} id "${id}" (first used at index ${first})` });
    } else {
      seen.set(id, index);
    }
  });
}
