import { ItemProgressAccumulator, type ItemProgress } from '@preceptor/shared/record/itemProgress.ts';
import { exportChains, type ExportChain } from '@preceptor/shared/trainer/learnerKeys.ts';
import { QuizItemAccumulator, type QuizStats } from '@preceptor/shared/trainer/quizItemAnalysis.ts';
import { LearnerRosterAccumulator, completionsPerDay, readinessMatrix, type LearnerReadiness, type ReadinessItem } from '@preceptor/shared/trainer/readiness.ts';
import { TargetMissingAccumulator, type TargetMissingRow } from '@preceptor/shared/trainer/targetMissingReport.ts';
import { TourFunnelAccumulator, type TourFunnel } from '@preceptor/shared/trainer/tourFunnels.ts';
import { EXPORTER_NAMES, exporterSource, type ExporterSource, type StaffIdentity } from '@preceptor/shared/record/exportBundle.ts';
import { ProblemListAccumulator, type ProblemGroup } from '@preceptor/shared/trainer/problemList.ts';
import { SuggestionListAccumulator, type ListedSuggestion } from '@preceptor/shared/trainer/suggestionList.ts';
import type { RosterEntry } from '@preceptor/shared/trainer/roster.ts';
import { rosterMatch, type RosterMatchBy } from '@preceptor/shared/trainer/rosterMatching.ts';
import { VERB } from '@preceptor/shared/xapi/vocabulary.ts';
import { ActivityTitleAccumulator } from '@preceptor/shared/trainer/activityTitles.ts';
import { readRoster } from './rosterStore.ts';
import { isSignedBundle, type BundleRow, type TrainerDb } from './trainerDb.ts';

/**
 * Everything the views show, computed in the worker from the compact facts (never from the
 * statements themselves), so half a million statements cost seconds, not the page.
 */

export interface DashboardLearner extends LearnerReadiness {
  homePage: string;
  chain: ExportChain;
  /** trusted if the latest bundle's key is registered */
  keyStatus: 'trusted' | 'unknown';
  latestKey: string;
  label: string;
  /** statements came in signed export files (a key and an export chain to show) */
  signed: boolean;
  /** statements came from the hospital's LRS: not signed, no key, no export chain */
  fromLrs: boolean;
  /** who made the latest signed bundle: the extension or the training sandbox (a trainee without the extension) */
  exporter?: ExporterSource;
  /** who the learner is, from their latest bundle that carries an identity (handed in with consent) */
  staff?: StaffIdentity;
  /** the staff number the learner's latest signed bundle carries ('' if none) */
  staffNumber: string;
  /** with a roster: the learner's roster entry; absent when not on it (or no roster) */
  rosterEntry?: RosterEntry;
  /** how rosterEntry was found: the handed-in staff number, or (LRS learners without one) the LRS account name */
  rosterMatchBy?: RosterMatchBy;
  /** with a roster: false when the learner's staff number is not on it (or they gave none) */
  onRoster?: boolean;
}

/** Later export first: the higher sequence, then the later export time. */
function laterBundle(a: BundleRow, b: BundleRow | undefined): boolean {
  return !b || a.sequence > b.sequence || (a.sequence === b.sequence && a.exportedAt > b.exportedAt);
}

/** Each learner's identity from their latest bundle that has one (a later bundle without consent does not erase it). */
export function latestIdentities(bundles: readonly BundleRow[]): Map<string, StaffIdentity> {
  const latest = new Map<string, BundleRow>();
  for (const b of bundles) if (b.staff && laterBundle(b, latest.get(b.learner))) latest.set(b.learner, b);
  return new Map([...latest].map(([learner, b]) => [learner, b.staff!]));
}

/** The roster against the learners (issue 15): who handed nothing in, who is not on it. */
export interface RosterSummary {
  fileName: string;
  importedAt: number;
  people: number;
  /** roster entries no learner's bundle names */
  notHandedIn: RosterEntry[];
  /** learners whose staff number is not on the roster, or who gave none */
  notOnRoster: number;
}

export interface DashboardModel {
  builtAt: number;
  /** bundles: signed files; lrsReads: rows of statements read from an LRS (one per learner per read) */
  totals: { bundles: number; lrsReads: number; learners: number; statements: number; quarantined: number; reported: number };
  /** whether results a training sandbox page reported (reported-by) were counted */
  includeReported: boolean;
  items: (ReadinessItem & { title: Record<string, string> })[];
  learners: DashboardLearner[];
  progress: ItemProgress[];
  completionsPerDay: { day: string; count: number }[];
  quizzes: QuizStats[];
  funnels: TourFunnel[];
  targetMissing: TargetMissingRow[];
  /** learners' pilot problem reports by page and category (the trainer's handling is read apart: problemStore.ts) */
  problems: ProblemGroup[];
  /** learners' suggested tips and FAQ entries, newest first (issue 16) */
  suggestions: ListedSuggestion[];
  /** content titles: activities (tours, quizzes, questions, packs) by id, tour steps by stepTitleKey; the latest statement's wins */
  names: Record<string, Record<string, string>>;
  /** learners with at least one mentor sign-off (the go-live gate) */
  signedOff: string[];
  /** absent without a roster */
  roster?: RosterSummary;
}

export interface ModelOptions {
  /** count results a training sandbox page reported (statements marked reported-by); default yes */
  includeReported?: boolean;
  /** blocks of facts summed so far, of all (one block per imported file or LRS read) */
  onProgress?: (done: number, total: number) => void;
}

