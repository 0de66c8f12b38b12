/**
 * Runs inside a generated EMR page (bundled by esbuild): captures fingerprints of the page's
 * controls, then times resolveTarget on each, the way the player calls it (whole document).
 */
import { captureFingerprint } from '../../shared/src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../shared/src/targeting/resolveTarget.ts';
import type { TargetFingerprint } from '../../shared/src/schema/targetFingerprint.ts';

interface Timing {
  elements: number;
  targets: number;
  found: number;
  /** per-call durations in ms, targets still on the page (found, or ambiguous for grid-row twins) */
  presentMs: number[];
  /** per-call durations in ms, targets removed from the page after capture */
  missingMs: number[];
  /** the slowest targets (median ms), to see what costs */
  slowest: { what: string; ms: number; status: string }[];
}

function controls(): Element[] {
  const light = Array.from(document.querySelectorAll('[role="menubar"] li, [role="toolbar"] button, form input, [role="dialog"] input, [role="dialog"] button, thead th'));
  const host = document.querySelector('lis-report-toolbar');
  const shadow = host?.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll('button')) : [];
  // a few row-level controls too: they must come out ambiguous, and that costs time as well
  const rows = Array.from(document.querySelectorAll('.el-table tbody tr')).slice(0, 3).flatMap((tr) => Array.from(tr.querySelectorAll('button')));
  return [...light, ...shadow, ...rows];
}

function time(fp: TargetFingerprint, repeat: number, out: number[]): string {
  let status = '';
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    status = resolveTarget(fp, document).status;
    out.push(performance.now() - start);
  }
  return status;
}

function run(repeat: number): Timing {
  const elements = document.getElementsByTagName('*').length;
  const all = controls();
  const fingerprints = all.map((el) => captureFingerprint(el));
  const presentMs: number[] = [];
  let found = 0;
  const slowest: Timing['slowest'] = [];
  fingerprints.forEach((fp, i) => {
    const mine: number[] = [];
    const status = time(fp, repeat, mine);
    if (status === 'found') found++;
    presentMs.push(...mine);
    mine.sort((a, b) => a - b);
    const el = all[i]!;
    slowest.push({ what: `<${el.tagName.toLowerCase()}> ${(fp.text ?? fp.anchors.labelText ?? fp.context?.nearbyLabel ?? '').slice(0, 10)}`, ms: mine[Math.floor(mine.length / 2)]!, status });
  });

  // missing targets walk every root before giving up: the expensive path
  const removed = all.filter((_, i) => i % 10 === 3);
  const missingFps = removed.map((el) => captureFingerprint(el));
  for (const el of removed) el.remove();
  // the removal's style recalculation is the page's cost, due at the next frame anyway: pay it now
  void document.body.offsetHeight;
  const missingMs: number[] = [];
  missingFps.forEach((fp, i) => {
    const mine: number[] = [];
    const status = time(fp, Math.max(1, Math.floor(repeat / 2)), mine);
    missingMs.push(...mine);
    mine.sort((a, b) => a - b);
    const el = removed[i]!;
    slowest.push({ what: `missing <${el.tagName.toLowerCase()}> ${(fp.text ?? fp.anchors.labelText ?? fp.context?.nearbyLabel ?? '').slice(0, 10)}`, ms: mine[Math.floor(mine.length / 2)]!, status });
  });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 10);
  return { elements, targets: fingerprints.length, found, presentMs, missingMs, slowest };
}

(globalThis as Record<string, unknown>).__preceptorPerf = { run };
