import { readFileSync } from 'node:fs';
import * as xapiValidation from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { checkStatement } from '../../src/record/statementValidation.ts';
import { EXTENSION, VERB } from '../../src/xapi/vocabulary.ts';
import { DrillCatalog, drillCatalogText } from '../../src/scenario/drillCatalog.ts';
import { SandboxRelayMessage, type ScenarioAttemptResult } from '../../src/scenario/relayMessage.ts';
import { attemptStatementIds, relayedAttemptStatements } from '../../src/scenario/relayedAttempt.ts';
import { DEMO_SANDBOX_ORIGINS, parseSandboxOrigin, relayOriginAllowed } from '../../src/scenario/sandboxOrigins.ts';
import { loadScenarios } from './scenarioFiles.ts';

const validateStatement: (statement: unknown) => unknown[] = (xapiValidation as any).default?.default ?? (xapiValidation as any).default;

const catalog = DrillCatalog.parse(JSON.parse(readFileSync(new URL('../../packs/drill-catalog.json', import.meta.url), 'utf8')));
const learner = { learnerId: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', homePage: 'https://hospital.example.cn', language: 'zh-CN' as const, role: 'nurse', department: '心内科' };
const endedAt = new Date('2026-11-26T09:38:00.000Z');
const pass: ScenarioAttemptResult = {
  attemptId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  scenarioId: 'pharm-warfarin-nsaid',
  mode: 'assessment',
  outcome: 'passed',
  score: 100,
  trapsHit: [],
  durationMs: 300_000,
};

describe('drill catalog', () => {
  it('is in sync with sandbox/scenarios (run `pnpm schema`)', () => {
    const onDisk = readFileSync(new URL('../../packs/drill-catalog.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(drillCatalogText(loadScenarios()));
    expect(catalog.length).toBe(loadScenarios().length);
  });
});

describe('relayed scenario attempt', () => {
  it('the message schema takes an attempt result and nothing else', () => {
    const message = { source: 'preceptor-sandbox', type: 'scenario-attempt', attempt: pass };
    expect(SandboxRelayMessage.parse(message)).toEqual(message);
    const bad = [
      { ...message, extra: 1 },
      { ...message, type: 'scenario-statements', statements: [] },
      { ...message, attempt: { ...pass, score: 101 } },
      { ...message, attempt: { ...pass, score: 99.5 } },
      { ...message, attempt: { ...pass, attemptId: 'not-a-uuid' } },
      { ...message, attempt: { ...pass, scenarioId: 'X'.repeat(81) } },
      { ...message, attempt: { ...pass, durationMs: -1 } },
      { ...message, attempt: { ...pass, durationMs: 25 * 3_600_000 } },
      { ...message, attempt: { ...pass, trapsHit: Array.from({ length: 21 }, (_, i) => `t${i}`) } },
      { ...message, attempt: { ...pass, verb: 'http://adlnet.gov/expapi/verbs/passed' } },
      { ...message, attempt: { ...pass, outcome: 'signed-off' } },
    ];
    for (const m of bad) expect(SandboxRelayMessage.safeParse(m).success, JSON.stringify(m).slice(0, 120)).toBe(false);
  });

  it('becomes attempted, completed and passed with the learner\'s own role, marked as sandbox-reported', async () => {
    const ids = await attemptStatementIds(pass.attemptId);
    const built = relayedAttemptStatements(pass, catalog, learner, endedAt, ids);
    if (!built.ok) throw new Error(built.refused);
    expect(built.statements.map((s) => s.verb.id)).toEqual([VERB.attempted, VERB.completed, VERB.passed]);
    for (const s of built.statements) {
      expect(s.actor.account).toEqual({ homePage: learner.homePage, name: learner.learnerId });
      // the drill is for pharmacists; the learner is a nurse: the record says nurse
      expect(s.context.extensions?.[EXTENSION.role]).toBe('nurse');
      // the drill's own role is part of the activity
      expect(s.object.definition.extensions?.[EXTENSION.scenarioRoles]).toEqual(catalog.find((d) => d.id === pass.scenarioId)!.roles);
      expect(s.context.extensions?.[EXTENSION.department]).toBe('心内科');
      expect(s.context.extensions?.[EXTENSION.reportedBy]).toBe('training-sandbox');
      expect(s.context.registration).toBe(pass.attemptId);
      expect(checkStatement(s)).toMatchObject({ ok: true });
      expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    }
    expect(built.statements[0]!.timestamp).toBe('2026-11-26T09:33:00.000Z');
    expect(built.statements[2]!.result?.score?.raw).toBe(100);
    // the same attempt relayed twice gives the same statement ids (the log keeps one)
    expect(await attemptStatementIds(pass.attemptId)).toEqual(ids);
    expect(new Set(Object.values(ids)).size).toBe(3);
    expect((await attemptStatementIds('00000000-0000-4000-8000-000000000001')).attempted).not.toBe(ids.attempted);
  });

  it('carries no role when the profile names none (never the drill\'s role)', async () => {
    const built = relayedAttemptStatements(pass, catalog, { ...learner, role: null }, endedAt, await attemptStatementIds(pass.attemptId));
    expect(built.ok && built.statements.every((s) => !(EXTENSION.role in (s.context.extensions ?? {})))).toBe(true);
  });

  it('fails with traps and abandons as failed with no score', async () => {
    const ids = await attemptStatementIds(pass.attemptId);
    const failed = relayedAttemptStatements({ ...pass, outcome: 'failed', score: 60, trapsHit: ['approved'] }, catalog, learner, endedAt, ids);
    expect(failed.ok && failed.statements[2]!.result?.extensions?.[EXTENSION.trapsSprung]).toEqual(['approved']);
    const abandoned = relayedAttemptStatements({ ...pass, outcome: 'abandoned', score: 0 }, catalog, learner, endedAt, ids);
    expect(abandoned.ok && abandoned.statements.map((s) => s.verb.id)).toEqual([VERB.attempted, VERB.failed]);
  });

  it('refuses an unknown scenario, unknown traps and a pass that cannot be', async () => {
    const ids = await attemptStatementIds(pass.attemptId);
    const refused = (a: ScenarioAttemptResult) => {
      const r = relayedAttemptStatements(a, catalog, learner, endedAt, ids);
      return r.ok ? 'accepted' : r.refused;
    };
    expect(refused({ ...pass, scenarioId: 'mentor-sign-off' })).toBe('unknown-scenario');
    expect(refused({ ...pass, outcome: 'failed', trapsHit: ['no-such-trap'] })).toBe('unknown-trap');
    expect(refused({ ...pass, outcome: 'failed', trapsHit: ['approved', 'approved'] })).toBe('unknown-trap');
    expect(refused({ ...pass, score: 79 })).toBe('inconsistent'); // pass mark 80
    expect(refused({ ...pass, trapsHit: ['approved'] })).toBe('inconsistent');
    expect(refused({ ...pass, durationMs: 9 * 60_000 })).toBe('inconsistent'); // 8-minute assessment
    expect(refused({ ...pass, mode: 'practice', durationMs: 9 * 60_000 })).toBe('accepted');
    expect(refused({ ...pass, outcome: 'abandoned', score: 50 })).toBe('inconsistent');
    expect(refused({ ...pass, outcome: 'abandoned', score: 0, mode: 'practice' })).toBe('inconsistent');
  });
});

describe('training sandbox origins', () => {
  it('a page relays only from a configured origin, exactly, without userinfo', () => {
    const origins = [...DEMO_SANDBOX_ORIGINS, 'https://train.hospital.local'];
    expect(relayOriginAllowed('http://localhost:4173/scenarios', origins)).toBe(true);
    expect(relayOriginAllowed('http://127.0.0.1:4173/pharmacy?x=1#y', origins)).toBe(true);
    expect(relayOriginAllowed('https://train.hospital.local/', origins)).toBe(true);
    for (const url of [
      'http://localhost:1@evil.example/',
      'http://localhost:4173@evil.example/scenarios',
      'http://evil@localhost:4173/scenarios',
      'http://a:b@localhost:4173/scenarios',
      'http://localhost:4174/scenarios',
      'https://localhost:4173/scenarios',
      'http://localhost/scenarios',
      'http://train.hospital.local/',
      'https://train.hospital.local.evil.example/',
      'https://evil.example/?http://localhost:4173',
      'not a url',
      undefined,
    ]) expect(relayOriginAllowed(url, origins), String(url)).toBe(false);
  });

  it('settings take exact http(s) origins only', () => {
    expect(parseSandboxOrigin(' http://localhost:4173 ')).toEqual({ ok: true, origin: 'http://localhost:4173' });
    expect(parseSandboxOrigin('https://train.hospital.local/')).toEqual({ ok: true, origin: 'https://train.hospital.local' });
    expect(parseSandboxOrigin('HTTPS://Train.Hospital.Local')).toEqual({ ok: true, origin: 'https://train.hospital.local' });
    const problem = (t: string) => {
      const r = parseSandboxOrigin(t);
      return r.ok ? 'ok' : r.problem;
    };
    expect(problem('localhost:4173')).toBe('not-http');
    expect(problem('train.hospital.local')).toBe('not-a-url');
    expect(problem('ftp://train.hospital.local')).toBe('not-http');
    expect(problem('http://x@localhost:4173')).toBe('userinfo');
    expect(problem('http://localhost:4173/scenarios')).toBe('not-an-origin');
    expect(problem('http://localhost:4173?a')).toBe('not-an-origin');
    expect(problem('http://*.hospital.local')).toBe('wildcard');
  });
});
