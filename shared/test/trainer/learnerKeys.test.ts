import { describe, expect, it } from 'vitest';
import { chainIssues, exportChains, keyTrust, type ExportLink, type TrustedKey } from '../../src/trainer/learnerKeys.ts';

const keys: TrustedKey[] = [
  { fingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA', learner: 'ann', label: 'H001', registeredAt: 0 },
  { fingerprint: 'BBBB-BBBB-BBBB-BBBB-BBBB', label: 'typed in, no learner yet', registeredAt: 0 },
];

describe('learner keys', () => {
  it('trusts registered keys, refuses a key bound to someone else or a registered learner’s new key, flags the rest', () => {
    expect(keyTrust(keys, 'ann', 'AAAA-AAAA-AAAA-AAAA-AAAA')).toMatchObject({ status: 'trusted', key: { label: 'H001' } });
    expect(keyTrust(keys, 'bob', 'BBBB-BBBB-BBBB-BBBB-BBBB')).toMatchObject({ status: 'trusted' });
    expect(keyTrust(keys, 'bob', 'AAAA-AAAA-AAAA-AAAA-AAAA')).toEqual({ status: 'refused', code: 'key-registered-to-other-learner', otherLearner: 'ann' });
    expect(keyTrust(keys, 'ann', 'CCCC-CCCC-CCCC-CCCC-CCCC')).toEqual({ status: 'refused', code: 'key-changed', registered: ['AAAA-AAAA-AAAA-AAAA-AAAA'] });
    expect(keyTrust(keys, 'cat', 'CCCC-CCCC-CCCC-CCCC-CCCC')).toEqual({ status: 'unknown' });
  });

  it('reads the export chain: latest export, earlier ones not handed in, forks', () => {
    const link = (learner: string, sequence: number, manifest: string, previous: string | null): ExportLink => ({
      learner,
      sequence,
      manifestSha256: manifest,
      previousExportSha256: previous,
      exportedAt: `2026-11-${10 + sequence}T00:00:00.000Z`,
      keyFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA',
    });
    const chains = exportChains([link('ann', 1, 'm1', null), link('ann', 3, 'm3', 'm2'), link('bob', 1, 'b1', null), link('bob', 2, 'b2', 'b1'), link('bob', 2, 'b2x', 'b1')]);
    expect(chains.get('ann')).toMatchObject({ bundles: 2, latestSequence: 3, missingEarlier: 1, forked: false, keyFingerprints: ['AAAA-AAAA-AAAA-AAAA-AAAA'] });
    expect(chains.get('bob')).toMatchObject({ bundles: 3, forked: true });
  });

  it('checks chain links per key: gaps, forks and bogus predecessors', () => {
    const link = (sequence: number, manifest: string, previous: string | null, key = 'AAAA-AAAA-AAAA-AAAA-AAAA'): ExportLink => ({
      learner: 'ann',
      sequence,
      manifestSha256: manifest,
      previousExportSha256: previous,
      exportedAt: `2026-11-${10 + sequence}T00:00:00.000Z`,
      keyFingerprint: key,
      fileName: `${manifest}.zip`,
    });
    // a clean chain 1-2-3, and a second install starting again at 1: nothing to say
    expect(chainIssues([link(1, 'm1', null), link(2, 'm2', 'm1'), link(3, 'm3', 'm2'), link(1, 'n1', null, 'BBBB-BBBB-BBBB-BBBB-BBBB')])).toEqual([]);
    // 2 and 4 missing; 5's predecessor is unknown but 4 is not here either: only the gaps
    expect(chainIssues([link(1, 'm1', null), link(3, 'm3', 'm2'), link(5, 'm5', 'm4')])).toEqual([
      { kind: 'gap', keyFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA', from: 2, to: 2 },
      { kind: 'gap', keyFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA', from: 4, to: 4 },
    ]);
    // 2 is here, 3 names something else: bogus; a first export naming a predecessor: bogus
    const bogus = chainIssues([link(1, 'm1', null), link(2, 'm2', 'm1'), link(3, 'm3', 'f'.repeat(64))]);
    expect(bogus).toEqual([{ kind: 'bogus-predecessor', keyFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA', sequence: 3, file: 'm3.zip', predecessor: 'f'.repeat(64) }]);
    expect(chainIssues([link(1, 'm1', 'x')])).toMatchObject([{ kind: 'bogus-predecessor', sequence: 1 }]);
    // two exports numbered 2; and a 3 claiming the same predecessor as a 2
    const forks = chainIssues([link(1, 'm1', null), link(2, 'm2', 'm1'), link(2, 'm2x', 'm1'), link(3, 'm3', 'm1')]);
    expect(forks).toContainEqual({ kind: 'fork', keyFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA', sequence: 2, files: ['m2.zip', 'm2x.zip'], samePredecessor: false });
    expect(forks).toContainEqual({ kind: 'fork', keyFingerprint: 'AAAA-AAAA-AAAA-AAAA-AAAA', sequence: 2, files: ['m2.zip', 'm2x.zip', 'm3.zip'], samePredecessor: true });
    expect(forks).toContainEqual(expect.objectContaining({ kind: 'bogus-predecessor', sequence: 3 }));
  });
});
