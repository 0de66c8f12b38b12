// Packs' runtime messages (options page -> background): check the feeds now, remove a pack (the
// background refuses a pack that came from a feed). A contract: imports no implementation.

import { z } from 'zod';
import { ContentId } from '@preceptor/shared/schema/contentIds.ts';
import { message } from '../../messaging/messageSpec.ts';
import { Nothing } from '../../messaging/fields.ts';

/** What one check of every feed did (details are in the feed status item). */
export interface FeedCheckSummary {
  feeds: number;
  installed: { id: string; version: string; feedUrl: string }[];
  failed: number;
}

export type RemovePackReply = 'removed' | 'managed';

export const PACK_MESSAGES = {
  checkPackFeeds: message<FeedCheckSummary>()({ from: ['options'], data: Nothing }),
  removeInstalledPack: message<RemovePackReply>()({ from: ['options'], data: z.object({ packId: ContentId }).strict() }),
};
