import drillCatalogJson from '@preceptor/shared/packs/drill-catalog.json';
import { DrillCatalog } from '@preceptor/shared/scenario/drillCatalog.ts';
import type { ScenarioAttemptResult } from '@preceptor/shared/scenario/relayMessage.ts';
import { attemptStatementIds, relayedAttemptStatements } from '@preceptor/shared/scenario/relayedAttempt.ts';
import { relayOriginAllowed } from '@preceptor/shared/scenario/sandboxOrigins.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { relayOrigins } from './sandboxOrigins.ts';
import { statementLearner } from './learnerProfile.ts';
import { recordStatements } from './progressLog.ts';

/** The sandbox's drills, bundled at build time from sandbox/scenarios/*.json (`pnpm schema`). */
const DRILLS = DrillCatalog.parse(drillCatalogJson);

/**
 * A scenario attempt a training sandbox page reported (the gate already parsed it and checked it
 * came from our content script). Kept only when the page's origin — from the sender URL the
 * browser reports, userinfo refused — is one of the configured training sandbox origins and the
 * attempt fits a known drill. The statements are built here, with the learner's account and
 * profile role, and marked as reported by the training sandbox. Returns how many were recorded.
 */
export async function relayScenarioAttempt(senderUrl: string | undefined, attempt: ScenarioAttemptResult, now = new Date()): Promise<number> {
  if (!relayOriginAllowed(senderUrl, await relayOrigins())) return 0;
  const learner = await statementLearner();
  const built = relayedAttemptStatements(
    attempt,
    DRILLS,
    { learnerId: learner.learnerId, homePage: learner.homePage, language: learner.language, role: learner.role ?? null, ...(learner.department ? { department: learner.department } : {}) },
    now,
    await attemptStatementIds(attempt.attemptId),
  );
  if (!built.ok) return 0;
  return recordStatements(built.statements as XapiStatement[]);
}
