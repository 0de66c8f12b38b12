import { z } from 'zod';
import { ContentId } from '../schema/contentPack.ts';

/** A tour event as a content script sends it: parsed before the background acts on it. */
export const TourEventMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('next') }).strict(),
  z.object({ type: z.literal('back') }).strict(),
  z.object({ type: z.literal('target-clicked'), stepId: ContentId }).strict(),
  z.object({ type: z.literal('field-satisfied'), stepId: ContentId }).strict(),
  z.object({ type: z.literal('url-matched'), stepId: ContentId }).strict(),
  z.object({ type: z.literal('skip') }).strict(),
  z.object({ type: z.literal('page-reached'), stepId: ContentId }).strict(),
  z.object({ type: z.literal('close') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
]);
export type TourEventMessage = z.infer<typeof TourEventMessage>;
