import { describe, expect, it } from 'vitest';
import { librarySnapshots } from './corpus.ts';

// The saved library corpus stays consistent with its manifest (the resolver's own tests use it too).
describe('library corpus snapshots', () => {
  const cases = librarySnapshots();

  it('has at least 40 removal cases, each library and both splits represented', () => {
    const removal = cases.filter((c) => c.kind === 'removal');
    expect(removal.length).toBeGreaterThanOrEqual(40);
    for (const split of ['train', 'test'] as const) {
      const libraries = new Set(cases.filter((c) => c.split === split).map((c) => c.library));
      expect(libraries.size).toBe(4);
    }
  });

  it('removal cases: one target on v1, gone on v2', () => {
    for (const c of cases.filter((x) => x.kind === 'removal')) {
      expect(c.marks.v1, c.name).toHaveLength(1);
      expect(c.removed, c.name).toEqual([c.marks.v1[0]!.id]);
    }
  });

  it('every mark is on exactly one element, and snapshots hold no scripts', () => {
    for (const c of cases) {
      for (const version of ['v1', 'v2'] as const) {
        const html = c.html(version);
        expect(html, `${c.name} ${version}`).not.toMatch(/<script/i);
        for (const mark of c.marks[version]) {
          expect(html.split(`data-bench-id="${mark.id}"`).length - 1, `${c.name} ${version} ${mark.id}`).toBe(1);
        }
        expect(html.split('data-bench-id=').length - 1, `${c.name} ${version}`).toBe(c.marks[version].length);
      }
    }
  });
});
