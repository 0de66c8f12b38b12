// @vitest-environment jsdom
/**
 * Removal with one look-alike left, on markup the team did not write: the training half of the
 * library corpus (antd, Element Plus, MUI, Arco and the train-only Bootstrap snapshots in bench/targets/libraries). The test
 * half is measured by `pnpm bench targets` only, so nobody tunes to it.
 *
 * Safety: once the target is gone, nothing is returned. Liveness: on the page it was recorded
 * on, the target is found — a resolver that always answers "missing" fails.
 */
import { describe, expect, it } from 'vitest';
import { librarySnapshots, type LoadedCase } from '../../../bench/targets/libraries/corpus.ts';
import { LIBRARIES } from '../../../bench/targets/libraries/spec.ts';
import { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';

/** Show a snapshot and take its marks off (the resolver must not see the answer key). */
function show(c: LoadedCase, version: 'v1' | 'v2'): Map<string, Element> {
  document.documentElement.innerHTML = c.html(version).replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  const marks = new Map<string, Element>();
  for (const el of Array.from(document.querySelectorAll('[data-bench-id]'))) {
    marks.set(el.getAttribute('data-bench-id')!, el);
    el.removeAttribute('data-bench-id');
    el.removeAttribute('data-bench-expect');
  }
  return marks;
}

const cases = librarySnapshots({ split: 'train', kind: 'removal' });

describe('library corpus, training half: a removed control with one look-alike left', () => {
  it('has cases from every library', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect([...new Set(cases.map((c) => c.library))].sort()).toEqual([...LIBRARIES].sort());
  });

  for (const c of cases) {
    it(c.name, () => {
      const id = c.removed[0]!;
      const before = show(c, 'v1');
      const target = before.get(id)!;
      const fp = TargetFingerprint.parse(JSON.parse(JSON.stringify(captureFingerprint(target))));
      const own = resolveTarget(fp, document);
      expect(own.status, own.status === 'found' ? '' : own.reason).toBe('found');
      if (own.status === 'found') expect(own.element).toBe(target);

      show(c, 'v2');
      const after = resolveTarget(fp, document);
      expect(after.status, after.status === 'found' ? `returned <${after.element.tagName}> "${after.element.textContent?.slice(0, 40)}" at ${after.confidence}` : '').not.toBe('found');
    });
  }
});
