import type { HealthCheckRow } from '../tour/healthCheck.ts';

/**
 * Health checks a mentor ran on the pages of a pack, kept per page pattern (never per URL: a URL
 * may carry a patient id). A newer check of a page replaces the older one.
 */
export interface PageHealth {
  pagePattern: string;
  checkedAt: number;
  rows: HealthCheckRow[];
}

/** pack key -> page pattern -> the last check there */
export type HealthStore = Record<string, Record<string, PageHealth>>;

export function recordPageHealth(store: HealthStore, packKey: string, pagePattern: string, rows: readonly HealthCheckRow[], now: number): HealthStore {
  return { ...store, [packKey]: { ...(store[packKey] ?? {}), [pagePattern]: { pagePattern, checkedAt: now, rows: [...rows] } } };
}

export type StepHealthStatus = 'found' | 'ambiguous' | 'missing';

export interface StepHealth {
  tourId: string;
  stepId: string;
  stepIndex: number;
  status: StepHealthStatus;
  confidence: number | null;
  reason: string;
  /** pages where the step was resolved */
  pages: string[];
  checkedAt: number;
}

const RANK: Record<StepHealthStatus, number> = { found: 2, ambiguous: 1, missing: 0 };

/**
 * One verdict per step across every page checked: the best result wins, because a step belongs
 * on one page and is rightly absent from the others. Steps never resolved (no target, only
 * checked on other pages, or in a dialog closed at the time) are left out.
 */
export function stepHealth(pages: Record<string, PageHealth> | undefined): StepHealth[] {
  const byStep = new Map<string, StepHealth>();
  for (const page of Object.values(pages ?? {})) {
    for (const row of page.rows) {
      if (row.status === 'no-target' || row.status === 'other-page' || row.status === 'in-closed-dialog') continue;
      const key = `${row.tourId}/${row.stepId}`;
      const seen = byStep.get(key);
      if (!seen) {
        byStep.set(key, { tourId: row.tourId, stepId: row.stepId, stepIndex: row.stepIndex, status: row.status, confidence: row.confidence, reason: row.reason, pages: [page.pagePattern], checkedAt: page.checkedAt });
        continue;
      }
      seen.pages.push(page.pagePattern);
      seen.checkedAt = Math.max(seen.checkedAt, page.checkedAt);
      if (RANK[row.status] > RANK[seen.status] || (row.status === seen.status && (row.confidence ?? 0) > (seen.confidence ?? 0))) {
        Object.assign(seen, { status: row.status, confidence: row.confidence, reason: row.reason, stepIndex: row.stepIndex });
      }
    }
  }
  return [...byStep.values()].sort((a, b) => (a.tourId === b.tourId ? a.stepIndex - b.stepIndex : a.tourId < b.tourId ? -1 : 1));
}

/** Forget what was checked for a step (after re-picking its target the old verdict no longer holds). */
export function forgetStepHealth(store: HealthStore, packKey: string, tourId: string, stepId: string): HealthStore {
  const pages = store[packKey];
  if (!pages) return store;
  const next: Record<string, PageHealth> = {};
  for (const [pattern, page] of Object.entries(pages)) next[pattern] = { ...page, rows: page.rows.filter((r) => !(r.tourId === tourId && r.stepId === stepId)) };
  return { ...store, [packKey]: next };
}
