import { describe, expect, it } from 'vitest';
import { librarySnapshots } from './corpus.ts';
import { SCREEN_SPLIT, SPLITS, TRAIN_ONLY_LIBRARIES } from './split.ts';
import { LIBRARIES } from './spec.ts';

// The saved library corpus stays consistent with its manifest (the resolver's own tests use it too).
describe('library corpus snapshots', () => {
  const cases = librarySnapshots();

  const splitLibraries = LIBRARIES.filter((l) => !TRAIN_ONLY_LIBRARIES.includes(l));

  it('has at least 40 removal cases, each library in every split (train, test, holdout), train-only libraries in train only', () => {
    const removal = cases.filter((c) => c.kind === 'removal');
    expect(removal.length).toBeGreaterThanOrEqual(40);
    for (const split of SPLITS) {
      const libraries = [...new Set(cases.filter((c) => c.split === split).map((c) => c.library))].sort();
      expect(libraries).toEqual((split === 'train' ? [...LIBRARIES] : splitLibraries).sort());
    }
  });

  it('a train-only library renders every train screen and every removal kind, all train', () => {
    const trainScreens = Object.keys(SCREEN_SPLIT).filter((name) => SCREEN_SPLIT[name] === 'train').sort();
    const removalKinds = [...new Set(cases.filter((c) => c.kind === 'removal').map((c) => c.name.split('/')[1]))].sort();
    for (const library of TRAIN_ONLY_LIBRARIES) {
      const own = cases.filter((c) => c.library === library);
      expect(own.every((c) => c.split === 'train'), library).toBe(true);
      expect(own.filter((c) => c.kind === 'screen').map((c) => c.name.split('/')[1]).sort()).toEqual(trainScreens);
      expect(own.filter((c) => c.kind === 'removal').map((c) => c.name.split('/')[1]).sort()).toEqual(removalKinds);
    }
  });

  it('the held-out screens are in the snapshots, in every library, and only they are holdout', () => {
    const holdoutScreens = Object.keys(SCREEN_SPLIT).filter((name) => SCREEN_SPLIT[name] === 'holdout');
    expect(holdoutScreens.length).toBeGreaterThanOrEqual(2);
    const holdout = cases.filter((c) => c.split === 'holdout');
    expect(holdout.every((c) => c.kind === 'screen')).toBe(true);
    expect(holdout.map((c) => c.name).sort()).toEqual(cases.filter((c) => c.kind === 'screen' && holdoutScreens.includes(c.name.split('/')[1]!)).map((c) => c.name).sort());
    expect(holdout).toHaveLength(holdoutScreens.length * splitLibraries.length);
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
