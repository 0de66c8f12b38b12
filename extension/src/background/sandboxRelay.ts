import { SandboxRelayMessage } from '@preceptor/shared/scenario/relayMessage.ts';
import { packMatchesPage } from '@preceptor/shared/tour/toursForPage.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { installedPacks } from '../storage/items.ts';
import { statementLearner } from './learner.ts';
import { learnerActor } from '@preceptor/shared/record/statementParts.ts';
import { recordStatements } from './progressLog.ts';

/**
 * Scenario results the sandbox posted on its page, copied into the learner's log so one export
 * holds live-EMR and sandbox work. Accepted only from pages an installed pack covers, parsed
 * with zod, and stamped with this learner's account (statement ids kept: re-relaying is harmless).
 */
export async function relaySandboxStatements(pageUrl: string, message: unknown): Promise<number> {
  const packs = await installedPacks.getValue();
  if (!packs.some((pack) => packMatchesPage(pack, pageUrl))) return 0;
  const parsed = SandboxRelayMessage.safeParse(message);
  if (!parsed.success) return 0;
  const actor = learnerActor(await statementLearner());
  const statements = parsed.data.statements.map((s) => ({ ...s, actor }) as unknown as XapiStatement);
  await recordStatements(statements);
  return statements.length;
}
