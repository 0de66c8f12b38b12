import { z } from 'zod';
import { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import type { LocalizedText, Language } from '@preceptor/shared/schema/localizedText.ts';
import type { DraftStep } from '@preceptor/shared/authoring/draftPack.ts';
import { DraftStepsInput } from '@preceptor/shared/authoring/draftSchema.ts';
import type { StepHealth } from '@preceptor/shared/authoring/healthResults.ts';
import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import type { HealthCheckInput } from '@preceptor/shared/tour/healthCheck.ts';
import { message } from '../messaging/messageSpec.ts';

/**
 * Messages between the in-page authoring panel and the background. The panel runs in an EMR
 * page, so everything it sends is parsed here before the background acts on it.
 */

const Url = z.string().max(2000).regex(/^https?:\/\//);
const Path = z.array(z.union([z.string().max(80), z.number().int().min(0).max(10_000)])).min(1).max(12);

/** Where a picked element goes: a path in a draft pack (a step's, tip's or on-screen question's target). */
export const PickRequest = z
  .object({
    packKey: z.string().min(1).max(80),
    path: Path,
    /** shown in the panel while picking: what the element is for */
    label: z.string().max(200),
    /** also set the sibling `page` to the page where the element was picked (on-screen questions) */
    setPage: z.boolean().optional(),
  })
  .strict();
export type PickRequest = z.infer<typeof PickRequest>;

const FieldAction = z
  .object({
    kind: z.literal('field'),
    target: TargetFingerprint,
    url: Url,
    control: z.enum(['text', 'select', 'checkbox', 'radio']),
    /** a <select>'s chosen option value only: never typed text */
    optionValue: z.string().max(200).optional(),
  })
  .strict()
  .refine((a) => a.optionValue === undefined || a.control === 'select', { message: 'only a select reports its option value' });

export const RecordedActionInput = z.union([
  z.object({ kind: z.literal('click'), target: TargetFingerprint, url: Url }).strict(),
  FieldAction,
  z.object({ kind: z.literal('page'), url: Url }).strict(),
]);

/** a title as a draft may hold it (an unfinished step's may still be empty) */
const RowTitle = z.object({ 'zh-CN': z.string().max(500), en: z.string().max(500) }).strict();

const HealthRow = z
  .object({
    packId: z.string().max(80),
    packVersion: z.string().max(80),
    tourId: z.string().max(80),
    tourTitle: RowTitle,
    stepTitle: RowTitle,
    stepId: z.string().max(80),
    stepIndex: z.number().int().min(0).max(10_000),
    status: z.enum(['found', 'ambiguous', 'missing', 'in-closed-dialog', 'no-target', 'other-page']),
    confidence: z.number().min(0).max(10).nullable(),
    reason: z.string().max(500),
  })
  .strict();

export const AuthoringCommand = z.discriminatedUnion('type', [
  /** the panel (re)draws; `url` is where it is */
  z.object({ type: z.literal('view'), url: Url }).strict(),
  /** a page load or SPA route change while authoring */
  z.object({ type: z.literal('page'), url: Url }).strict(),
  z.object({ type: z.literal('record'), on: z.boolean(), url: Url }).strict(),
  z.object({ type: z.literal('action'), action: RecordedActionInput }).strict(),
  z.object({ type: z.literal('chooseTour'), tourId: z.string().max(80) }).strict(),
  z.object({ type: z.literal('newTour') }).strict(),
  z.object({ type: z.literal('saveTourTitle'), title: z.object({ 'zh-CN': z.string().max(200), en: z.string().max(200) }).strict() }).strict(),
  z.object({ type: z.literal('saveSteps'), steps: DraftStepsInput }).strict(),
  /** a picked element for the step `stepId`, or for the pending pick request */
  z.object({ type: z.literal('picked'), stepId: z.string().max(80).optional(), target: TargetFingerprint, url: Url }).strict(),
  z.object({ type: z.literal('cancelPick') }).strict(),
  z.object({ type: z.literal('preview'), from: z.number().int().min(0).max(1000) }).strict(),
  z.object({ type: z.literal('stopPreview') }).strict(),
  z.object({ type: z.literal('health'), url: Url, rows: z.array(HealthRow).max(2000) }).strict(),
  z.object({ type: z.literal('openEditor'), stepId: z.string().max(80).optional() }).strict(),
  z.object({ type: z.literal('close') }).strict(),
]);
export type AuthoringCommand = z.infer<typeof AuthoringCommand>;

/** What the panel draws. */
export interface AuthoringView {
  language: Language;
  packKey: string;
  packId: string;
  packVersion: string;
  packTitle: LocalizedText;
  tours: { id: string; title: LocalizedText }[];
  tourId: string;
  tourTitle: LocalizedText;
  steps: DraftStep[];
  recording: boolean;
  previewing: boolean;
  /** a pick the editor asked for */
  pick?: PickRequest;
  /** the last health verdicts of this pack's steps, across pages */
  health: StepHealth[];
  /** why a preview could not start */
  problems?: FieldProblem[];
}

export type PickRequestResult = 'sent' | 'no-tab' | 'not-allowed';

/** Mentor authoring's runtime messages (combined with the other features' in messaging/messages.ts for the gate). */
export const AUTHORING_MESSAGES = {
  /** popup -> background: switch authoring on in a tab (false when not allowed) */
  startAuthoring: message<boolean>()({ from: ['popup'], data: z.object({ tabId: z.number().int().nonnegative(), url: Url }).strict() }),
  /** content player -> background: is authoring on in this tab? (loads the bundle on demand) */
  authoringHere: message<boolean>()({ from: ['content'], data: z.undefined() }),
  /** authoring panel (content script) -> background */
  authoringCommand: message<AuthoringView | null>()({ from: ['content'], data: AuthoringCommand }),
  /** authoring panel -> background: the authored pack's tours for this page, for the panel's health check (`url`: location.href, taken only on the sender frame's origin) */
  authoredToursHere: message<HealthCheckInput[]>()({ from: ['content'], data: z.object({ url: Url }).strict() }),
  /** editor page -> background: pick an element on the EMR tab where authoring is on */
  requestPick: message<PickRequestResult>()({ from: ['editor'], data: PickRequest }),
};
