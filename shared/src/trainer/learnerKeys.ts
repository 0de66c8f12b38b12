/**
 * Which learner keys a trainer trusts, and what an import makes of a bundle's key.
 *
 * A trainer registers a learner's short key fingerprint (read from the learner's options page),
 * optionally bound to that learner's id and labelled with a staff number. Then:
 * - a bundle signed by a registered key is trusted;
 * - a registered key bound to another learner signing for this one is refused;
 * - a learner whose keys are all registered, signing with a new key, is refused (the learner
 *   may have reinstalled: register the new key and import again);
 * - anything else imports, flagged "unverified key".
 */

export interface TrustedKey {
  fingerprint: string;
  /** the learner id this key signs for, when known */
  learner?: string;
  /** the trainer's own label, e.g. a staff number (工号): never leaves the trainer's browser */
  label: string;
  registeredAt: number;
}

export type KeyTrust =
  | { status: 'trusted'; key: TrustedKey }
  | { status: 'unknown' }
  | { status: 'refused'; code: 'key-registered-to-other-learner'; otherLearner: string }
  | { status: 'refused'; code: 'key-changed'; registered: string[] };

export function keyTrust(keys: readonly TrustedKey[], learner: string, fingerprint: string): KeyTrust {
  const key = keys.find((k) => k.fingerprint === fingerprint);
  if (key) {
    if (key.learner && key.learner !== learner) return { status: 'refused', code: 'key-registered-to-other-learner', otherLearner: key.learner };
    return { status: 'trusted', key };
  }
  const registered = keys.filter((k) => k.learner === learner).map((k) => k.fingerprint);
  if (registered.length) return { status: 'refused', code: 'key-changed', registered };
  return { status: 'unknown' };
}

export interface ExportLink {
  learner: string;
  manifestSha256: string;
  previousExportSha256: string | null;
  sequence: number;
  exportedAt: string;
  keyFingerprint: string;
  /** the file it came in, for the notice */
  fileName?: string;
}

/**
 * What is wrong with one install key's chain of exports (each export names its sequence number
 * and the SHA-256 of the previous export's manifest):
 * - gap: sequence numbers between 1 and the latest never imported (harmless: each export holds
 *   the whole log; said so the trainer can ask for them);
 * - fork: two exports with the same number, or naming the same predecessor (a copied profile,
 *   a restored backup, or a forged file);
 * - bogus-predecessor: the predecessor named is not the imported export of the number before
 *   (or a first export names one, or a later one names none).
 */
export type ChainIssue =
  | { kind: 'gap'; keyFingerprint: string; from: number; to: number }
  | { kind: 'fork'; keyFingerprint: string; sequence: number; files: string[]; samePredecessor: boolean }
  | { kind: 'bogus-predecessor'; keyFingerprint: string; sequence: number; file: string; predecessor: string | null };

export interface ExportChain {
  learner: string;
  bundles: number;
  latestSequence: number;
  latestExportAt: string;
  /** earlier exports never handed in; harmless, as each export holds the whole log */
  missingEarlier: number;
  /** two exports claim the same predecessor or number: a copied profile or a restored backup */
  forked: boolean;
  keyFingerprints: string[];
  /** gaps, forks and bogus predecessors, per install key (see ChainIssue) */
  issues: ChainIssue[];
}

const nameOf = (link: ExportLink) => link.fileName ?? link.manifestSha256.slice(0, 8);

/** Check one install key's links: gaps, forks, bogus predecessors. */
export function chainIssues(links: readonly ExportLink[]): ChainIssue[] {
  const issues: ChainIssue[] = [];
  const byKey = new Map<string, ExportLink[]>();
  for (const link of links) byKey.set(link.keyFingerprint, [...(byKey.get(link.keyFingerprint) ?? []), link]);
  for (const [keyFingerprint, list] of byKey) {
    const bySequence = new Map<number, ExportLink[]>();
    for (const link of list) bySequence.set(link.sequence, [...(bySequence.get(link.sequence) ?? []), link]);
    const sequences = [...bySequence.keys()].sort((a, b) => a - b);
    let expected = 1;
    for (const sequence of sequences) {
      if (sequence > expected) issues.push({ kind: 'gap', keyFingerprint, from: expected, to: sequence - 1 });
      expected = sequence + 1;
    }
    for (const sequence of sequences) {
      const same = bySequence.get(sequence)!;
      if (same.length > 1) issues.push({ kind: 'fork', keyFingerprint, sequence, files: same.map(nameOf), samePredecessor: false });
    }
    const byPredecessor = new Map<string, ExportLink[]>();
    for (const link of list) {
      if (link.previousExportSha256 === null) continue;
      byPredecessor.set(link.previousExportSha256, [...(byPredecessor.get(link.previousExportSha256) ?? []), link]);
    }
    for (const same of byPredecessor.values()) {
      // two files with one number are already a fork; two numbers on one predecessor are another
      if (new Set(same.map((l) => l.sequence)).size > 1) issues.push({ kind: 'fork', keyFingerprint, sequence: Math.min(...same.map((l) => l.sequence)), files: same.map(nameOf), samePredecessor: true });
    }
    for (const link of [...list].sort((a, b) => a.sequence - b.sequence)) {
      const before = bySequence.get(link.sequence - 1);
      const bogus =
        link.sequence === 1
          ? link.previousExportSha256 !== null
          : link.previousExportSha256 === null || (before !== undefined && !before.some((b) => b.manifestSha256 === link.previousExportSha256));
      if (bogus) issues.push({ kind: 'bogus-predecessor', keyFingerprint, sequence: link.sequence, file: nameOf(link), predecessor: link.previousExportSha256 });
    }
  }
  return issues;
}

/** Per learner, what the hash chain of imported exports says. */
export function exportChains(links: readonly ExportLink[]): Map<string, ExportChain> {
  const byLearner = new Map<string, ExportLink[]>();
  for (const link of links) {
    const list = byLearner.get(link.learner);
    if (list) list.push(link);
    else byLearner.set(link.learner, [link]);
  }
  const out = new Map<string, ExportChain>();
  for (const [learner, list] of byLearner) {
    const latest = list.reduce((a, b) => (b.sequence > a.sequence || (b.sequence === a.sequence && b.exportedAt > a.exportedAt) ? b : a));
    const sequences = new Set(list.map((l) => l.sequence));
    const predecessors = new Set<string>();
    let forked = sequences.size !== list.length;
    for (const link of list) {
      const previous = link.previousExportSha256 ?? 'genesis';
      if (predecessors.has(previous)) forked = true;
      predecessors.add(previous);
    }
    out.set(learner, {
      learner,
      bundles: list.length,
      latestSequence: latest.sequence,
      latestExportAt: latest.exportedAt,
      missingEarlier: Math.max(0, latest.sequence - sequences.size),
      forked,
      keyFingerprints: [...new Set(list.map((l) => l.keyFingerprint))],
      issues: chainIssues(list),
    });
  }
  return out;
}
