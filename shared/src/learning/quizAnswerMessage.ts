import { z } from 'zod';

/** A quiz submission as an extension page sends it: parsed before the background grades it. */
export const QuizAnswerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single-choice'), optionId: z.string().max(80) }).strict(),
  z.object({ type: z.literal('multiple-choice'), optionIds: z.array(z.string().max(80)).max(50) }).strict(),
  z.object({ type: z.literal('true-false'), value: z.boolean() }).strict(),
  z.object({ type: z.literal('ordering'), itemIds: z.array(z.string().max(80)).max(50) }).strict(),
  z.object({ type: z.literal('fill-in'), text: z.string().max(500) }).strict(),
  z.object({ type: z.literal('on-screen'), hit: z.boolean() }).strict(),
]);

export const QuizSubmission = z
  .object({
    packId: z.string().max(80),
    quizId: z.string().max(80),
    seed: z.number().int().nonnegative(),
    startedAt: z.iso.datetime(),
    answers: z.record(z.string().max(80), QuizAnswerMessage),
  })
  .strict();
export type QuizSubmission = z.infer<typeof QuizSubmission>;
