import { resolveTarget, type TargetResolution } from '@preceptor/shared/targeting/resolveTarget.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import { waitForTarget } from './waitForTarget.ts';

/** How long a replaced target may stay away (a framework re-mounting it) before the step counts it missing. */
export const REATTACH_WAIT_MS = 1500;

/** A size change is checked again no sooner than this many times the last resolve's cost (a textarea growing as the learner types). */
const RESIZE_COST_FACTOR = 9;

/** Attributes that carry identity: when one changes on the node, the node may now be another field. */
const IDENTITY_ATTRIBUTES = ['id', 'name', 'aria-label', 'aria-labelledby', 'placeholder', 'data-testid', 'data-test', 'for', 'type', 'hidden'];

export interface TargetFollowing {
  /** the same node moved or changed size: redraw the cut-out */
  onMoved(): void;
  /** the page replaced the node (a re-render): this is the new one, found by the same fingerprint and rules */
  onReplaced(element: Element): void;
  /** gone, and not found again: the step is shown unattached */
  onLost(resolution: Exclude<TargetResolution['status'], 'found'>): void;
}

/**
 * Keep a step on its element while the page re-renders. Frameworks replace nodes (React remounts
 * a keyed component on open, Vue re-creates a v-if branch): the resolved node is then detached,
 * and a highlight left on it would cover nothing and block the new one. Cheap on big pages: a
 * childList observer on the target's own root (and the page's document) that only checks
 * `isConnected` once per frame, an attribute observer on the node itself, and a ResizeObserver on
 * it; the resolver runs only when the node was detached, resized (throttled by its cost) or changed
 * identity. It resolves the same fingerprint by the same rules: no nearest-looking guess.
 */
export function followTarget(start: Element, fingerprint: TargetFingerprint, signal: AbortSignal, on: TargetFollowing): void {
  let current = start;
  let frame = 0;
  /** what happened since the last check */
  let detachedMaybe = false;
  let identityChanged = false;
  let resized = false;
  let searching = false;
  /** the earliest time a resize may cost another resolve */
  let nextResizeCheckAt = 0;
  let resizeDelay: ReturnType<typeof setTimeout> | undefined;

  const structure = new MutationObserver(() => {
    detachedMaybe = true;
    schedule();
  });
  const identity = new MutationObserver(() => {
    identityChanged = true;
    schedule();
  });
  /** a ResizeObserver reports once when it starts observing: that is not a change */
  let firstSize = true;
  const size = new ResizeObserver(() => {
    if (firstSize) return void (firstSize = false);
    resized = true;
    schedule();
  });
  const watch = (element: Element) => {
    structure.disconnect();
    identity.disconnect();
    size.disconnect();
    // its own root (a shadow root, a frame's document) and the page's document, which sees a
    // removed shadow host or frame
    for (const root of new Set<Node>([element.getRootNode(), element.ownerDocument, document])) {
      structure.observe(root, { childList: true, subtree: true });
    }
    identity.observe(element, { attributes: true, attributeFilter: IDENTITY_ATTRIBUTES });
    firstSize = true;
    size.observe(element);
  };
  const stop = () => {
    structure.disconnect();
    identity.disconnect();
    size.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(resizeDelay);
  };
  signal.addEventListener('abort', stop, { once: true });

  function schedule(): void {
    if (!frame && !searching && !signal.aborted) frame = requestAnimationFrame(check);
  }

  function attach(element: Element): void {
    if (element !== current) {
      current = element;
      watch(element);
      on.onReplaced(element);
    } else {
      on.onMoved();
    }
  }

  function check(): void {
    frame = 0;
    if (signal.aborted) return;
    const gone = detachedMaybe && !current.isConnected;
    if (!gone && !identityChanged && resized && performance.now() < nextResizeCheckAt) {
      // only a size change, and the last resolve was recent: look again a little later
      resizeDelay ??= setTimeout(() => {
        resizeDelay = undefined;
        schedule();
      }, nextResizeCheckAt - performance.now());
      return;
    }
    const recheck = gone || identityChanged || resized;
    detachedMaybe = identityChanged = resized = false;
    if (!recheck) return;
    const started = performance.now();
    const result = resolveTarget(fingerprint, document);
    nextResizeCheckAt = performance.now() + (performance.now() - started) * RESIZE_COST_FACTOR;
    if (result.status === 'found') return attach(result.element);
    // Not (yet) there: a re-render may insert the new node a few frames later, an animation may
    // end. Meanwhile nothing new is pointed at.
    searching = true;
    void waitForTarget(fingerprint, { timeoutMs: REATTACH_WAIT_MS, signal }).then((later) => {
      searching = false;
      if (signal.aborted) return;
      if (later.status === 'found') attach(later.element);
      else {
        stop();
        on.onLost(later.status);
      }
    });
  }

  watch(current);
}
