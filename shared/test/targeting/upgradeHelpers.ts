import { expect } from 'vitest';
import type { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { TargetFingerprint as FingerprintSchema } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';

/** Shared by the upgrade tests (jsdom): record on one page, upgrade it, resolve. */
export const $ = <T extends Element = Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

/** Capture on `before`, JSON round trip (as in a pack), then show `after`. */
export function recordThenUpgrade(before: string, selector: string, after: string): TargetFingerprint {
  document.body.innerHTML = before;
  const fp = FingerprintSchema.parse(JSON.parse(JSON.stringify(captureFingerprint($(selector)))));
  document.body.innerHTML = after;
  return fp;
}

export function expectFound(fp: TargetFingerprint, el: Element) {
  const result = resolveTarget(fp, document);
  expect(result.status, result.status !== 'found' ? result.reason : '').toBe('found');
  if (result.status === 'found') expect(result.element).toBe(el);
}

export function expectNotFound(fp: TargetFingerprint) {
  const result = resolveTarget(fp, document);
  expect(result.status, result.status === 'found' ? `returned <${result.element.tagName}> ${result.element.textContent}` : '').not.toBe('found');
}
