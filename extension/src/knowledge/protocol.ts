// The knowledge base's runtime messages (content script -> background, issue 16): the help panel's
// search, and a learner's suggested tip or FAQ entry. A contract: imports no implementation
// (extension/test/importGraph.test.ts).

import { z } from 'zod';
import type { HelpItemKind } from '@preceptor/shared/learning/helpSearch.ts';
import { SuggestionInput } from '@preceptor/shared/record/suggestion.ts';
import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { message } from '../messaging/messageSpec.ts';
import { PageUrl } from '../messaging/fields.ts';

/** One hit as the panel shows it: the pack's own words in the learner's language. */
export interface HelpHitView {
  key: string;
  kind: HelpItemKind;
  packId: string;
  /** tour, tip or FAQ id; a reading's item id */
  id: string;
  title: string;
  body?: string;
  /** a reading's link (http(s) only, checked by the pack schema) */
  url?: string;
  onPage: boolean;
}

export interface HelpSearchReply {
  hits: HelpHitView[];
  /** all matches, of which `hits` are the first */
  total: number;
  language: Language;
}

/** Recorded, or refused with the fields that were wrong (the form shows them inline). */
export type SuggestionReply = { recorded: true } | { recorded: false; problems: FieldProblem[] };

/** A query is what a person types in a search box. */
export const HELP_QUERY_MAX = 100;
export const MAX_SUGGESTION_CHARS = 4 * 1024;

export const KNOWLEDGE_MESSAGES = {
  /**
   * The help panel's search over the installed packs for this page, the learner's role and
   * language (the background holds the index, built once per pack set). Only our content script.
   */
  searchHelp: message<HelpSearchReply>()({ from: ['content'], data: z.object({ query: z.string().max(HELP_QUERY_MAX), url: PageUrl }).strict() }),
  /**
   * A learner's suggestion from the EMR page; web pages cannot send it (the gate checks the
   * sender). The page is taken from the sender's URL, never from the payload.
   */
  suggestTip: message<SuggestionReply>()({ from: ['content'], data: SuggestionInput, maxChars: MAX_SUGGESTION_CHARS }),
};
