/**
 * Runs inside the fixture page (bundled by esbuild, injected by run.ts).
 *
 * The expected element of every target carries `data-bench-id` in the fixture. `takeMarks` reads
 * and REMOVES those attributes (and `data-bench-expect`) before anything is captured or resolved,
 * so neither our resolver nor the baseline can see the answer key.
 */
import { captureFingerprint } from '../../shared/src/targeting/captureFingerprint.ts';
import { resolveTarget, type ResolveOptions } from '../../shared/src/targeting/resolveTarget.ts';
import { allRoots, scopeAgreement } from '../../shared/src/targeting/targetScope.ts';
import { SignalReader } from '../../shared/src/targeting/elementSignals.ts';
import { TargetScorer } from '../../shared/src/targeting/scoreCandidate.ts';
import type { TargetFingerprint } from '../../shared/src/schema/targetFingerprint.ts';
import { resolveSelectorChain, selectorChain } from './baselineSelector.ts';

export interface RecordedTarget {
  id: string;
  /** the fixture says no resolver can tell this element from its peers (a button in one of many rows) */
  expectAmbiguous: boolean;
  fingerprint: TargetFingerprint;
  baseline: string[];
}

export type Verdict = 'correct' | 'missing' | 'wrong';

export interface TargetOutcome {
  id: string;
  /** what the right answer is on this page */
  expected: 'element' | 'removed' | 'duplicated' | 'ambiguous';
  ours: { verdict: Verdict; status: string; confidence?: number; reason?: string; ms: number };
  baseline: { verdict: Verdict; selector: string };
}

interface Mark {
  elements: Element[];
  expectAmbiguous: boolean;
}

let marks: Map<string, Mark> | undefined;

function takeMarks(): Map<string, Mark> {
  if (marks) return marks;
  marks = new Map();
  for (const { root } of allRoots(document)) {
    for (const el of Array.from(root.querySelectorAll('[data-bench-id]'))) {
      const id = el.getAttribute('data-bench-id')!;
      const mark = marks.get(id) ?? { elements: [], expectAmbiguous: false };
      mark.elements.push(el);
      if (el.getAttribute('data-bench-expect') === 'ambiguous') mark.expectAmbiguous = true;
      marks.set(id, mark);
    }
  }
  for (const mark of marks.values()) {
    for (const el of mark.elements) {
      el.removeAttribute('data-bench-id');
      el.removeAttribute('data-bench-expect');
    }
  }
  return marks;
}

function capture(): RecordedTarget[] {
  const out: RecordedTarget[] = [];
  for (const [id, mark] of takeMarks()) {
    if (mark.elements.length !== 1) throw new Error(`${id}: ${mark.elements.length} elements on the original page`);
    const el = mark.elements[0]!;
    out.push({ id, expectAmbiguous: mark.expectAmbiguous, fingerprint: captureFingerprint(el), baseline: selectorChain(el) });
  }
  return out;
}

function resolve(records: RecordedTarget[], repeat = 1, options: ResolveOptions = {}): TargetOutcome[] {
  const page = takeMarks();
  return records.map((record) => {
    const mark = page.get(record.id);
    const count = mark?.elements.length ?? 0;
    const expected: TargetOutcome['expected'] =
      record.expectAmbiguous ? 'ambiguous' : count === 0 ? 'removed' : count > 1 ? 'duplicated' : 'element';
    const right = expected === 'element' ? mark!.elements[0]! : null;

    let result = resolveTarget(record.fingerprint, document, options);
    const start = performance.now();
    for (let i = 0; i < repeat; i++) result = resolveTarget(record.fingerprint, document, options);
    const ms = (performance.now() - start) / repeat;
    const ours: TargetOutcome['ours'] = { verdict: judge(result.status === 'found' ? result.element : null, right), status: result.status, ms };
    if (result.status !== 'missing') ours.confidence = result.confidence;
    if (result.status !== 'found') ours.reason = result.reason;

    const baselineEl = resolveSelectorChain(record.baseline, document);
    return { id: record.id, expected, ours, baseline: { verdict: judge(baselineEl, right), selector: record.baseline.join(' >>> ') } };
  });
}

/** Right element, or rightly nothing: correct. Nothing where the element exists: missing. Anything else: wrong. */
function judge(returned: Element | null, right: Element | null): Verdict {
  if (!returned) return right ? 'missing' : 'correct';
  return returned === right ? 'correct' : 'wrong';
}

