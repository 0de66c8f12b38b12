import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/scenario/checkScenario.ts';
import { attemptedStatement, resultStatements, type ScenarioAttemptRef } from '../../src/scenario/scenarioStatements.ts';
import { EXTENSION } from '../../src/xapi/vocabulary.ts';
import { BUNDLE_FILES, EXPORTER_NAMES, exporterSource, verifyExportBundle } from '../../src/record/exportBundle.ts';
import { SANDBOX_SIGNING_DB_NAME, buildSandboxBundle, readSandboxIdentity, sandboxIdentityProblems, type SandboxIdentity } from '../../src/record/sandboxHandIn.ts';
import { SigningKeyStore } from '../../src/record/signingKeyStore.ts';
import { STARTED_AT, loadScenarios, startState } from '../scenario/scenarioFiles.ts';
import { newSigner, tamper, unzipParts } from './bundleHelpers.ts';

const scenario = loadScenarios().find((s) => s.id === 'nurse-critical-potassium')!;
const homePage = 'http://localhost:4181';
const learnerId = 'e3b0c442-98fc-4c14-9afb-f4c8996fb924';
const consentedAt = '2026-12-01T08:00:00.000Z';
const identity: SandboxIdentity = { displayName: '李静', staffNumber: 'N20931', department: '心血管内科', role: 'pharmacist', identityConsentAt: consentedAt };
let n = 0;
const build = (minutes: number) => ({ now: new Date(STARTED_AT.getTime() + minutes * 60_000), newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` });

/** What the sandbox's scenario page records: attempted, then completed and passed/failed, with the trainee's own role. */
function playedScenario(role: string | undefined) {
  const attempt: ScenarioAttemptRef = { registration: crypto.randomUUID(), scenario, mode: 'practice', startedAt: STARTED_AT };
  const learner = { learnerId, homePage, language: 'zh-CN' as const, ...(role ? { role } : {}) };
  const outcome = evaluateScenario(scenario, startState(scenario), { startedAt: STARTED_AT, submittedAt: new Date(STARTED_AT.getTime() + 90_000), mode: 'practice' });
  return [attemptedStatement(attempt, learner, build(0)), ...resultStatements(attempt, learner, outcome, build(2))];
}

describe('sandbox hand-in: the same signed bundle as the extension', () => {
  it('round-trips through the verification the trainer dashboard uses, says it came from the sandbox, and carries her identity only in the manifest', async () => {
    const store = new SigningKeyStore(`${SANDBOX_SIGNING_DB_NAME}-${crypto.randomUUID()}`);
    const statements = playedScenario(identity.role);
    const built = await buildSandboxBundle({ store, statements, learner: { homePage, learnerId }, identity, language: 'zh-CN', version: '0.1.0', exportedAt: new Date('2026-12-06T08:30:00.000Z') });
    const verified = await verifyExportBundle(built.bundle.bytes);
    if (!verified.ok) throw new Error(JSON.stringify(verified.problem));
    expect(verified.manifest.exporter).toEqual({ name: EXPORTER_NAMES.sandbox, version: '0.1.0' });
    expect(exporterSource(verified.manifest.exporter)).toBe('sandbox');
    expect(verified.manifest.staff).toEqual({ displayName: '李静', staffNumber: 'N20931', department: '心血管内科', role: 'pharmacist', consentedAt });
    expect(verified.manifest).toMatchObject({ learner: { homePage, name: learnerId }, sequence: 1, previousExportSha256: null, statementCount: 3 });
    expect(verified.keyFingerprint).toBe(built.keyFingerprint);
    expect(verified.statements.map((s) => s.statement)).toEqual(statements);
    // statements keep the opaque account and her own role (not the scenario's "nurse"); no name or staff number in them
    for (const { statement, json } of verified.statements) {
      expect(statement.actor.account).toEqual({ homePage, name: learnerId });
      expect(statement.context?.extensions?.[EXTENSION.role]).toBe('pharmacist');
      expect(json).not.toContain('李静');
      expect(json).not.toContain('N20931');
    }
    expect(unzipParts(built.bundle.bytes)[BUNDLE_FILES.summary]).not.toContain('N20931');
    expect(built.bundle.fileName).toMatch(/^preceptor_localhost_e3b0c442-98fc-4c14-9afb-f4c8996fb924_20261206T083000Z_[0-9a-f]{8}\.zip$/);

    // the next export chains to this one once it is recorded
    await store.recordExport(built.record);
    const next = await buildSandboxBundle({ store, statements, learner: { homePage, learnerId }, identity, language: 'en', version: '0.1.0', exportedAt: new Date('2026-12-07T08:30:00.000Z') });
    expect(next.bundle.manifest).toMatchObject({ sequence: 2, previousExportSha256: built.bundle.manifestSha256 });
    store.close();
  });

  it('a changed identity, statement or signature is refused', async () => {
    const store = new SigningKeyStore(`${SANDBOX_SIGNING_DB_NAME}-${crypto.randomUUID()}`);
    const { bundle } = await buildSandboxBundle({ store, statements: playedScenario('nurse'), learner: { homePage, learnerId }, identity, language: 'zh-CN', version: '0.1.0', exportedAt: new Date() });
    const problem = async (bytes: Uint8Array) => {
      const result = await verifyExportBundle(bytes);
      return result.ok ? 'accepted' : result.problem.code;
    };
    // someone else's staff number put on her results
    expect(await problem(await tamper(bundle.bytes, { manifest: (m) => (m.staff.staffNumber = 'N99999') }))).toBe('bad-signature');
    // a better score written in
    expect(await problem(await tamper(bundle.bytes, { statements: (text) => text.replace(/"raw":\d+/, '"raw":100') }))).toBe('statements-hash-mismatch');
    // re-hashed but not re-signed
    expect(await problem(await tamper(bundle.bytes, { statements: (text) => text.split('\n').slice(1).join('\n'), rehash: true, manifest: (m) => (m.statementCount = 2) }))).toBe('bad-signature');
    // re-signed with another key but the manifest's fingerprint left as it was
    const other = await newSigner();
    expect(await problem(await tamper(bundle.bytes, { manifest: (m) => (m.signature.publicKey = other.publicKey), resignWith: other }))).toBe('fingerprint-mismatch');
    expect(await problem(bundle.bytes)).toBe('accepted');
    store.close();
  });

  it('hands in no identity without consent; a stored identity that does not parse is an empty one', async () => {
    const store = new SigningKeyStore(`${SANDBOX_SIGNING_DB_NAME}-${crypto.randomUUID()}`);
    const withoutConsent: SandboxIdentity = { displayName: '李静', staffNumber: 'N20931', department: '心血管内科', role: 'nurse' };
    const built = await buildSandboxBundle({ store, statements: playedScenario('nurse'), learner: { homePage, learnerId }, identity: withoutConsent, language: 'zh-CN', version: '0.1.0', exportedAt: new Date() });
    expect(built.staff).toBe(undefined);
    expect(built.bundle.manifest).not.toHaveProperty('staff');
    expect(unzipParts(built.bundle.bytes)[BUNDLE_FILES.manifest]).not.toContain('N20931');
    store.close();

    expect(sandboxIdentityProblems(withoutConsent)).toEqual([]);
    expect(sandboxIdentityProblems({ role: 'nurse', identityConsentAt: consentedAt, displayName: '  ' })).toEqual(['displayName', 'staffNumber', 'department']);
    expect(sandboxIdentityProblems({})).toEqual(['role']);
    expect(readSandboxIdentity(JSON.stringify(identity))).toEqual(identity);
    expect(readSandboxIdentity('{"displayName":"x","patientName":"张三"}')).toEqual({});
    expect(readSandboxIdentity('not json')).toEqual({});
    expect(readSandboxIdentity(null)).toEqual({});
  });
});
