import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { captureFingerprint } from '../targeting/captureFingerprint.ts';
import { resolveTarget, type ResolveOptions } from '../targeting/resolveTarget.ts';
import { opensInDialog } from './healthCheck.ts';

/** One step the upgrade rehearsal checks on a page: content ids and the recorded target. */
export interface RehearsalStepInput {
  tourId: string;
  stepId: string;
  target: TargetFingerprint;
}

/**
 * What the resolver made of one step on the upgraded page. `target` is the element found, captured
 * with the fingerprint rules (labels, never page data), so the mentor can compare it with the old
 * one and a "what changed" step can be attached to it.
 */
export interface RehearsalPageOutcome {
  tourId: string;
  stepId: string;
  status: 'found' | 'missing' | 'ambiguous' | 'dialog';
  /** uncapped confidence of the best element (null when nothing came close) */
  confidence: number | null;
  /** uncapped confidence of the best rival */
  runnerUp: number | null;
  reason: string;
  target?: TargetFingerprint;
}

/**
 * The rehearsal's look at one page: resolve every step's target as the page is now. Read only — it
 * never clicks, types or changes the page. A target in a dialog (healthCheck.ts's opensInDialog) that
 * is not there is "not checked", not missing: the page would have to be driven to open it. (Unlike the
 * health check, it does not ask whether some dialog is open: the rehearsal loads each page fresh.)
 */
export function rehearseSteps(steps: readonly RehearsalStepInput[], root: ParentNode, options?: ResolveOptions): RehearsalPageOutcome[] {
  return steps.map(({ tourId, stepId, target }): RehearsalPageOutcome => {
    // existence is what an upgrade breaks: a target in another tab or a collapsed panel still counts
    const result = resolveTarget(target, root, { ...options, isVisible: () => true });
    if (result.status === 'found') {
      return { tourId, stepId, status: 'found', confidence: result.confidence, runnerUp: result.runnerUp, reason: '', target: captureFingerprint(result.element) };
    }
    if (result.status === 'missing' && opensInDialog(target)) {
      return { tourId, stepId, status: 'dialog', confidence: null, runnerUp: null, reason: result.reason };
    }
    if (result.status === 'ambiguous') return { tourId, stepId, status: 'ambiguous', confidence: result.confidence, runnerUp: result.runnerUp, reason: result.reason };
    return { tourId, stepId, status: 'missing', confidence: null, runnerUp: null, reason: result.reason };
  });
}
