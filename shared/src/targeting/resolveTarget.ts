import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { SignalReader } from './elementSignals.ts';
import { EVIDENCE_SCALE, LAST_TIER, MARGIN_EVIDENCE, MIN_IDENTITY_EVIDENCE, safeQueryAll, TargetScorer, THRESHOLD_EVIDENCE, type Candidate } from './scoreCandidate.ts';
import { renamedAmongPeers } from './peerNames.ts';
import { frameRoots, rootsAlongScope, scopeAgreement, scopePrefixRoots, type SearchRoot } from './targetScope.ts';

export type TargetResolution =
  | { status: 'found'; element: Element; confidence: number; runnerUp: number }
  | { status: 'missing'; reason: string }
  | { status: 'ambiguous'; reason: string; confidence: number; runnerUp: number };

export interface ResolveOptions {
  /** minimum confidence the best element must reach (confidence 1 = EVIDENCE_SCALE of evidence) */
  threshold?: number;
  /** minimum lead in confidence over the second-best element (and over any element not looked at) */
  margin?: number;
  /** hidden elements are never targets; injectable because jsdom has no layout */
  isVisible?: (el: Element) => boolean;
  /** most elements the fallback scan reads per resolve; beyond it nothing unseen is trusted */
  maxScan?: number;
  /** identity evidence of the element itself the best match needs, in confidence units */
  minIdentity?: number;
}

export const DEFAULT_THRESHOLD = THRESHOLD_EVIDENCE / EVIDENCE_SCALE;
export const DEFAULT_MARGIN = MARGIN_EVIDENCE / EVIDENCE_SCALE;
export const DEFAULT_MIN_IDENTITY = MIN_IDENTITY_EVIDENCE / EVIDENCE_SCALE;
export const DEFAULT_MAX_SCAN = 10_000;

const EPSILON = 1e-9;

interface Settings {
  threshold: number;
  margin: number;
  isVisible: (el: Element) => boolean;
  maxScan: number;
}

/**
 * Find the one element a fingerprint describes, or say why not.
 * A wrong highlight is worse than none: below the threshold, or without a clear margin over the
 * runner-up, nothing is returned.
 *
 * The search starts where the fingerprint was recorded: the document, or the frame/shadow root its
 * scope leads to. Anchors (id, data-*, name, recorded CSS, then the elements whose text shares a
 * character with the recorded text) are queried first, strongest first; the scan over every element
 * of the same tag or role only runs when they cannot settle it. When the recorded scope yields
 * nothing, same-origin frames and the roots part-way along the scope are searched too.
 */
export function resolveTarget(fp: TargetFingerprint, root: ParentNode, options: ResolveOptions = {}): TargetResolution {
  // decisions are taken in evidence; options speak confidence
  const settings: Settings = {
    threshold: (options.threshold ?? DEFAULT_THRESHOLD) * EVIDENCE_SCALE,
    margin: (options.margin ?? DEFAULT_MARGIN) * EVIDENCE_SCALE,
    isVisible: options.isVisible ?? defaultIsVisible,
    maxScan: options.maxScan ?? DEFAULT_MAX_SCAN,
  };
  const reader = new SignalReader();
  const scorer = new TargetScorer(fp, reader, (options.minIdentity ?? DEFAULT_MIN_IDENTITY) * EVIDENCE_SCALE);
  if (scorer.identityWeight === 0) {
    return { status: 'missing', reason: 'the fingerprint has no identifying signal (anchor, label, name or text)' };
  }
  const scope = fp.scope ?? [];
  const pool = new Map<Element, Candidate>();
  const scoped = rootsAlongScope(scope, root);
  const first = scoped.length > 0 ? searchRoots(fp, scorer, scoped, settings, pool) : undefined;
  if (first && first.result.status === 'found') return first.result;

  // Nothing in the recorded scope: look in nearby roots too, keeping what was already scored —
  // the same-origin frames (cheap to list) and the roots part-way along the recorded scope (the
  // control moved out of its component). Finding every open shadow root would mean walking every
  // element of the page (tens of ms at 100,000 elements) on each retry of a waiting step: not done.
  const searched = new Set<ParentNode>(scoped.map((s) => s.root));
  const wider = first?.result.status === 'ambiguous' ? [] : [...frameRoots(root), ...scopePrefixRoots(scope, root)];
  const extra = wider.filter((s) => {
    if (searched.has(s.root)) return false;
    searched.add(s.root);
    return true;
  });
  let outcome: Searched;
  if (first && extra.length === 0) outcome = first;
  else {
    const wide = searchRoots(fp, scorer, extra, settings, pool);
    outcome =
      wide.result.status === 'missing' && scoped.length === 0 && scope.length > 0
        ? { result: { status: 'missing', reason: `the recorded ${scope.map((h) => `${h.kind} <${h.tag}>`).join(' > ')} is not on the page; ${wide.result.reason}` } }
        : wide;
  }
  const result = outcome.result;
  if (result.status === 'found') return result;

  // Nothing matches well enough, or two match almost equally: perhaps the control was renamed,
  // which the controls recorded beside it can tell from a removal (peerNames.ts).
  const heir = renamedAmongPeers(fp, [...scoped, ...extra], reader, settings.isVisible, settings.maxScan);
  if (result.status === 'ambiguous') {
    // Two readings that agree: the scorer's leader (ahead of every rival, though not by the
    // margin) is also the one element the recorded peers leave as the control renamed. Where they
    // point at different elements, or the peer rule cannot pick one, it stays ambiguous.
    return heir !== undefined && 'element' in heir && heir.element === outcome.leader
      ? { status: 'found', element: heir.element, confidence: result.confidence, runnerUp: result.runnerUp }
      : result;
  }
  if (heir === undefined) return result;
  if ('refused' in heir) return { status: 'missing', reason: `${result.reason}; ${heir.refused}` };
  // as sure as the least a match may be: one word and the absence of every other control
  return { status: 'found', element: heir.element, confidence: confidenceOf(settings.threshold), runnerUp: 0 };
}

