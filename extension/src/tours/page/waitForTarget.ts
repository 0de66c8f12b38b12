import { resolveTarget, type TargetResolution } from '@preceptor/shared/targeting/resolveTarget.ts';
import { observableRoots } from '@preceptor/shared/targeting/targetScope.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';

/**
 * Resolve again no sooner than this many times the last resolve's cost after it: on a 100,000-element
 * page (~25 ms a resolve) a busy page gets about one retry every quarter second, not one per frame,
 * so waiting spends at most ~10% of the main thread.
 */
const RETRY_COST_FACTOR = 9;

/**
 * Resolve now, or when the page has settled after changes (dialogs open, tables load).
 * Mutations only schedule one resolve per animation frame, fewer on pages where a resolve is slow;
 * a change still pending at the timeout gets one last resolve.
 */
export function waitForTarget(
  fingerprint: TargetFingerprint,
  { timeoutMs, signal }: { timeoutMs: number; signal: AbortSignal },
): Promise<TargetResolution> {
  return new Promise((resolve) => {
    let nextAllowedAt = 0;
    const attempt = () => {
      const started = performance.now();
      const result = resolveTarget(fingerprint, document);
      const ended = performance.now();
      nextAllowedAt = ended + (ended - started) * RETRY_COST_FACTOR;
      return result;
    };
    let last = attempt();
    if (last.status === 'found' || signal.aborted) return resolve(last);
    let frame = 0;
    let delay: ReturnType<typeof setTimeout> | undefined;
    /** the page changed since the last resolve */
    let changed = false;
    const finish = (result: TargetResolution) => {
      observer.disconnect();
      document.removeEventListener('load', onFrameLoad, { capture: true });
      cancelAnimationFrame(frame);
      clearTimeout(delay);
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(last);
    const retry = () => {
      frame = 0;
      delay = undefined;
      changed = false;
      last = attempt();
      if (last.status === 'found') finish(last);
    };
    const schedule = () => {
      changed = true;
      if (frame || delay) return;
      const wait = nextAllowedAt - performance.now();
      if (wait > 0) delay = setTimeout(() => (frame = requestAnimationFrame(retry)), wait);
      else frame = requestAnimationFrame(retry);
    };
    const observer = new MutationObserver(schedule);
    const timer = setTimeout(() => finish(changed ? resolveTarget(fingerprint, document) : last), timeoutMs);
    signal.addEventListener('abort', onAbort);
    // One observer per root along the target's recorded scope: a document-level observer does not
    // see changes inside shadow roots or frames. A frame that (re)loads gets observed again.
    const observeRoots = () => {
      for (const node of observableRoots(fingerprint.scope, document)) {
        observer.observe(node, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] });
      }
    };
    const onFrameLoad = () => {
      observeRoots();
      schedule();
    };
    document.addEventListener('load', onFrameLoad, { capture: true, signal });
    observeRoots();
  });
}
