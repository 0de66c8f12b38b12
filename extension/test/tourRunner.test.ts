import { storage } from 'wxt/utils/storage';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installBundledPacksOnce } from '../src/packs/bundledPacks.ts';
import { ensureLearnerProfile } from '../src/progress/learnerProfile.ts';
import { allLearnerStatements, countStatements } from '../src/progress/progressLog.ts';
import { applyTourEvent, forgetTab, listPageTours, logTargetMissing, myTourStates, playerStateForPage, reconcileRunsWithPacks, startTourInTab } from '../src/tours/tourRunner.ts';
import { installedPacks } from '../src/packs/installedPacks.ts';
import { learnerProfile, saveLearnerProfile } from '../src/progress/learnerProfile.ts';
import { tourRuns } from '../src/tours/tourRunner.ts';
import { tourActivityId } from '@preceptor/shared/xapi/vocabulary.ts';

const URL_REGISTRATION = 'http://localhost:4173/registration';

describe('background tour runner', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await installBundledPacksOnce();
    const profile = await ensureLearnerProfile();
    await saveLearnerProfile({ ...profile, role: 'registrar' });
  });

  it('installs the bundled demo packs only when nothing is installed', async () => {
    expect((await installedPacks.getValue()).map((p) => p.id)).toEqual(['demo-registration', 'sandbox-drills']);
    const [demo] = await installedPacks.getValue();
    await storage.setItem('local:installedPacks', [demo!]);
    await installBundledPacksOnce();
    expect(await installedPacks.getValue()).toHaveLength(1); // a learner's choice is kept
    await storage.setItem('local:installedPacks', []);
    await installBundledPacksOnce();
    await installBundledPacksOnce();
    expect(await installedPacks.getValue()).toHaveLength(2);
  });

  it('runs a tour per tab, keeps it in storage, and logs statements for each change', async () => {
    const before = await countStatements();
    const started = await startTourInTab(7, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    expect(started?.run.stepIndex).toBe(0);
    await applyTourEvent(7, { type: 'next' });
    // another tab is untouched
    expect(await applyTourEvent(8, { type: 'next' })).toBeNull();
    const stored = (await tourRuns.getValue())['7'];
    expect(stored).toMatchObject({ stepIndex: 1, status: 'running', tourId: 'registration-basics' });
    expect((await countStatements()) - before).toBe(2); // launched + progressed
  });

  it("gives the popup each started tour's state from the log: 2 steps done, then completed", async () => {
    const id = tourActivityId('demo-registration', 'registration-basics');
    expect(await myTourStates()).toEqual({});
    await startTourInTab(9, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    await applyTourEvent(9, { type: 'next' });
    await applyTourEvent(9, { type: 'next' });
    const states = await myTourStates();
    expect(states).toEqual({ [id]: { status: 'in-progress', stepsDone: 2 } });
    await applyTourEvent(9, { type: 'next' });
    await applyTourEvent(9, { type: 'target-clicked', stepId: 'new-patient' });
    await applyTourEvent(9, { type: 'next' });
    expect(await myTourStates()).toEqual({ [id]: { status: 'completed' } });
  });

  it('resumes from storage after the service worker restarts (state is not in memory)', async () => {
    await startTourInTab(3, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    await applyTourEvent(3, { type: 'next' });
    // a restarted worker only has storage: simulate by reading straight from it
    const afterRestart = await playerStateForPage(3, URL_REGISTRATION);
    expect(afterRestart?.run.stepIndex).toBe(1);
    // other sites never get the player
    expect(await playerStateForPage(3, 'https://bank.example/')).toBeNull();
  });

  it('lists page tours with the run in progress, and forgets the run when the tab closes', async () => {
    await startTourInTab(5, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    const [tour] = await listPageTours(5, URL_REGISTRATION);
    expect(tour?.run?.stepIndex).toBe(0);
    // ids and the run only: the popup has titles and step counts in the outlines
    expect(Object.keys(tour!).sort()).toEqual(['packId', 'run', 'tourId']);
    expect((await listPageTours(6, URL_REGISTRATION))[0]?.run).toBeUndefined();
    await forgetTab(5);
    expect((await tourRuns.getValue())['5']).toBeUndefined();
  });

  it('rapid events are applied one after another, never on stale state', async () => {
    await startTourInTab(9, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    await Promise.all([applyTourEvent(9, { type: 'next' }), applyTourEvent(9, { type: 'next' }), applyTourEvent(9, { type: 'next' })]);
    expect((await tourRuns.getValue())['9']?.stepIndex).toBe(3);
  });

  it("a progressed statement carries the step's title from the installed pack, so the trainer's dashboard shows words", async () => {
    await startTourInTab(13, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    const { learnerId } = await ensureLearnerProfile();
    await applyTourEvent(13, { type: 'next' });
    const pack = (await installedPacks.getValue()).find((p) => p.id === 'demo-registration')!;
    const step = pack.tours.find((t) => t.id === 'registration-basics')!.steps[0]!;
    const progressed = (await allLearnerStatements()).filter((s) => s.actor.account.name === learnerId && s.verb.id.endsWith('/progressed'));
    expect(progressed).toHaveLength(1);
    expect(progressed[0]!.result?.extensions?.['https://preceptor.dev/xapi/extensions/step-title']).toEqual({ 'zh-CN': step.title['zh-CN'], en: step.title.en });
  });

  it('records the statements of the learner', async () => {
    await startTourInTab(11, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    const { learnerId } = await ensureLearnerProfile();
    // the DB outlives each test's fresh profile, so pick this learner's statements: just the launch
    const mine = (await allLearnerStatements()).filter((s) => s.actor.account.name === learnerId);
    expect(mine.map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/launched']);
    expect(mine[0]!.context.extensions?.['https://preceptor.dev/xapi/extensions/role']).toBe('registrar');
  });

  it('a page that never came is logged under the pattern the step waits for, never the URL, and only on the pack\'s site', async () => {
    const [demo] = await installedPacks.getValue();
    const text = { 'zh-CN': 'x', en: 'x' };
    const tour = {
      id: 'moved-tour',
      title: text,
      roles: [],
      urlPatterns: [],
      autoStart: false,
      steps: [
        { id: 'go', title: text, body: text, placement: 'auto' as const, page: 'http://localhost:4173/registration/list*', advance: { on: 'navigate' as const, urlPattern: 'http://localhost:4173/registration/orders*' } },
        { id: 'orders', title: text, body: text, placement: 'auto' as const, page: 'http://localhost:4173/registration/orders*', advance: { on: 'next' as const } },
      ],
    };
    await storage.setItem('local:installedPacks', [{ ...demo!, tours: [...demo!.tours, tour] }]);
    const started = await startTourInTab(12, demo!.id, 'moved-tour', 'http://localhost:4173/registration/list');
    const registration = started!.run.registration;
    const moved = 'http://localhost:4173/registration/v2/orders?patient=P000012'; // the pack's site (http://localhost:*/registration*)
    const missing = async () =>
      (await allLearnerStatements()).filter((s) => s.context.registration === registration && s.verb.id.endsWith('/target-missing'));

    await logTargetMissing(12, 'https://elsewhere.example/orders', 'go', 'page-moved'); // not the pack's site
    await logTargetMissing(12, 'http://localhost:4173/registration/list', 'go', 'page-moved'); // on the step's page: nothing moved
    expect(await missing()).toHaveLength(0);
    await applyTourEvent(12, { type: 'page-reached', stepId: 'go' });
    await logTargetMissing(12, moved, 'go', 'page-moved'); // left the navigate step's page: its destination never came
    await applyTourEvent(12, { type: 'skip' });
    await logTargetMissing(12, moved, 'orders', 'page-moved');
    await logTargetMissing(12, moved, 'orders', 'page-moved'); // once per attempt, step and reason
    const logged = await missing();
    expect(logged.map((s) => s.result?.extensions?.['https://preceptor.dev/xapi/extensions/page-pattern'])).toEqual(['http://localhost:4173/registration/orders*', 'http://localhost:4173/registration/orders*']);
    expect(logged.map((s) => s.result?.extensions?.['https://preceptor.dev/xapi/extensions/resolution'])).toEqual(['page-moved', 'page-moved']);
    expect(JSON.stringify(logged)).not.toContain('P000012');
  });

  it('starts a tour only on a page its pack covers and for a role it is meant for (a page script cannot start one elsewhere)', async () => {
    const before = await countStatements();
    expect(await startTourInTab(21, 'demo-registration', 'registration-basics', 'https://evil.example/registration')).toBeNull();
    expect(await startTourInTab(21, 'demo-registration', 'registration-basics', 'http://localhost:1@evil.example/registration')).toBeNull();
    expect(await startTourInTab(21, 'demo-registration', 'registration-basics', undefined)).toBeNull();
    const profile = (await learnerProfile.getValue())!;
    await saveLearnerProfile({ ...profile, role: 'nurse' });
    expect(await startTourInTab(21, 'demo-registration', 'registration-basics', URL_REGISTRATION)).toBeNull();
    expect((await tourRuns.getValue())['21']).toBeUndefined();
    expect(await countStatements()).toBe(before);
    await saveLearnerProfile({ ...profile, role: 'registrar' });
    expect(await startTourInTab(21, 'demo-registration', 'registration-basics', URL_REGISTRATION)).not.toBeNull();
  });

  it('a replaced pack remaps the run to the same step id, and a removed one ends it (never orphaned "running")', async () => {
    const v1 = await installedPacks.getValue();
    await startTourInTab(31, 'demo-registration', 'registration-basics', URL_REGISTRATION);
    await applyTourEvent(31, { type: 'next' });
    const before = await countStatements();
    const demo = v1.find((p) => p.id === 'demo-registration')!;
    const tour = demo.tours[0]!;
    const onStep = tour.steps[1]!.id;
    const v2 = { ...demo, version: '9.0.0', tours: [{ ...tour, steps: [{ ...tour.steps[0]!, id: 'inserted' }, ...tour.steps] }] };
    const packs2 = v1.map((p) => (p.id === demo.id ? v2 : p));
    await storage.setItem('local:installedPacks', packs2);
    await reconcileRunsWithPacks(v1, packs2);
    const remapped = (await tourRuns.getValue())['31']!;
    expect(v2.tours[0]!.steps[remapped.stepIndex]!.id).toBe(onStep);
    expect(remapped).toMatchObject({ packVersion: '9.0.0', stepCount: tour.steps.length + 1, status: 'running' });

    const packs3 = packs2.filter((p) => p.id !== demo.id);
    await storage.setItem('local:installedPacks', packs3);
    await reconcileRunsWithPacks(packs2, packs3);
    expect((await tourRuns.getValue())['31']).toBeUndefined();
    expect(await countStatements()).toBe(before); // nothing recorded for a tour the pack took away
    expect(await applyTourEvent(31, { type: 'next' })).toBeNull();
  });
});