/** A search's result, and for a near tie (ambiguous by the margin alone) the element ahead. */
interface Searched {
  result: TargetResolution;
  leader?: Element;
}

function searchRoots(fp: TargetFingerprint, scorer: TargetScorer, roots: SearchRoot[], settings: Settings, pool: Map<Element, Candidate>): Searched {
  // every element read counts against one budget: beyond it, nothing unseen is vouched for
  let truncated = false;
  const add = (elements: ArrayLike<Element>, site: SearchRoot, share: number) => {
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i]!;
      if (pool.has(el)) continue;
      if (pool.size >= settings.maxScan) {
        truncated = true;
        return;
      }
      pool.set(el, scorer.candidate(el, site, share));
    }
  };
  const shares = roots.map((site) => scopeAgreement(fp.scope ?? [], site.hops));

  let queriedGap = 0;
  for (const query of scorer.anchorQueries) {
    roots.forEach((site, i) => add(query.find(site.root), site, shares[i]!));
    if (query.exact && !truncated) queriedGap += query.gap;
    const decision = decide(scorer, pool, scorer.unseenBound(queriedGap), settings, truncated);
    if (decision.final) return decision;
  }

  // Fallback: every element of the fingerprint's tag or role, within the budget.
  for (const selector of scorer.scanSelectors()) {
    roots.forEach((site, i) => {
      if (!truncated) add(safeQueryAll(site.root, selector), site, shares[i]!);
    });
  }
  return decide(scorer, pool, truncated ? scorer.unseenBound(queriedGap) : -Infinity, settings, truncated);
}

/**
 * Best and runner-up among the pool, reading expensive signals only for elements that can still
 * change the outcome (ordered by upper bound, then pruned). `unseen` bounds any element not in
 * the pool. `final` says the decision cannot change by looking further.
 */
