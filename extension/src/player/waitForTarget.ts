import { resolveTarget, type TargetResolution } from '@preceptor/shared/target/resolveTarget.ts';
import { observableRoots } from '@preceptor/shared/target/targetScope.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';

/**
 * Resolve now, or when the page has settled after changes (dialogs open, tables load).
 * Mutations only schedule one resolve per animation frame: a busy EMR page costs little.
 */
export function waitForTarget(
  fingerprint: TargetFingerprint,
  { timeoutMs, signal }: { timeoutMs: number; signal: AbortSignal },
): Promise<TargetResolution> {
  return new Promise((resolve) => {
    let last = resolveTarget(fingerprint, document);
    if (last.status === 'found' || signal.aborted) return resolve(last);
    let frame = 0;
    const finish = (result: TargetResolution) => {
      observer.disconnect();
      document.removeEventListener('load', onFrameLoad, { capture: true });
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(last);
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        last = resolveTarget(fingerprint, document);
        if (last.status === 'found') finish(last);
      });
    };
    const observer = new MutationObserver(schedule);
    const timer = setTimeout(() => finish(last), timeoutMs);
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
