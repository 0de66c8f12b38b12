// The zod schemas of the payloads content scripts receive (tabMessages.ts `carries: 'payload'`).
// Imported only by the tour-guide bundle, which parses each payload before the page guide uses
// it; the always-on content script stays free of zod.

import { z } from 'zod';
import { Tour } from '@preceptor/shared/schema/contentPack.ts';
import { Language, LocalizedText } from '@preceptor/shared/schema/localizedText.ts';
import { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import type { RehearsalStepInput } from '@preceptor/shared/tour/rehearseSteps.ts';
import type { OnScreenQuestion } from '../learning/protocol.ts';
import type { PlayerState } from '../tours/protocol.ts';

const TourRunPayload = z
  .object({
    packId: z.string().min(1),
    packVersion: z.string().min(1),
    tourId: z.string().min(1),
    registration: z.string().min(1),
    startedAt: z.number().finite(),
    stepIndex: z.number().int().min(0),
    stepCount: z.number().int().min(0),
    status: z.enum(['running', 'paused', 'completed']),
    pageReachedUpTo: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((run) => run.stepIndex <= run.stepCount, { message: 'stepIndex beyond stepCount', path: ['stepIndex'] });

const PlayerStatePayload = z
  .object({ run: TourRunPayload, tour: Tour, packTitle: LocalizedText, language: Language })
  .strict()
  .refine((state) => state.run.tourId === state.tour.id && state.run.stepCount === state.tour.steps.length, {
    message: 'the run is not an attempt of this tour',
    path: ['run'],
  });

const OnScreenQuestionPayload = z
  .object({ prompt: z.string().max(4_000), target: TargetFingerprint, language: Language })
  .strict();

const RehearsalStepsPayload = z
  .array(z.object({ tourId: z.string().min(1).max(80), stepId: z.string().min(1).max(80), target: TargetFingerprint }).strict())
  .max(2_000);

export const TAB_PAYLOADS = {
  showPlayer: PlayerStatePayload.nullable(),
  answerOnScreen: OnScreenQuestionPayload,
  runRehearsal: RehearsalStepsPayload,
} satisfies Record<string, z.ZodType>;

export interface TabPayloads {
  showPlayer: PlayerState | null;
  answerOnScreen: OnScreenQuestion;
  runRehearsal: RehearsalStepInput[];
}

/** The payload, parsed; throws (and the sender's promise rejects) naming the message and field, never the value. */
export function parseTabPayload<K extends keyof TabPayloads>(name: K, data: unknown): TabPayloads[K] {
  const parsed = TAB_PAYLOADS[name].safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || '(root)';
    throw new Error(`Preceptor refused "${name}": payload (${where})`);
  }
  return parsed.data as TabPayloads[K];
}
