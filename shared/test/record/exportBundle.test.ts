import validateStatement from '@learninglocker/xapi-validation';
import { strToU8 } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILES, bundleFileName, consentedStaffIdentity, organisationSlug, verifyExportBundle, type BundleProblemCode } from '../../src/record/exportBundle.ts';
import { formatFingerprint, normaliseFingerprint, publicKeyFingerprint } from '../../src/record/bundleSigning.ts';
import { learnerBundle, newSigner, tamper, unzipParts, zipParts } from './bundleHelpers.ts';

async function problemOf(bytes: Uint8Array): Promise<{ code: BundleProblemCode; line?: number; path?: string; file?: string; detail?: string }> {
  const result = await verifyExportBundle(bytes);
  if (result.ok) throw new Error('expected the bundle to be rejected');
  return result.problem;
}

describe('progress bundle: build and verify', () => {
  it('round-trips: every statement comes back, exactly as written, and the manifest says what is inside', async () => {
    const bundle = await learnerBundle({ seed: 3, count: 60 });
    const result = await verifyExportBundle(bundle.bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.manifest).toEqual(bundle.manifest);
    expect(result.manifestSha256).toBe(bundle.manifestSha256);
    expect(result.statements.map((s) => s.statement)).toEqual(
      [...bundle.statements].sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id)),
    );
    expect(result.manifest).toMatchObject({
      format: 'preceptor.progress-bundle',
      formatVersion: 1,
      exporter: { name: 'Preceptor', version: '0.1.0' },
      learner: { homePage: bundle.learner.homePage, name: bundle.learner.learnerId },
      exportedAt: '2026-11-26T09:30:00.000Z',
      statementCount: bundle.statements.length,
      previousExportSha256: null,
      signature: { algorithm: 'ECDSA-P256-SHA256' },
    });
    expect(result.keyFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(result.keyFingerprint).toBe(await publicKeyFingerprint(bundle.signer.publicKey));
  });

  it('carries the staff identity the learner agreed to hand in, in the signed manifest only (never in a statement)', async () => {
    const staff = { displayName: '王晓红', staffNumber: 'H01234', department: 'cardiology-ward-1', role: 'nurse', consentedAt: '2026-11-20T08:00:00.000Z' };
    const bundle = await learnerBundle({ seed: 5, count: 20, staff });
    const result = await verifyExportBundle(bundle.bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.manifest.staff).toEqual(staff);
    expect(unzipParts(bundle.bytes)[BUNDLE_FILES.statements]).not.toContain('H01234');
    expect(unzipParts(bundle.bytes)[BUNDLE_FILES.statements]).not.toContain('王晓红');
    // without consent nothing is there, and a changed identity breaks the signature
    const plain = await verifyExportBundle((await learnerBundle({ seed: 5, count: 20 })).bytes);
    expect(plain.ok && plain.manifest.staff).toBe(undefined);
    expect((await problemOf(await tamper(bundle.bytes, { manifest: (m) => (m.staff.staffNumber = 'H09999') }))).code).toBe('bad-signature');
    // an identity with a field the format does not know is refused, not carried along
    const extra = await tamper(bundle.bytes, { manifest: (m) => (m.staff.phone = '13800000000') });
    expect((await problemOf(extra)).code).not.toBe('bad-signature');
  });

  it('an export carries the profile\'s identity only with the learner\'s consent, blanks left out', () => {
    const profile = { displayName: ' 王晓红 ', staffNumber: 'H01234', department: 'cardiology-ward-1', role: 'nurse' };
    expect(consentedStaffIdentity(profile)).toBe(undefined);
    expect(consentedStaffIdentity({ ...profile, identityConsentAt: '2026-11-20T08:00:00.000Z' })).toEqual({
      displayName: '王晓红', staffNumber: 'H01234', department: 'cardiology-ward-1', role: 'nurse', consentedAt: '2026-11-20T08:00:00.000Z',
    });
    expect(consentedStaffIdentity({ staffNumber: '  ', role: 'nurse', identityConsentAt: '2026-11-20T08:00:00.000Z' })).toEqual({ role: 'nurse', consentedAt: '2026-11-20T08:00:00.000Z' });
  });

  it('holds exactly the four files, statements as NDJSON without a version field, valid xAPI', async () => {
    const bundle = await learnerBundle({ seed: 4, count: 30 });
    const parts = unzipParts(bundle.bytes);
    expect(Object.keys(parts).sort()).toEqual(['manifest.json', 'manifest.sig', 'statements.ndjson', 'summary.csv']);
    const lines = parts['statements.ndjson']!.trimEnd().split('\n');
    expect(lines).toHaveLength(bundle.statements.length);
    for (const line of lines) {
      const statement = JSON.parse(line);
      expect(statement.version).toBeUndefined();
      expect(validateStatement(statement), line).toEqual([]);
    }
  });

  it('chains exports: the next manifest names the hash of the previous one', async () => {
    const signer = await newSigner();
    const first = await learnerBundle({ seed: 5, signer });
    const second = await learnerBundle({ seed: 5, signer, sequence: 2, previous: first.manifestSha256, at: '2026-11-27T09:30:00.000Z' });
    expect(second.manifest.previousExportSha256).toBe(first.manifestSha256);
    expect(second.manifest.sequence).toBe(2);
    expect(second.manifest.signature.keyFingerprint).toBe(first.manifest.signature.keyFingerprint);
  });

  it('names the file with organisation, learner id, UTC time and a short hash', async () => {
    const bundle = await learnerBundle({ seed: 6 });
    expect(bundle.fileName).toBe(`preceptor_hospital.example.cn_${bundle.learner.learnerId}_20261126T093000Z_${bundle.manifestSha256.slice(0, 8)}.zip`);
    expect(organisationSlug('https://preceptor.dev/org/unconfigured')).toBe('preceptor.dev-org-unconfigured');
    expect(organisationSlug('https://医院.example.cn/')).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(bundleFileName({ homePage: 'x y', learnerId: 'a/b', exportedAt: new Date(0), manifestSha256: 'f'.repeat(64) })).toBe('preceptor_x-y_a-b_19700101T000000Z_ffffffff.zip');
  });

  it('uses a private key that cannot be exported', async () => {
    const { signer } = await learnerBundle({ seed: 7 });
    expect(signer.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', signer.privateKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', signer.privateKey)).rejects.toThrow();
  });

  it('reads fingerprints as people type them', () => {
    expect(normaliseFingerprint('3f2a 91bc-0d47e6a855c1')).toBe('3F2A-91BC-0D47-E6A8-55C1');
    expect(normaliseFingerprint('3F2A-91BC')).toBeUndefined();
    expect(formatFingerprint('abcdef0123456789abcdef')).toBe('ABCD-EF01-2345-6789-ABCD');
  });
});

