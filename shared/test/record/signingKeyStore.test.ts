import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { publicKeyFingerprint, verifyBytes } from '../../src/record/bundleSigning.ts';
import { verifyExportBundle } from '../../src/record/exportBundle.ts';
import { SigningKeyStore } from '../../src/record/signingKeyStore.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../trainer/syntheticLearners.ts';

const dbName = () => `signing-test-${crypto.randomUUID()}`;

describe('signing key store (one implementation for the extension and the sandbox)', () => {
  it('makes one non-extractable key on first use, even for two callers at once, and keeps it across reopening', async () => {
    const name = dbName();
    const store = new SigningKeyStore(name);
    const [a, b] = await Promise.all([store.installKey(), store.installKey()]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.privateKey.extractable).toBe(false);
    expect(a.privateKey.type).toBe('private');
    await expect(crypto.subtle.exportKey('jwk', a.privateKey)).rejects.toThrow();
    expect(a.fingerprint).toBe(await publicKeyFingerprint(a.publicKey));
    store.close();

    // a second store on the same database (another page of the origin) finds the stored key, which still signs
    const reopened = new SigningKeyStore(name);
    const again = await reopened.installKey();
    expect(again.fingerprint).toBe(a.fingerprint);
    const bytes = new TextEncoder().encode('manifest');
    const signature = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, again.privateKey, bytes));
    expect(await verifyBytes(a.publicKey, signature, bytes)).toBe(true);
    // another database name is another install: another key
    const other = new SigningKeyStore(dbName());
    expect((await other.installKey()).fingerprint).not.toBe(a.fingerprint);
    reopened.close();
    other.close();
  });

  it('numbers and chains exports; the chain advances only when an export is recorded', async () => {
    const store = new SigningKeyStore(dbName());
    const learner = syntheticLearner(4);
    const statements = syntheticLearnerStatements(learner, 12, 4);
    const input = (at: string) => ({
      statements,
      learner: { homePage: learner.homePage, learnerId: learner.learnerId },
      exportedAt: new Date(at),
      exporter: { name: 'Preceptor', version: '0.1.0' },
      language: 'en' as const,
    });
    expect(await store.lastExport()).toBe(null);
    const first = await store.buildNextBundle(input('2026-11-26T09:00:00.000Z'));
    expect(first.bundle.manifest.sequence).toBe(1);
    expect(first.bundle.manifest.previousExportSha256).toBe(null);
    // not recorded (the download never finished): the next export is number 1 again
    const retry = await store.buildNextBundle(input('2026-11-26T09:01:00.000Z'));
    expect(retry.record.sequence).toBe(1);
    await store.recordExport(retry.record);
    expect(await store.lastExport()).toEqual(retry.record);

    const second = await store.buildNextBundle(input('2026-11-27T09:00:00.000Z'));
    expect(second.bundle.manifest.sequence).toBe(2);
    expect(second.bundle.manifest.previousExportSha256).toBe(retry.bundle.manifestSha256);
    expect(second.keyFingerprint).toBe(retry.keyFingerprint);
    await store.recordExport(second.record);
    // a number already in the chain is refused, not overwritten
    await expect(store.recordExport({ ...second.record, manifestSha256: '0'.repeat(64) })).rejects.toThrow();
    expect((await store.lastExport())?.manifestSha256).toBe(second.bundle.manifestSha256);

    const summary = await store.summary();
    expect(summary).toMatchObject({ fingerprint: second.keyFingerprint, lastExport: { sequence: 2, fileName: second.bundle.fileName } });
    const verified = await verifyExportBundle(second.bundle.bytes);
    expect(verified.ok && verified.keyFingerprint).toBe(second.keyFingerprint);
    store.close();
  });
});