export async function buildDashboardModel(db: TrainerDb, options: ModelOptions = {}): Promise<DashboardModel> {
  const includeReported = options.includeReported ?? true;
  let reported = 0;
  const [bundles, keys, quarantined, rosterRow, blocks] = await Promise.all([db.bundles.toArray(), db.trustedKeys.toArray(), db.quarantine.count(), readRoster(db), db.factBlocks.count()]);
  const signedOff = new Set<string>();
  const roster = new LearnerRosterAccumulator();
  const items = new ItemProgressAccumulator();
  const quizzes = new QuizItemAccumulator();
  const funnels = new TourFunnelAccumulator();
  const missing = new TargetMissingAccumulator();
  const titles = new ActivityTitleAccumulator();
  const problems = new ProblemListAccumulator();
  const suggestions = new SuggestionListAccumulator();
  let statements = 0;
  let done = 0;
  let reportedAt = 0;
  options.onProgress?.(0, blocks);
  await db.factBlocks.each((block) => {
    for (const fact of block.facts) {
      if (fact.reportedBy) {
        reported++;
        if (!includeReported) continue;
      }
      roster.add(fact);
      if (fact.verb === VERB['signed-off']) signedOff.add(fact.learner);
      items.add(fact);
      quizzes.add(fact);
      funnels.add(fact);
      missing.add(fact);
      problems.add(fact);
      suggestions.add(fact);
    }
    statements += block.facts.length;
    for (const [key, title, t] of block.names) titles.add(key, title, t);
    done++;
    // a few reports a second at most, and the last one always
    const now = Date.now();
    if (options.onProgress && (now - reportedAt >= 100 || done === blocks)) {
      reportedAt = now;
      options.onProgress(done, blocks);
    }
  });
  const names = titles.result();
  const progress = items.result();
  const matrix = readinessMatrix(progress, roster.result());
  // only signed files form export chains and have keys; rows read from an LRS have neither
  const signedBundles = bundles.filter(isSignedBundle);
  // learners with statements the LRS added (a read that only found a conflict adds none)
  const lrsLearners = new Set(bundles.filter((b) => !isSignedBundle(b) && b.added > 0).map((b) => b.learner));
  const chains = exportChains(signedBundles.map((b) => ({ learner: b.learner, manifestSha256: b.manifestSha256, previousExportSha256: b.previousExportSha256, sequence: b.sequence, exportedAt: b.exportedAt, keyFingerprint: b.keyFingerprint, fileName: b.fileName })));
  const trusted = new Map(keys.map((k) => [k.fingerprint, k]));
  const latestBundle = new Map<string, BundleRow>();
  for (const b of signedBundles) if (laterBundle(b, latestBundle.get(b.learner))) latestBundle.set(b.learner, b);
  const identities = latestIdentities(bundles);
  // a learner's staff number: from their latest bundle that carries an identity
  const rosterBy = new Map((rosterRow?.entries ?? []).map((e) => [e.staffNumber, e]));
  const matched = new Set<string>();
  const learners: DashboardLearner[] = matrix.learners.map((l) => {
    const staffNumber = identities.get(l.learner)?.staffNumber ?? '';
    const match = rosterRow ? rosterMatch({ learner: l.learner, staffNumber, fromLrs: lrsLearners.has(l.learner) }, rosterBy) : undefined;
    const rosterEntry = match?.entry;
    if (rosterEntry) matched.add(rosterEntry.staffNumber);
    const latest = latestBundle.get(l.learner);
    const key = latest ? trusted.get(latest.keyFingerprint) : undefined;
    const labelled = key ?? keys.find((k) => k.learner === l.learner);
    const staff = identities.get(l.learner);
    return {
      ...l,
      homePage: latest?.homePage ?? '',
      chain: chains.get(l.learner) ?? { learner: l.learner, bundles: 0, latestSequence: 0, latestExportAt: '', missingEarlier: 0, forked: false, keyFingerprints: [], issues: [] },
      keyStatus: key ? 'trusted' : 'unknown',
      latestKey: latest?.keyFingerprint ?? '',
      label: labelled?.label ?? '',
      signed: latest !== undefined,
      fromLrs: lrsLearners.has(l.learner),
      // rows from before exporterName was kept came from the extension
      ...(latest ? { exporter: exporterSource({ name: latest.exporterName ?? EXPORTER_NAMES.extension }) } : {}),
      ...(staff ? { staff } : {}),
      staffNumber,
      ...(match ? { rosterEntry: match.entry, rosterMatchBy: match.by } : {}),
      ...(rosterRow ? { onRoster: rosterEntry !== undefined } : {}),
    };
  });
  return {
    builtAt: Date.now(),
    totals: { bundles: signedBundles.length, lrsReads: bundles.length - signedBundles.length, learners: learners.length, statements, quarantined, reported },
    includeReported,
    items: matrix.items.map((item) => ({ ...item, title: names[item.id] ?? {} })),
    learners,
    progress,
    completionsPerDay: completionsPerDay(progress),
    quizzes: quizzes.result(),
    funnels: funnels.result(),
    targetMissing: missing.result(),
    problems: problems.result(),
    suggestions: suggestions.result(),
    names,
    signedOff: [...signedOff],
    ...(rosterRow
      ? {
          roster: {
            fileName: rosterRow.fileName,
            importedAt: rosterRow.importedAt,
            people: rosterRow.entries.length,
            notHandedIn: rosterRow.entries.filter((e) => !matched.has(e.staffNumber)),
            notOnRoster: learners.filter((l) => l.onRoster === false).length,
          },
        }
      : {}),
  };
}
