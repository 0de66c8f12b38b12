import { canonicalJson } from '../xapi/canonicalJson.ts';

/**
 * Merging statements from many learners' bundles: idempotent by (owner, statement id), where the
 * owner is the learner key that signed the bundle and the learner it signed for. Statement ids
 * are scoped per owner, so no bundle can touch, shadow or quarantine another learner's records,
 * whatever order the bundles arrive in.
 *
 * - same owner, same id, same content  -> duplicate: counted, nothing written (re-imports are harmless);
 * - same owner, same id, other content -> conflict: the stored statement stays, the newcomer is
 *   quarantined for a person to look at (the log is append-only: nothing is overwritten, nothing dropped);
 * - new (owner, id)                     -> added;
 * - another owner holds the same id     -> both kept, each for its own learner, never compared;
 *   the newcomer's statement is also listed as `shared` so the trainer is told (and an LRS,
 *   which needs globally unique ids, is not sent either copy: see lrsForwarding.ts).
 *
 * "Same content" is compared on a canonical form (keys sorted, LRS-assigned `stored`,
 * `authority` and `version` left out), so key order or an LRS round trip do not count as change.
 */

// one canonical form for the trainer's merge and the LRS forwarder (shared/src/xapi/)
export { canonicalJson };

const LRS_ASSIGNED = new Set(['stored', 'authority', 'version']);

/** A fast 53-bit string hash (cyrb53, two code units per round). Only ever compared between two statements with the same id. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // two UTF-16 code units per round: half the multiplications of the one-char original
  const even = text.length & ~1;
  for (let i = 0; i < even; i += 2) {
    const ch = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  if (even < text.length) {
    const ch = text.charCodeAt(even) | 0x10000; // an odd tail differs from any pair
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A key for a statement's exact text: the fast path when merging (identical lines are the same
 * statement). Two texts with the same id but different keys are then compared canonically.
 */
export function statementTextKey(json: string): number {
  return cyrb53(json);
}

/** A key for a statement's content, equal for equal statements (see canonicalJson). */
export function statementContentKey(statement: { [key: string]: unknown }): number {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(statement)) if (!LRS_ASSIGNED.has(key)) kept[key] = statement[key];
  return cyrb53(canonicalJson(kept));
}

export interface MergeCandidate<T, K = number> {
  id: string;
  contentKey: K;
  item: T;
}

export interface MergeOutcome<T, K = number> {
  added: MergeCandidate<T, K>[];
  duplicates: number;
  conflicts: (MergeCandidate<T, K> & { storedContentKey: K })[];
  /** incoming statements (first copy of each id in the batch) whose id another owner also holds:
   *  judged like any other within their own owner's scope, listed here only to be reported */
  shared: MergeCandidate<T, K>[];
}

/**
 * Decide for each incoming statement, in order; every incoming statement belongs to one owner.
 * `storedKey` answers for the ids that owner already has (owner-scoped: another owner's
 * statement under the same id is not "stored" here); a second copy inside the same batch is
 * judged against the first. `heldByOther`, when given, tells which ids another owner holds.
 * Nothing is written here: the caller stores `added` and quarantines `conflicts`.
 */
export function mergeStatements<T, K>(incoming: Iterable<MergeCandidate<T, K>>, storedKey: (id: string) => K | undefined, heldByOther?: (id: string) => boolean): MergeOutcome<T, K> {
  const outcome: MergeOutcome<T, K> = { added: [], duplicates: 0, conflicts: [], shared: [] };
  const batch = new Map<string, K>();
  for (const candidate of incoming) {
    const inBatch = batch.get(candidate.id);
    if (inBatch === undefined && heldByOther?.(candidate.id)) outcome.shared.push(candidate);
    const existing = inBatch ?? storedKey(candidate.id);
    if (existing === undefined) {
      batch.set(candidate.id, candidate.contentKey);
      outcome.added.push(candidate);
    } else {
      if (inBatch === undefined) batch.set(candidate.id, existing);
      if (existing === candidate.contentKey) outcome.duplicates++;
      else outcome.conflicts.push({ ...candidate, storedContentKey: existing });
    }
  }
  return outcome;
}