describe('progress bundle: tampering is detected', () => {
  // A changed value of every manifest field, each still well-formed, so only the signature can tell.
  const manifestEdits: Record<string, (m: any) => void> = {
    'exporter.name': (m) => (m.exporter.name = 'Preceptor-fake'),
    'exporter.version': (m) => (m.exporter.version = '9.9.9'),
    'learner.homePage': (m) => (m.learner.homePage = 'https://other.example.cn'),
    'learner.name': (m) => (m.learner.name = '00000000-0000-4000-8000-000000000000'),
    exportedAt: (m) => (m.exportedAt = '2027-01-01T00:00:00.000Z'),
    sequence: (m) => (m.sequence = 7),
    statementCount: (m) => (m.statementCount += 1),
    statementsSha256: (m) => (m.statementsSha256 = 'a'.repeat(64)),
    summarySha256: (m) => (m.summarySha256 = 'b'.repeat(64)),
    previousExportSha256: (m) => (m.previousExportSha256 = 'c'.repeat(64)),
    'signature.keyFingerprint': (m) => (m.signature.keyFingerprint = 'AAAA-BBBB-CCCC-DDDD-EEEE'),
  };
  for (const [field, edit] of Object.entries(manifestEdits)) {
    it(`manifest ${field} changed -> bad signature`, async () => {
      const bundle = await learnerBundle({ seed: 10 });
      expect((await problemOf(await tamper(bundle.bytes, { manifest: edit }))).code).toBe('bad-signature');
    });
  }

  it('manifest signature.publicKey swapped for another valid key -> bad signature', async () => {
    const bundle = await learnerBundle({ seed: 11 });
    const other = await newSigner();
    const bytes = await tamper(bundle.bytes, { manifest: (m) => (m.signature.publicKey = other.publicKey) });
    expect((await problemOf(bytes)).code).toBe('bad-signature');
  });

  it('a statement changed -> statements hash mismatch', async () => {
    const bundle = await learnerBundle({ seed: 12 });
    const bytes = await tamper(bundle.bytes, { statements: (t) => t.replace('"completion":true', '"completion":false').replace('/progressed"', '/completed"') });
    expect(await problemOf(bytes)).toMatchObject({ code: 'statements-hash-mismatch', file: 'statements.ndjson' });
  });

  it('a statement removed, manifest re-hashed but not re-signed -> bad signature', async () => {
    const bundle = await learnerBundle({ seed: 13 });
    const bytes = await tamper(bundle.bytes, { statements: (t) => t.split('\n').slice(1).join('\n'), rehash: true, manifest: (m) => (m.statementCount -= 1) });
    expect((await problemOf(bytes)).code).toBe('bad-signature');
  });

  it('summary.csv changed -> summary hash mismatch', async () => {
    const bundle = await learnerBundle({ seed: 14 });
    expect((await problemOf(await tamper(bundle.bytes, { summary: (t) => t.replace('已完成', '进行中') + 'x' }))).code).toBe('summary-hash-mismatch');
  });

  it('manifest.sig changed or garbage -> bad signature', async () => {
    const bundle = await learnerBundle({ seed: 15 });
    const parts = unzipParts(bundle.bytes);
    const sig = parts['manifest.sig']!.trim();
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect((await problemOf(zipParts({ ...parts, 'manifest.sig': flipped }))).code).toBe('bad-signature');
    expect((await problemOf(zipParts({ ...parts, 'manifest.sig': 'not base64!' }))).code).toBe('bad-signature');
    expect((await problemOf(zipParts({ ...parts, 'manifest.sig': '' }))).code).toBe('bad-signature');
  });

  it('re-signed by someone else with a consistent manifest verifies, but under a different fingerprint', async () => {
    const bundle = await learnerBundle({ seed: 16 });
    const attacker = await newSigner();
    const attackerPrint = await publicKeyFingerprint(attacker.publicKey);
    const bytes = await tamper(bundle.bytes, {
      statements: (t) => t.replace('/progressed"', '/completed"'),
      rehash: true,
      manifest: (m) => {
        m.signature.publicKey = attacker.publicKey;
        m.signature.keyFingerprint = attackerPrint;
      },
      resignWith: attacker,
    });
    const result = await verifyExportBundle(bytes);
    expect(result.ok && result.keyFingerprint).toBe(attackerPrint);
    expect(attackerPrint).not.toBe(bundle.manifest.signature.keyFingerprint);
  });

  it('a key swapped without updating the fingerprint field -> fingerprint mismatch', async () => {
    const bundle = await learnerBundle({ seed: 17 });
    const attacker = await newSigner();
    const bytes = await tamper(bundle.bytes, { manifest: (m) => (m.signature.publicKey = attacker.publicKey), resignWith: attacker });
    expect((await problemOf(bytes)).code).toBe('fingerprint-mismatch');
  });

  it('unknown format version and foreign files are named as such', async () => {
    const bundle = await learnerBundle({ seed: 18 });
    expect(await problemOf(await tamper(bundle.bytes, { manifest: (m) => (m.formatVersion = 2), resignWith: bundle.signer }))).toMatchObject({ code: 'unknown-format-version', detail: '2' });
    expect((await problemOf(await tamper(bundle.bytes, { manifest: (m) => (m.format = 'something-else') }))).code).toBe('not-a-bundle');
    const parts = unzipParts(bundle.bytes);
    expect(await problemOf(zipParts({ ...parts, 'extra.exe': 'MZ' }))).toMatchObject({ code: 'unexpected-file', file: 'extra.exe' });
    const { ['summary.csv']: _drop, ...withoutSummary } = parts;
    expect(await problemOf(zipParts(withoutSummary))).toMatchObject({ code: 'missing-file', file: 'summary.csv' });
    expect(await problemOf(zipParts({ ...parts, 'manifest.json': '{not json' }))).toMatchObject({ code: 'manifest-invalid' });
  });

  it('a corrupt or truncated zip, or no zip at all, is corrupt', async () => {
    const bundle = await learnerBundle({ seed: 19 });
    expect((await problemOf(bundle.bytes.slice(0, Math.floor(bundle.bytes.length / 2)))).code).toBe('corrupt-zip');
    expect((await problemOf(strToU8('{"format":"x"}'))).code).toBe('corrupt-zip');
    // the sandbox's old JSON export is named as such: the trainee exports again (issue 15)
    expect((await problemOf(strToU8('{\n  "format": "preceptor.progress-export/1",\n  "statements": []\n}'))).code).toBe('old-sandbox-export');
    expect((await problemOf(new Uint8Array(0))).code).toBe('corrupt-zip');
  });

  it('signed but invalid content is caught line by line: bad statement, other actor, wrong count', async () => {
    const bundle = await learnerBundle({ seed: 20 });
    const { signer } = bundle;
    const badTimestamp = await tamper(bundle.bytes, { statements: (t) => t.replace(/"timestamp":"[^"]+"/, '"timestamp":"yesterday"'), rehash: true, resignWith: signer });
    expect(await problemOf(badTimestamp)).toMatchObject({ code: 'statement-invalid', line: 1, path: 'timestamp' });
    const withVersion = await tamper(bundle.bytes, { statements: (t) => t.replace(/^\{/, '{"version":"2.0.0",'), rehash: true, resignWith: signer });
    expect(await problemOf(withVersion)).toMatchObject({ code: 'statement-invalid', line: 1, path: 'version' });
    const otherActor = await tamper(bundle.bytes, {
      statements: (t) => t.split('\n').map((line, i) => (i === 2 ? line.replace(bundle.learner.learnerId, '11111111-1111-4111-8111-111111111111') : line)).join('\n'),
      rehash: true,
      resignWith: signer,
    });
    expect(await problemOf(otherActor)).toMatchObject({ code: 'actor-mismatch', line: 3 });
    const notJson = await tamper(bundle.bytes, { statements: (t) => t.replace(/\n/, '\n{oops\n'), rehash: true, manifest: (m) => (m.statementCount += 1), resignWith: signer });
    expect(await problemOf(notJson)).toMatchObject({ code: 'statement-not-json', line: 2 });
    const count = await tamper(bundle.bytes, { manifest: (m) => (m.statementCount += 2), resignWith: signer });
    expect((await problemOf(count)).code).toBe('statement-count-mismatch');
  });
});

describe('summary.csv in the bundle', () => {
  it('is Excel-ready: BOM, CRLF, UTC times, Chinese titles', async () => {
    const bundle = await learnerBundle({ seed: 21, count: 80 });
    const csv = unzipParts(bundle.bytes)[BUNDLE_FILES.summary]!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['内容包', '类型', '内容编号', '名称', '状态', '尝试次数', '首次开始 (UTC)', '最近活动 (UTC)', '完成时间 (UTC)', '用时（秒）', '最高得分 (%)']);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row[6]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(rows.some((row) => /[\u4e00-\u9fff]/.test(row[3]!))).toBe(true);
  });
});
