import { pagePatternOf } from '@preceptor/shared/authoring/urlGeneraliser.ts';
import { checkSuggestion, suggestionStatement, type SuggestionInput } from '@preceptor/shared/record/suggestion.ts';
import { packMatchesPage } from '@preceptor/shared/tour/toursForPage.ts';
import { installedPacks } from '../packs/installedPacks.ts';
import { statementLearner } from '../progress/learnerProfile.ts';
import { recordStatements } from '../progress/progressLog.ts';
import type { SuggestionReply } from './protocol.ts';

/**
 * A learner's suggested tip or FAQ entry becomes a statement in their own log (the one writer,
 * progress/progressLog.ts), and so travels in the signed export and the LRS stream. The page is the
 * sender frame's route template, the pack the first installed one covering that page: neither
 * comes from the payload.
 */
export async function recordSuggestion(data: SuggestionInput, senderUrl: string | undefined): Promise<SuggestionReply> {
  const checked = checkSuggestion(data);
  if (!checked.ok) return { recorded: false, problems: checked.problems };
  if (!senderUrl || !/^https?:/i.test(senderUrl)) return { recorded: false, problems: [{ path: '', message: 'a suggestion comes from a web page' }] };
  const pack = (await installedPacks.getValue()).find((p) => packMatchesPage(p, senderUrl));
  const statement = suggestionStatement({
    suggestion: checked.suggestion,
    pagePattern: pagePatternOf(senderUrl),
    ...(pack ? { pack: { id: pack.id, version: pack.version } } : {}),
    learner: await statementLearner(),
    now: new Date(),
    newId: () => crypto.randomUUID(),
  });
  const added = await recordStatements([statement]);
  return added === 1 ? { recorded: true } : { recorded: false, problems: [{ path: '', message: 'the suggestion could not be recorded' }] };
}
