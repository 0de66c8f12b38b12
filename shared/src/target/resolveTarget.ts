import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import {
  accessibleNameOf,
  ancestorContextOf,
  attrSelector,
  labelTextOf,
  ownTextOf,
  roleOf,
} from './elementSignals.ts';
import { textSimilarity } from './textSimilarity.ts';

export type TargetResolution =
  | { status: 'found'; element: Element; confidence: number; runnerUp: number }
  | { status: 'missing'; reason: string }
  | { status: 'ambiguous'; reason: string; confidence: number; runnerUp: number };

export interface ResolveOptions {
  /** minimum share of the fingerprint's evidence the best element must carry */
  threshold?: number;
  /** minimum lead over the second-best element */
  margin?: number;
  /** hidden elements are never targets; injectable because jsdom has no layout */
  isVisible?: (el: Element) => boolean;
}

export const DEFAULT_THRESHOLD = 0.55;
export const DEFAULT_MARGIN = 0.15;

const WEIGHTS = {
  id: 3,
  name: 2.5,
  data: 3,
  ariaLabel: 2,
  labelText: 2,
  accessibleName: 1.5,
  text: 1.5,
  role: 0.5,
  tag: 0.5,
  css: 1,
  context: 1,
} as const;

/**
 * Find the one element a fingerprint describes, or say why not.
 * A wrong highlight is worse than none: below the threshold or without a clear margin
 * over the runner-up, nothing is returned.
 */
export function resolveTarget(fp: TargetFingerprint, root: ParentNode, options: ResolveOptions = {}): TargetResolution {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const isVisible = options.isVisible ?? defaultIsVisible;

  const candidates = gatherCandidates(fp, root).filter(isVisible);
  if (candidates.length === 0) return { status: 'missing', reason: 'no element carries any of the target\'s signals' };

  const scored = candidates
    .map((element) => ({ element, confidence: scoreCandidate(fp, element) }))
    .sort((a, b) => b.confidence - a.confidence);
  const best = scored[0]!;
  const runnerUp = scored[1]?.confidence ?? 0;
  if (best.confidence < threshold) {
    return { status: 'missing', reason: `best match ${best.confidence.toFixed(2)} is below the threshold ${threshold}` };
  }
  if (best.confidence - runnerUp < margin) {
    return {
      status: 'ambiguous',
      reason: `two elements match almost equally (${best.confidence.toFixed(2)} vs ${runnerUp.toFixed(2)})`,
      confidence: best.confidence,
      runnerUp,
    };
  }
  return { status: 'found', element: best.element, confidence: round(best.confidence), runnerUp: round(runnerUp) };
}

function gatherCandidates(fp: TargetFingerprint, root: ParentNode): Element[] {
  const found = new Set<Element>();
  const add = (selector: string) => {
    try {
      root.querySelectorAll(selector).forEach((el) => found.add(el));
    } catch {
      // a malformed selector in a pack is one signal lost, not a crash
    }
  };
  const { anchors } = fp;
  if (anchors.id) add(attrSelector('id', anchors.id));
  if (anchors.name) add(attrSelector('name', anchors.name));
  for (const [key, value] of Object.entries(anchors.data ?? {})) add(attrSelector(`data-${key}`, value));
  if (anchors.ariaLabel) add(attrSelector('aria-label', anchors.ariaLabel));
  fp.css.forEach(add);
  // Labels and text are reworded on upgrade, so fall back to every element of the same tag.
  if (found.size === 0 || anchors.labelText || fp.text || fp.accessibleName) {
    const sameTag = root.querySelectorAll(fp.tag);
    if (sameTag.length <= 3000) sameTag.forEach((el) => found.add(el));
  }
  return Array.from(found);
}

function scoreCandidate(fp: TargetFingerprint, el: Element): number {
  let possible = 0;
  let earned = 0;
  const signal = (weight: number, share: number) => {
    possible += weight;
    earned += weight * share;
  };
  const { anchors } = fp;
  if (anchors.id) signal(WEIGHTS.id, el.getAttribute('id') === anchors.id ? 1 : 0);
  if (anchors.name) signal(WEIGHTS.name, el.getAttribute('name') === anchors.name ? 1 : 0);
  const data = Object.entries(anchors.data ?? {});
  if (data.length > 0) {
    const matched = data.filter(([key, value]) => el.getAttribute(`data-${key}`) === value).length;
    signal(WEIGHTS.data, matched / data.length);
  }
  if (anchors.ariaLabel) signal(WEIGHTS.ariaLabel, textSimilarity(anchors.ariaLabel, el.getAttribute('aria-label') ?? ''));
  if (anchors.labelText) signal(WEIGHTS.labelText, textSimilarity(anchors.labelText, labelTextOf(el)));
  if (fp.accessibleName) signal(WEIGHTS.accessibleName, textSimilarity(fp.accessibleName, accessibleNameOf(el)));
  if (fp.text) signal(WEIGHTS.text, textSimilarity(fp.text, ownTextOf(el)));
  if (fp.role) signal(WEIGHTS.role, roleOf(el) === fp.role ? 1 : 0);
  signal(WEIGHTS.tag, el.tagName.toLowerCase() === fp.tag ? 1 : 0);
  if (fp.css.length > 0) signal(WEIGHTS.css, fp.css.some((selector) => safeMatches(el, selector)) ? 1 : 0);
  if (fp.context?.ancestorLabel) signal(WEIGHTS.context, textSimilarity(fp.context.ancestorLabel, ancestorContextOf(el)?.ancestorLabel));
  return possible === 0 ? 0 : earned / possible;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function defaultIsVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
