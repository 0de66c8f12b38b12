import { describe, expect, it } from 'vitest';
import { exportChains, keyTrust, type ExportLink, type TrustedKey } from '../../src/record/learnerKeys.ts';

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
});
