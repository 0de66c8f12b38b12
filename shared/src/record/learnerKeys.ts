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
}

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
    });
  }
  return out;
}
