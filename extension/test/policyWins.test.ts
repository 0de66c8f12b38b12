import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScenarioAttemptResult } from '@preceptor/shared/scenario/relayMessage.ts';
import { applyPolicyToProfile, ensureLearnerProfile, learnerProfile, saveLearnerProfile, statementLearner } from '../src/progress/learnerProfile.ts';
import { exportProgressBundle } from '../src/progress/progressLog.ts';
import { relayScenarioAttempt } from '../src/progress/sandboxRelay.ts';
import { addSandboxOrigin } from '../src/progress/sandboxOrigins.ts';
import { authoringAllowed, switchAuthoringOn } from '../src/authoring/authoringStore.ts';
import { startAuthoring } from '../src/authoring/background/authoringSessions.ts';
import { hospitalPolicy } from '../src/deployment/hospitalPolicy.ts';

// A hospital policy (chrome.storage.managed) wins over the local setting of the same meaning, read
// through each setting's owner module; without one, everything is local (the single-user demo).

const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);
const attempt = (): ScenarioAttemptResult => ({ attemptId: crypto.randomUUID(), scenarioId: 'pharm-warfarin-nsaid', mode: 'practice', outcome: 'passed', score: 100, trapsHit: [], durationMs: 60_000 });

describe('a hospital policy wins over local settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("organisation.homePage: every statement's account and the export's file name", async () => {
    expect((await statementLearner()).homePage).toBe('https://preceptor.dev/org/unconfigured');
    await setPolicy({ organisation: { homePage: 'https://www.shili-hospital.example.cn', name: '示例医院' } });
    const learner = await statementLearner();
    expect(learner.homePage).toBe('https://www.shili-hospital.example.cn');
    const bundle = await exportProgressBundle(learner, '0.1.0');
    expect(bundle.fileName).toMatch(/^preceptor_www\.shili-hospital\.example\.cn_/);
  });

  it('a bad homePage is left out and reported, and the local one stays', async () => {
    await setPolicy({ organisation: { homePage: 'ftp://files.example.cn' } });
    expect((await statementLearner()).homePage).toBe('https://preceptor.dev/org/unconfigured');
    expect((await hospitalPolicy()).problems.map((p) => p.path)).toEqual(['organisation.homePage']);
  });

  it('authoring: off by default; the local switch turns it on only without a policy; with one, only the policy decides', async () => {
    await ensureLearnerProfile();
    expect(await authoringAllowed()).toBe(false);
    expect(await startAuthoring(3, 'http://emr.test/ward')).toBe(false);
    await switchAuthoringOn(true);
    expect(await authoringAllowed()).toBe(true);
    await setPolicy({ organisation: { homePage: 'https://www.shili-hospital.example.cn' } }); // a policy that does not allow it
    expect(await authoringAllowed()).toBe(false);
    expect(await startAuthoring(3, 'http://emr.test/ward')).toBe(false);
    await setPolicy({ authoringAllowed: 'yes' }); // set wrongly: still the hospital's call, still off
    expect(await authoringAllowed()).toBe(false);
    await switchAuthoringOn(false);
    await setPolicy({ authoringAllowed: true });
    expect(await authoringAllowed()).toBe(true);
    expect(await startAuthoring(3, 'http://emr.test/ward')).toBe(true);
  });

  it("sandboxOrigins: the policy's list replaces the local one for the relay, which stays stored", async () => {
    await ensureLearnerProfile();
    await addSandboxOrigin('http://localhost:5000');
    expect(await relayScenarioAttempt('http://localhost:5000/pharmacy', attempt())).toBe(3);
    await setPolicy({ sandboxOrigins: ['https://train.shili-hospital.example.cn'] });
    expect(await relayScenarioAttempt('http://localhost:5000/pharmacy', attempt())).toBe(0);
    expect(await relayScenarioAttempt('https://train.shili-hospital.example.cn/pharmacy', attempt())).toBe(3);
    await fakeBrowser.storage.managed.clear();
    expect(await relayScenarioAttempt('http://localhost:5000/pharmacy', attempt())).toBe(3);
  });

  it('language: the starting language of a new learner; a learner already there keeps theirs unless it is locked', async () => {
    await setPolicy({ language: 'en' });
    expect((await ensureLearnerProfile()).language).toBe('en');
    const profile = (await learnerProfile.getValue())!;
    await saveLearnerProfile({ ...profile, language: 'zh-CN' });
    expect((await learnerProfile.getValue())!.language).toBe('zh-CN');
    await setPolicy({ language: 'en', lockedSettings: ['language'] });
    await applyPolicyToProfile((await hospitalPolicy()).policy);
    expect((await learnerProfile.getValue())!.language).toBe('en');
  });

  it('lockedSettings: a locked department or role not chosen yet is chosen once', async () => {
    const profile = await ensureLearnerProfile();
    await setPolicy({ lockedSettings: ['department', 'role'] });
    await saveLearnerProfile({ ...profile, role: 'nurse' });
    await saveLearnerProfile({ ...profile, role: 'physician', department: 'emergency' });
    expect(await learnerProfile.getValue()).toEqual({ ...profile, role: 'nurse', department: 'emergency' });
  });

  it('lockedSettings: a save keeps the locked language, department and role, and changes the rest', async () => {
    const profile = await ensureLearnerProfile();
    await saveLearnerProfile({ ...profile, role: 'nurse', department: 'cardiology-ward-1', displayName: '王芳' });
    await setPolicy({ language: 'zh-CN', lockedSettings: ['language', 'department', 'role'] });
    await saveLearnerProfile({ learnerId: profile.learnerId, language: 'en', role: 'physician', displayName: '王芳芳' });
    expect(await learnerProfile.getValue()).toEqual({ learnerId: profile.learnerId, language: 'zh-CN', role: 'nurse', department: 'cardiology-ward-1', displayName: '王芳芳' });
    await fakeBrowser.storage.managed.clear();
    await saveLearnerProfile({ learnerId: profile.learnerId, language: 'en', role: 'physician' });
    expect(await learnerProfile.getValue()).toEqual({ learnerId: profile.learnerId, language: 'en', role: 'physician' });
  });
});