/** For tuning: each signal's evidence for the expected element and for its closest rivals. */
function explain(records: RecordedTarget[], ids: string[]): unknown[] {
  const page = takeMarks();
  return records.filter((r) => ids.includes(r.id)).map((record) => {
    const scorer = new TargetScorer(record.fingerprint, new SignalReader());
    const rows: { what: string; total: number; signals: string }[] = [];
    const expected = page.get(record.id)?.elements ?? [];
    for (const site of allRoots(document)) {
      const share = scopeAgreement(record.fingerprint.scope ?? [], site.hops);
      const seen = new Set<Element>();
      for (const selector of scorer.scanSelectors()) {
        for (const el of Array.from(site.root.querySelectorAll(selector))) {
          if (seen.has(el)) continue;
          seen.add(el);
          const parts = scorer.explain(el, site, share);
          const total = parts.reduce((a, p) => a + p.evidence, 0);
          const what = `${expected.includes(el) ? '*' : ' '}<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 20)}`;
          rows.push({ what, total: Math.round(total * 100) / 100, signals: parts.map((p) => `${p.signal}${p.identity ? '' : '~'}=${Math.round(p.evidence * 100) / 100}`).join(' ') });
        }
      }
    }
    rows.sort((a, b) => b.total - a.total);
    const top = rows.slice(0, 4);
    for (const row of rows) if (row.what.startsWith('*') && !top.includes(row)) top.push(row);
    return { id: record.id, fingerprint: record.fingerprint, candidates: top };
  });
}

/** What a mentor can pick: interactive elements, headings and section titles (read after takeMarks). */
const INTERACTIVE =
  'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=link], [role=tab], [role=menuitem], [role=menuitemradio], [role=menuitemcheckbox], [role=checkbox], [role=radio], [role=switch], [role=combobox], [role=option], [role=spinbutton]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role=heading], legend, [class*="title" i]';

export interface SelfResolution {
  picked: number;
  resolved: number;
  /** not resolved to the picked element: missing, ambiguous, or another element */
  refusals: { what: string; status: string; reason: string }[];
}

function pickable(): Element[] {
  const out: Element[] = [];
  for (const { root } of allRoots(document)) {
    for (const el of Array.from(root.querySelectorAll(`${INTERACTIVE}, ${HEADINGS}`))) {
      if (el.closest('[aria-hidden="true"]') || !(el as Element & { checkVisibility?: () => boolean }).checkVisibility?.()) continue;
      // the outermost control is what is picked (a <span> inside a <button> is the button)
      if (el.parentElement?.closest(INTERACTIVE)) continue;
      if (!el.matches(INTERACTIVE)) {
        // a title: its own short text, no control inside, not inside another title
        const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim().length > 0);
        const text = (el.textContent ?? '').trim();
        if (!own || text.length === 0 || text.length > 40 || el.querySelector(INTERACTIVE)) continue;
        if (el.parentElement?.closest(HEADINGS) && !el.matches('h1, h2, h3, h4, h5, h6, [role=heading], legend')) continue;
      }
      out.push(el);
    }
  }
  return out;
}

/** Every pickable element, fingerprinted (JSON round trip) and resolved on the page it was picked on. */
function selfResolve(): SelfResolution {
  takeMarks();
  const picked = pickable();
  const refusals: SelfResolution['refusals'] = [];
  let resolved = 0;
  for (const el of picked) {
    const fingerprint = JSON.parse(JSON.stringify(captureFingerprint(el))) as TargetFingerprint;
    const result = resolveTarget(fingerprint, document);
    if (result.status === 'found' && result.element === el) {
      resolved++;
      continue;
    }
    const role = el.getAttribute('role');
    const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? (el.textContent ?? '').trim();
    const what = `<${el.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> ${JSON.stringify(label.slice(0, 24))}`;
    if (result.status === 'found') refusals.push({ what, status: 'other', reason: `resolved to another element (confidence ${result.confidence.toFixed(2)})` });
    else refusals.push({ what, status: result.status, reason: result.reason });
  }
  return { picked: picked.length, resolved, refusals };
}

(globalThis as Record<string, unknown>).__preceptorBench = { capture, resolve, explain, selfResolve };
