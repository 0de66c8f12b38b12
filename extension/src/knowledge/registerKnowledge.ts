import { handleMessage } from '../messaging/gate.ts';
import { installedPacks } from '../packs/installedPacks.ts';
import { forgetHelpIndex, searchHelpForPage } from './helpSearchService.ts';
import { recordSuggestion } from './suggestions.ts';

/** The background's side of the knowledge base (gate: KNOWLEDGE_MESSAGES, protocol.ts). */
export function registerKnowledge(): void {
  installedPacks.watch(() => forgetHelpIndex());
  handleMessage('searchHelp', (data) => searchHelpForPage(data.query, data.url));
  handleMessage('suggestTip', (data, sender) => recordSuggestion(data, sender.url));
}
