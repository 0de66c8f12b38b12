/**
 * Merging statements from many learners' bundles: idempotent by statement id.
 *
 * - same id, same content  -> duplicate: counted, nothing written (re-imports are harmless);
 * - same id, other content -> conflict: the stored statement stays, the newcomer is quarantined
 *   for a person to look at (the log is append-only: nothing is overwritten, nothing dropped);
 * - new id                 -> added;
 * - an id another learner key already holds -> foreign: skipped and reported, never compared and
 *   never quarantined, so no bundle can touch another learner's records (ids are scoped per
 *   learner key: a bundle signed by K adds and affects only statements of K's learner).
 *
 * "Same content" is compared on a canonical form (keys sorted, LRS-assigned `stored`,
 * `authority` and `version` left out), so key order or an LRS round trip do not count as change.
 */

const LRS_ASSIGNED = new Set(['stored', 'authority', 'version']);

/** JSON with object keys sorted at every level; arrays keep their order (it is meaningful). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

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
  /** ids already held by another owner (learner key): skipped */
  foreign: (MergeCandidate<T, K> & { storedOwner: string })[];
}

/** Who owns the incoming statements, and who owns each stored id. */
export interface MergeScope {
  owner: string;
  ownerOf: (id: string) => string | undefined;
}

/**
 * Decide for each incoming statement, in order. `storedKey` answers for the ids already kept;
 * a second copy inside the same batch is judged against the first. Nothing is written here:
 * the caller stores `added` and quarantines `conflicts`.
 */
export function mergeStatements<T, K>(incoming: Iterable<MergeCandidate<T, K>>, storedKey: (id: string) => K | undefined, scope?: MergeScope): MergeOutcome<T, K> {
  const outcome: MergeOutcome<T, K> = { added: [], duplicates: 0, conflicts: [], foreign: [] };
  const batch = new Map<string, K>();
  for (const candidate of incoming) {
    if (scope && !batch.has(candidate.id)) {
      const storedOwner = scope.ownerOf(candidate.id);
      if (storedOwner !== undefined && storedOwner !== scope.owner) {
        outcome.foreign.push({ ...candidate, storedOwner });
        continue;
      }
    }
    const existing = batch.get(candidate.id) ?? storedKey(candidate.id);
    if (existing === undefined) {
      batch.set(candidate.id, candidate.contentKey);
      outcome.added.push(candidate);
    } else if (existing === candidate.contentKey) {
      outcome.duplicates++;
    } else {
      outcome.conflicts.push({ ...candidate, storedContentKey: existing });
    }
  }
  return outcome;
}
