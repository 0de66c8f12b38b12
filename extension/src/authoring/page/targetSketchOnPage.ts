import { captureTargetSketch } from '@preceptor/shared/targeting/captureSketch.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import { rectInTop } from './pageTree.ts';

/**
 * The fingerprint with a wireframe of where the element is on this page (issues 16 and 17), taken
 * only here, in a mentor's authoring tab, when a step is recorded or a target picked: boxes on the
 * top viewport and their kinds, never the page's text or pixels. A learner's page never loads this.
 */
export function withSketch(fingerprint: TargetFingerprint, el: Element, isOwnUi: (el: Element) => boolean): TargetFingerprint {
  const { sketch: _old, ...rest } = fingerprint;
  const root = document.documentElement;
  const sketch = captureTargetSketch(el, { boxOf: rectInTop, viewport: { width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight }, isOwnUi });
  return sketch ? { ...rest, sketch } : rest;
}
