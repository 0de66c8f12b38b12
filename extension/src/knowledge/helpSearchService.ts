import { buildHelpIndex, helpItemsOf, searchHelp, type HelpIndex } from '@preceptor/shared/learning/helpSearch.ts';
import { packMatchesPage } from '@preceptor/shared/tour/toursForPage.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installedPacks } from '../packs/installedPacks.ts';
import { ensureLearnerProfile } from '../progress/learnerProfile.ts';
import type { HelpSearchReply } from './protocol.ts';

/** Hits sent per keystroke: a panel shows a screenful; the count says how many more. */
const HITS_SHOWN = 30;

/**
 * The index of the installed packs: built on the first search, then kept until the pack set
 * changes (pinyin is the costly part; a keystroke only scans it).
 */
let cached: HelpIndex | undefined;

/** Forget the index (the installed packs changed): registerKnowledge watches them. */
export function forgetHelpIndex(): void {
  cached = undefined;
}

function indexFor(packs: readonly ContentPack[]): HelpIndex {
  cached ??= buildHelpIndex(helpItemsOf(packs));
  return cached;
}

/** The help panel's search: the packs covering this page, the learner's role, their language. */
export async function searchHelpForPage(query: string, url: string): Promise<HelpSearchReply> {
  const [packs, profile] = await Promise.all([installedPacks.getValue(), ensureLearnerProfile()]);
  const language = profile.language;
  const packIds = new Set(packs.filter((pack) => packMatchesPage(pack, url)).map((pack) => pack.id));
  const { hits, total } = searchHelp(indexFor(packs), query, { role: profile.role ?? '', url, packIds, limit: HITS_SHOWN });
  return {
    hits: hits.map(({ item, onPage }) => ({
      key: item.key,
      kind: item.kind,
      packId: item.packId,
      id: item.id,
      title: item.title[language],
      ...(item.body ? { body: item.body[language] } : {}),
      ...(item.url ? { url: item.url } : {}),
      onPage,
    })),
    total,
    language,
  };
}
