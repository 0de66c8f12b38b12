import { storage } from 'wxt/utils/storage';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTENSION } from '@preceptor/shared/xapi/vocabulary.ts';
import type { ScenarioAttemptResult } from '@preceptor/shared/scenario/relayMessage.ts';
import { ensureLearnerProfile } from '../src/progress/learnerProfile.ts';
import { allLearnerStatements, countStatements, recordStatements, recordable } from '../src/progress/progressLog.ts';
import { relayScenarioAttempt } from '../src/progress/sandboxRelay.ts';
import { learnerProfile, saveLearnerProfile } from '../src/progress/learnerProfile.ts';

const attempt = (over: Partial<ScenarioAttemptResult> = {}): ScenarioAttemptResult => ({
  attemptId: crypto.randomUUID(),
  scenarioId: 'pharm-warfarin-nsaid',
  mode: 'practice',
  outcome: 'passed',
  score: 100,
  trapsHit: [],
  durationMs: 120_000,
  ...over,
});

describe('sandbox relay in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const profile = await ensureLearnerProfile();
    await saveLearnerProfile({ ...profile, role: 'nurse', department: '心内科' });
  });

  it('records an attempt from a configured origin as statements of its own, with the profile role', async () => {
    const before = await countStatements();
    const a = attempt();
    expect(await relayScenarioAttempt('http://localhost:4173/pharmacy', a)).toBe(3);
    const mine = (await allLearnerStatements()).filter((s) => s.context.registration === a.attemptId);
    expect(mine).toHaveLength(3);
    const { learnerId } = (await learnerProfile.getValue())!;
    for (const s of mine) {
      expect(s.actor.account.name).toBe(learnerId);
      expect(s.context.extensions?.[EXTENSION.role]).toBe('nurse'); // not the drill's pharmacist
      expect(s.context.extensions?.[EXTENSION.reportedBy]).toBe('training-sandbox');
    }
    // relayed again: nothing new
    expect(await relayScenarioAttempt('http://localhost:4173/pharmacy', a)).toBe(0);
    expect(await countStatements()).toBe(before + 3);
  });

  it('refuses pages that are not a configured origin, userinfo URLs and unknown drills', async () => {
    const before = await countStatements();
    for (const url of ['http://localhost:4174/pharmacy', 'http://localhost:1@evil.example/', 'http://x@localhost:4173/pharmacy', 'https://evil.example/', undefined]) {
      expect(await relayScenarioAttempt(url, attempt()), String(url)).toBe(0);
    }
    expect(await relayScenarioAttempt('http://localhost:4173/', attempt({ scenarioId: 'no-such-drill' }))).toBe(0);
    expect(await relayScenarioAttempt('http://localhost:4173/', attempt({ score: 10 }))).toBe(0);
    expect(await countStatements()).toBe(before);
    // the setting decides: another port once configured, and the default no longer once removed
    await storage.setItem('local:trainingSandboxOrigins', ['http://localhost:4174']);
    expect(await relayScenarioAttempt('http://localhost:4174/pharmacy', attempt())).toBe(3);
    expect(await relayScenarioAttempt('http://localhost:4173/pharmacy', attempt())).toBe(0);
  });
});

describe('the log takes only what the trainer\'s import accepts', () => {
  it('drops statements the import would refuse or that are too large', async () => {
    const before = await countStatements();
    const good = {
      id: crypto.randomUUID(),
      actor: { objectType: 'Agent', account: { homePage: 'https://hospital.example.cn', name: 'x' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'read' } },
      object: { objectType: 'Activity', id: 'https://preceptor.dev/xapi/activities/packs/p' },
      context: { registration: crypto.randomUUID() },
      timestamp: '2026-01-01T00:00:00.000Z',
    } as const;
    const bad = [
      { ...good, id: crypto.randomUUID(), actor: { ...good.actor, name: 'n'.repeat(4001) } },
      { ...good, id: crypto.randomUUID(), object: { ...good.object, definition: { name: { en: 'n'.repeat(4001) } } } },
      { ...good, id: crypto.randomUUID(), version: '2.0.0' },
      { ...good, id: crypto.randomUUID(), timestamp: 'yesterday' },
      { ...good, id: 'not-a-uuid' },
      { ...good, id: crypto.randomUUID(), result: { score: { scaled: 2 } } },
      { ...good, id: crypto.randomUUID(), context: { ...good.context, extensions: { 'https://x.example/e': 'y'.repeat(17_000) } } },
    ];
    for (const s of bad) expect(recordable(s), JSON.stringify(s).slice(0, 100)).toBe(false);
    expect(recordable(good)).toBe(true);
    expect(await recordStatements([...bad, good] as never)).toBe(1);
    expect(await countStatements()).toBe(before + 1);
  });
});
