import type { Tour } from '../schema/contentPack.ts';
import type { LocalizedText } from '../schema/localizedText.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { urlMatches } from '../site/urlPattern.ts';
import { defaultIsVisible, resolveTarget, type ResolveOptions } from '../targeting/resolveTarget.ts';

export interface HealthCheckInput {
  packId: string;
  packVersion: string;
  tour: Tour;
}

/** One step's result in a health check: found / ambiguous / missing, or not checkable here. */
export interface HealthCheckRow {
  packId: string;
  packVersion: string;
  tourId: string;
  /** the tour's and the step's titles from the pack (content, never page text) */
  tourTitle: LocalizedText;
  stepTitle: LocalizedText;
  stepId: string;
  stepIndex: number;
  /** `in-closed-dialog`: not on the page, recorded inside a dialog, and no dialog is open now */
  status: 'found' | 'ambiguous' | 'missing' | 'in-closed-dialog' | 'no-target' | 'other-page';
  confidence: number | null;
  reason: string;
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/** The step's target was recorded inside a dialog (its nearest labelled container was one). */
export function recordedInDialog(target: TargetFingerprint): boolean {
  return DIALOG_ROLES.has(target.context?.ancestorRole ?? '');
}

/** A target recorded inside a dialog, or a dialog itself: closed when the page loads. */
export function opensInDialog(target: TargetFingerprint): boolean {
  return recordedInDialog(target) || target.tag === 'dialog';
}

/**
 * A dialog is open on the page: an open <dialog>, or a shown element with a dialog role or
 * aria-modal (the role and aria-modal are what component libraries' modals carry).
 */
export function pageHasOpenDialog(root: ParentNode, isVisible: (el: Element) => boolean = defaultIsVisible): boolean {
  if (root.querySelector('dialog[open]')) return true;
  return [...root.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"]')].some((el) => isVisible(el));
}

/**
 * A target that is not on the page is in a closed dialog — its normal state on page load, not a
 * broken step — when it was recorded inside a dialog (or is one) and no dialog is open now. With a dialog open,
 * the step's own dialog may be that one, and a target missing from it is missing.
 */
export function missingBecauseDialogClosed(target: TargetFingerprint, dialogOpen: boolean): boolean {
  return opensInDialog(target) && !dialogOpen;
}

/**
 * "Check this page": resolve every step of every tour against the page as it is now.
 * Reports content ids and resolver figures only — nothing read from the page.
 */
export function healthCheckRows(tours: readonly HealthCheckInput[], url: string, root: ParentNode, options?: ResolveOptions): HealthCheckRow[] {
  let dialogOpen: boolean | undefined;
  const anyDialogOpen = () => (dialogOpen ??= pageHasOpenDialog(root, options?.isVisible));
  return tours.flatMap(({ packId, packVersion, tour }) =>
    tour.steps.map((step, stepIndex): HealthCheckRow => {
      const row = { packId, packVersion, tourId: tour.id, tourTitle: tour.title, stepTitle: step.title, stepId: step.id, stepIndex };
      if (!step.target) return { ...row, status: 'no-target', confidence: null, reason: 'the step has no target' };
      if (step.page && !urlMatches(url, [step.page])) return { ...row, status: 'other-page', confidence: null, reason: `the step belongs to ${step.page}` };
      // existence is what an upgrade breaks: a target in a closed dialog or another tab still counts
      const result = resolveTarget(step.target, root, { ...options, isVisible: () => true });
      if (result.status === 'found') {
        const shown = (options?.isVisible ?? defaultIsVisible)(result.element);
        return { ...row, status: 'found', confidence: result.confidence, reason: shown ? '' : 'present but hidden right now' };
      }
      if (result.status === 'missing' && missingBecauseDialogClosed(step.target, anyDialogOpen())) {
        return { ...row, status: 'in-closed-dialog', confidence: null, reason: 'recorded in a dialog, and no dialog is open: open it to check' };
      }
      return { ...row, status: result.status, confidence: result.status === 'ambiguous' ? result.confidence : null, reason: result.reason };
    }),
  );
}

export function healthCheckSummary(rows: readonly HealthCheckRow[]): Record<HealthCheckRow['status'], number> {
  const counts = { found: 0, ambiguous: 0, missing: 0, 'in-closed-dialog': 0, 'no-target': 0, 'other-page': 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