function decide(
  scorer: TargetScorer,
  pool: Map<Element, Candidate>,
  unseen: number,
  { threshold, margin, isVisible }: Settings,
  truncated = false,
): Searched & { final: boolean } {
  const candidates = Array.from(pool.values());
  for (const c of candidates) if (c.tierDone < 0) scorer.advance(c);
  // ordered by the bound known now; a bound only falls as more signals are read
  const ordered = candidates.map((c) => ({ c, key: scorer.bound(c) })).sort((a, b) => b.key - a.key);

  let best: { c: Candidate; score: number } | undefined;
  let second: { c: Candidate; score: number } | undefined;
  /** best evidence of any element read in full, for the reason of a miss */
  let bestBelow = -Infinity;
  const settled = new Set<Candidate>();
  /**
   * Whether an element whose evidence is at most `upper` can still change the decision:
   * below the threshold only reaching it matters; while one element leads clearly, only coming
   * within the margin of it; while two are close (ambiguous), only beating both clearly.
   */
  const matters = (upper: number) => {
    if (!best || best.score < threshold) return upper >= threshold - EPSILON;
    if (second && best.score - second.score < margin) return upper >= best.score + margin - EPSILON;
    return upper >= best.score - margin - EPSILON;
  };
  /** false when this candidate (and, by the ordering, every later one) cannot matter now */
  const consider = ({ c, key }: { c: Candidate; key: number }): boolean => {
    if (!matters(key)) return false;
    if (settled.has(c) || !matters(scorer.bound(c))) return true;
    while (c.tierDone < LAST_TIER && matters(scorer.bound(c))) scorer.advance(c);
    const score = scorer.bound(c);
    // a recorded peer's namesake is another control: not "the best match" of a miss either
    if (c.tierDone === LAST_TIER && !scorer.namedAsPeer(c)) bestBelow = Math.max(bestBelow, score);
    if (c.tierDone < LAST_TIER || !matters(score)) return true;
    settled.add(c);
    c.visible ??= isVisible(c.element) && c.site.hosts.every((host) => isVisible(host));
    if (!c.visible || scorer.namedAsPeer(c)) return true;
    changed = true;
    // an element and a wrapper around it that says nothing else are one thing on screen, not two
    // rivals (a card's header <div> around its title <div>): the better reading stands for both,
    // and the answer is the one read better (the control of the recorded kind, not the text inside
    // it), or at a tie the inner one, whose words they are
    if (best && sameOnScreen(c.element, best.c.element)) {
      best = { c: score === best.score ? innerOf(c, best.c) : score > best.score ? c : best.c, score: Math.max(score, best.score) };
      return true;
    }
    if (second && sameOnScreen(c.element, second.c.element)) {
      if (score <= second.score) return true;
      second = undefined;
    }
    // the runner-up is the best *rival*: an element its own words rule out (another name, a
    // recorded peer's name) is no rival, however much of the target's kind it shares
    if (!best || score > best.score) {
      if (best && !scorer.rulesOut(best.c) && (!second || best.score > second.score)) second = best;
      best = { c, score };
    } else if ((!second || score > second.score) && !scorer.rulesOut(c)) second = { c, score };
    return true;
  };
  // The cut-off moves as the leaders change (down to "within the margin" once one leads, up to
  // "beat both" while two are close): pass again until a pass changes nothing.
  let changed = true;
  while (changed) {
    changed = false;
    for (const entry of ordered) if (!consider(entry)) break;
  }

  const top = best?.score ?? -Infinity;
  const runnerUp = second?.score ?? -Infinity;
  const show = (evidence: number) => (evidence / EVIDENCE_SCALE).toFixed(2);
  if (!best || top < threshold) {
    const seen = Math.max(top, bestBelow);
    return {
      final: unseen < threshold - EPSILON,
      result: {
        status: 'missing',
        reason: truncated && unseen >= threshold
          ? `the page has too many similar elements to check them all (read ${pool.size})`
          : pool.size === 0
            ? 'no element carries any of the target\'s signals'
            : seen === -Infinity
              ? `no element comes near the threshold ${show(threshold)}`
              : `best match ${show(Math.max(0, seen))} is below the threshold ${show(threshold)}`,
      },
    };
  }
  if (top - runnerUp < margin) {
    return {
      // only an element clearly ahead of both could still change it
      final: unseen < top + margin - EPSILON,
      leader: top > runnerUp ? best.c.element : undefined,
      result: {
        status: 'ambiguous',
        reason: `two elements match almost equally (${show(top)} vs ${show(runnerUp)})`,
        confidence: confidenceOf(top),
        runnerUp: confidenceOf(runnerUp),
      },
    };
  }
  if (top - unseen < margin) {
    return {
      final: false,
      result: {
        status: 'ambiguous',
        reason: truncated
          ? `the page has too many similar elements to rule them all out (best ${show(top)})`
          : `best match ${show(top)} is not clearly ahead of unchecked elements`,
        confidence: confidenceOf(top),
        runnerUp: confidenceOf(Math.max(runnerUp, unseen)),
      },
    };
  }
  if (!scorer.identified(best.c)) {
    // decided: nothing else comes close, but what matches is mostly the kind of element
    return { final: true, result: { status: 'missing', reason: `the best match (${show(top)}) agrees on too little that identifies it` } };
  }
  return { final: true, result: { status: 'found', element: best.c.element, confidence: confidenceOf(top), runnerUp: confidenceOf(runnerUp) } };
}

/** Of two candidates one of which contains the other, the inner one. */
function innerOf(a: Candidate, b: Candidate): Candidate {
  return a.element.contains(b.element) ? b : a;
}

/** One contains the other and neither shows any text the other does not. */
export function sameOnScreen(a: Element, b: Element): boolean {
  if (!a.contains(b) && !b.contains(a)) return false;
  return (a.textContent ?? '').replace(/\s+/g, '') === (b.textContent ?? '').replace(/\s+/g, '');
}

/**
 * Evidence as a confidence: 1 is EVIDENCE_SCALE of evidence, and more evidence reads above 1
 * (uncapped, so two strong look-alikes show as "1.29 vs 1.29", not "1 vs 1"); never below 0.
 */
function confidenceOf(evidence: number): number {
  return Math.round(Math.max(0, evidence / EVIDENCE_SCALE) * 1000) / 1000;
}

/** Is the element rendered now (the browser's checkVisibility; true where it does not exist, e.g. jsdom)? */
export function defaultIsVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** Documents and shadow roots a waiter must observe for a fingerprint (see targetScope.ts). */
export { observableRoots } from './targetScope.ts';
