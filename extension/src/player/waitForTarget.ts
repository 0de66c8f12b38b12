import { resolveTarget, type TargetResolution } from '@preceptor/shared/target/resolveTarget.ts';
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
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(last);
    const observer = new MutationObserver(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        last = resolveTarget(fingerprint, document);
        if (last.status === 'found') finish(last);
      });
    });
    const timer = setTimeout(() => finish(last), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] });
  });
}
