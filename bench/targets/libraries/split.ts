/**
 * Train/test split of the library corpus, fixed before the corpus was first run and never
 * adjusted to results. Tune the resolver on train (per-target detail is printed for it); the
 * test split is reported as counts only unless `--show-test`.
 *
 * - Screens: by screen, across all four libraries. Train: outpatient-chart (zh), nursing-assessment
 *   (en). Test: order-entry (zh), admission (en). Every library, both languages and every upgrade
 *   operator occur in both halves.
 * - Added later, all train (trainScreens.ts, written from the hospital domain without looking at the
 *   test screens, because the first two train screens lacked structures common in HIS UIs): lab
 *   specimens (zh), medication administration (en), inpatient settlement (zh), discharge (en),
 *   prescription review (zh), imaging booking (en); then nurse order verification (zh), ward handover
 *   (en), consultation (zh) and infection control (en), written for the safety rules (disabled twins in grid rows, a card retitled while another's
 *   same-label button goes, checklists redesigned into tabs, removals with one look-alike left). The
 *   test screens and the removal split are as they were.
 * - Held-out (`holdout`, holdoutScreens.ts): transfusion request (zh) and theatre scheduling (en),
 *   written on 2026-12-06 after the test split had been read while tuning the resolver, so that
 *   one split stays unseen. Never to be tuned on: the bench prints only its counts (no per-target
 *   detail, not even with --show-test, and no --explain or --cases on it).
 * - Removal cases (one look-alike left): the kind with index k (REMOVALS order in cases.ts) in the library
 *   with index l (LIBRARIES order) is test when k + l is odd, so each kind is train in two libraries
 *   and test in the other two, and each library has seven cases on each side.
 */
export type Split = 'train' | 'test' | 'holdout';
export const SPLITS: Split[] = ['train', 'test', 'holdout'];

export const SCREEN_SPLIT: Record<string, Split> = {
  'outpatient-chart': 'train',
  'nursing-assessment': 'train',
  'order-entry': 'test',
  admission: 'test',
  'lab-specimens': 'train',
  'medication-administration': 'train',
  'inpatient-settlement': 'train',
  discharge: 'train',
  'prescription-review': 'train',
  'imaging-booking': 'train',
  'order-verification': 'train',
  'ward-handover': 'train',
  consultation: 'train',
  'infection-control': 'train',
  'transfusion-request': 'holdout',
  'theatre-scheduling': 'holdout',
};

export function removalSplit(kindIndex: number, libraryIndex: number): 'train' | 'test' {
  return (kindIndex + libraryIndex) % 2 === 1 ? 'test' : 'train';
}

/**
 * Libraries that render train cases only. Bootstrap 5 (react-bootstrap) was added on 2026-12-06
 * evening, after the test split had been read while tuning, so it is never test or holdout: it
 * renders the train screens and every removal kind with the labels of a library where that kind is
 * train, and all its cases are train. The test (184 targets) and holdout (380) splits stay exactly
 * as they were.
 */
export const TRAIN_ONLY_LIBRARIES: readonly string[] = ['bootstrap'];

/** The labels a train-only library's removal case of kind `kindIndex` uses: those of the first of
 * the first four libraries where that kind is train, so no test case's wording is rendered again. */
export function trainLabelsIndex(kindIndex: number): number {
  for (let l = 0; l < 4; l++) if (removalSplit(kindIndex, l) === 'train') return l;
  return 0;
}
