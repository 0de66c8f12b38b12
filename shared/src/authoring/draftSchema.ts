import { z } from 'zod';
import { AdvanceRule, Placement } from '../schema/contentPack.ts';
import { TargetFingerprint } from '../schema/targetFingerprint.ts';
import type { DraftStep } from './draftPack.ts';

/** Text while it is being written: either language may still be empty. */
const DraftText = z.object({ 'zh-CN': z.string().max(4000), en: z.string().max(4000) }).strict();

/** The advance rule while being written: a pattern may not compile yet. */
const DraftAdvance = z.discriminatedUnion('on', [
  AdvanceRule.options[0],
  AdvanceRule.options[1],
  z
    .object({
      on: z.literal('enter'),
      rule: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('not-empty') }).strict(),
        z.object({ kind: z.literal('equals'), value: z.string().max(500) }).strict(),
        z.object({ kind: z.literal('pattern'), pattern: z.string().max(500) }).strict(),
      ]),
    })
    .strict(),
  z.object({ on: z.literal('navigate'), urlPattern: z.string().max(500) }).strict(),
]);

/**
 * What an in-page authoring panel may send for a step: the shape is checked at the trust
 * boundary (background), completeness only when publishing.
 */
export const DraftStepInput = z
  .object({
    id: z.string().max(80),
    target: TargetFingerprint.optional(),
    title: DraftText,
    body: DraftText,
    placement: Placement,
    advance: DraftAdvance,
    page: z.string().max(500).optional(),
  })
  .strict();

export const DraftStepsInput = z.array(DraftStepInput).max(200);

/** Parse steps from an untrusted sender; the result is a draft step list. */
export function parseDraftSteps(value: unknown): DraftStep[] | undefined {
  const parsed = DraftStepsInput.safeParse(value);
  return parsed.success ? (parsed.data as DraftStep[]) : undefined;
}

