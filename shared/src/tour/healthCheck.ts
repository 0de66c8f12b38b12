import type { Tour } from '../schema/contentPack.ts';
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
  stepId: string;
  stepIndex: number;
  status: 'found' | 'ambiguous' | 'missing' | 'no-target' | 'other-page';
  confidence: number | null;
  reason: string;
}

/**
 * "Check this page": resolve every step of every tour against the page as it is now.
 * Reports content ids and resolver figures only — nothing read from the page.
 */
export function healthCheckRows(tours: readonly HealthCheckInput[], url: string, root: ParentNode, options?: ResolveOptions): HealthCheckRow[] {
  return tours.flatMap(({ packId, packVersion, tour }) =>
    tour.steps.map((step, stepIndex): HealthCheckRow => {
      const row = { packId, packVersion, tourId: tour.id, stepId: step.id, stepIndex };
      if (!step.target) return { ...row, status: 'no-target', confidence: null, reason: 'the step has no target' };
      if (step.page && !urlMatches(url, [step.page])) return { ...row, status: 'other-page', confidence: null, reason: `the step belongs to ${step.page}` };
      // existence is what an upgrade breaks: a target in a closed dialog or another tab still counts
      const result = resolveTarget(step.target, root, { ...options, isVisible: () => true });
      if (result.status === 'found') {
        const shown = (options?.isVisible ?? defaultIsVisible)(result.element);
        return { ...row, status: 'found', confidence: result.confidence, reason: shown ? '' : 'present but hidden right now' };
      }
      return { ...row, status: result.status, confidence: result.status === 'ambiguous' ? result.confidence : null, reason: result.reason };
    }),
  );
}

export function healthCheckSummary(rows: readonly HealthCheckRow[]): Record<HealthCheckRow['status'], number> {
  const counts = { found: 0, ambiguous: 0, missing: 0, 'no-target': 0, 'other-page': 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
