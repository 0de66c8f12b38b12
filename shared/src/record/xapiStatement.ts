import { z } from 'zod';
import type { LocalizedText } from '../schema/localizedText.ts';
import { ISO_DURATION, LANGUAGE_TAG, LanguageMap } from './statementValidation.ts';

// Within the import check's bounds (statementValidation.ts), so what Preceptor emits a trainer
// can import: its language maps, and the same lengths for ids and texts.
const Url = z.url().max(2048);
const LanguageTag = z.string().regex(LANGUAGE_TAG);
const Extensions = z.record(Url, z.unknown());
const Account = z.object({ homePage: Url, name: z.string().min(1).max(100) }).strict();
const ActivityRef = z.object({ objectType: z.literal('Activity'), id: Url }).strict();

/** A cmi.interaction choice (or sequencing item). */
export const InteractionComponent = z.object({ id: z.string().min(1).max(200), description: LanguageMap }).strict();
export type InteractionComponent = z.infer<typeof InteractionComponent>;

export const ActivityDefinition = z
  .object({
    type: Url,
    name: LanguageMap,
    description: LanguageMap.optional(),
    /** cmi.interaction questions */
    interactionType: z.enum(['choice', 'true-false', 'sequencing', 'fill-in', 'other']).optional(),
    correctResponsesPattern: z.array(z.string().max(4000)).optional(),
    choices: z.array(InteractionComponent).optional(),
    extensions: Extensions.optional(),
  })
  .strict();
export type ActivityDefinition = z.infer<typeof ActivityDefinition>;

/**
 * The subset of xAPI 1.0.3 Preceptor emits — tours, quizzes, checklists, profile changes and
 * sandbox scenarios alike: one schema, and its inferred type is the statement type every builder
 * returns. No `version` field (the LRS sets it), the actor an account with an opaque learner id.
 * What comes back in from bundles made elsewhere is checked by the broader IncomingStatement
 * (statementValidation.ts), which accepts every statement this one does.
 */
export const XapiStatement = z
  .object({
    id: z.uuid(),
    actor: z.object({ objectType: z.literal('Agent'), account: Account }).strict(),
    verb: z.object({ id: Url, display: LanguageMap }).strict(),
    object: z.object({ objectType: z.literal('Activity'), id: Url, definition: ActivityDefinition }).strict(),
    result: z
      .object({
        completion: z.boolean().optional(),
        success: z.boolean().optional(),
        duration: z.string().regex(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/).regex(ISO_DURATION).optional(),
        response: z.string().max(4000).optional(),
        score: z.object({ scaled: z.number().min(-1).max(1).optional(), raw: z.number().optional(), min: z.number().optional(), max: z.number().optional() }).strict().optional(),
        extensions: Extensions.optional(),
      })
      .strict()
      .optional(),
    context: z
      .object({
        registration: z.uuid(),
        platform: z.string().max(100),
        language: LanguageTag,
        /** the mentor who signed a learner off */
        instructor: z.object({ objectType: z.literal('Agent'), account: Account, name: z.string().optional() }).strict().optional(),
        contextActivities: z.object({ grouping: z.array(ActivityRef).optional(), parent: z.array(ActivityRef).optional() }).strict().optional(),
        extensions: Extensions.optional(),
      })
      .strict(),
    timestamp: z.iso.datetime(),
  })
  .strict();
export type XapiStatement = z.infer<typeof XapiStatement>;

/** xAPI language maps use RFC 5646 tags: our zh-CN/en keys already are. */
export function languageMap(text: LocalizedText): Record<string, string> {
  return { 'zh-CN': text['zh-CN'], en: text.en };
}

/** ISO 8601 duration, as xAPI wants it: PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const totalCentis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(totalCentis / 360000);
  const minutes = Math.floor((totalCentis % 360000) / 6000);
  const seconds = (totalCentis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${Number.isInteger(seconds) ? seconds : seconds.toFixed(2).replace(/0$/, '')}S`;
  return out;
}
