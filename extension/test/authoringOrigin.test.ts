import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureLearnerProfile } from '../src/progress/learnerProfile.ts';
import { authoredToursHere, authoringHere, runCommand, startAuthoring } from '../src/authoring/background/authoringSessions.ts';
import { authoredPacks, switchAuthoringOn } from '../src/authoring/authoringStore.ts';
import { authoringSessions } from '../src/authoring/background/authoringSessions.ts';

const EMR = 'http://localhost:4173/admission';
const ELSEWHERE = 'https://evil.example/phish';

describe('mentor authoring is bound to its origin', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ensureLearnerProfile();
    await switchAuthoringOn(true); // off by default (no policy: the options page's switch)
  });

  it('pauses on another origin (no panel, commands refused, the draft untouched) and resumes back home', async () => {
    expect(await startAuthoring(4, EMR)).toBe(true);
    expect((await authoringSessions.getValue())['4']?.origin).toBe('http://localhost:4173');
    expect(await authoringHere(4, EMR)).toBe(true);
    const view = await runCommand(4, EMR, { type: 'view' } as never);
    expect(view?.tourId).toBeTruthy();
    const before = JSON.stringify(await authoredPacks.getValue());

    // the tab went to another site: its script tries to rewrite the draft
    expect(await authoringHere(4, ELSEWHERE)).toBe(false);
    expect(await authoringHere(4, 'http://localhost:4173@evil.example/')).toBe(false);
    const step = { id: 's1', title: { 'zh-CN': '点', en: 'x' }, body: { 'zh-CN': '[登录](https://evil.example)', en: 'x' }, placement: 'auto', advance: { on: 'next' } };
    expect(await runCommand(4, ELSEWHERE, { type: 'saveSteps', steps: [step] } as never)).toBeNull();
    expect(await runCommand(4, undefined, { type: 'saveSteps', steps: [step] } as never)).toBeNull();
    expect(JSON.stringify(await authoredPacks.getValue())).toBe(before);
    expect((await authoringSessions.getValue())['4']).toBeDefined(); // paused, not lost

    // the panel's health check asks for the draft's tours for its page: none elsewhere, nor for a URL off the sender's origin
    expect(await authoredToursHere(4, ELSEWHERE, ELSEWHERE)).toEqual([]);
    expect(await authoredToursHere(4, ELSEWHERE, EMR)).toEqual([]);
    expect(await authoredToursHere(99, EMR, EMR)).toEqual([]); // a tab without authoring

    // back on its own origin: it resumes by itself
    expect(await authoringHere(4, `${EMR}?again=1`)).toBe(true);
    expect((await authoredToursHere(4, EMR, EMR)).map((t) => t.tour.id)).toEqual([view!.tourId]);
    expect(await runCommand(4, EMR, { type: 'view' } as never)).not.toBeNull();
  });

  it('switched on again on another site starts a fresh session bound there', async () => {
    await startAuthoring(5, EMR);
    expect(await startAuthoring(5, 'https://emr2.example/ward')).toBe(true);
    expect((await authoringSessions.getValue())['5']?.origin).toBe('https://emr2.example');
    expect(await authoringHere(5, EMR)).toBe(false);
    expect(await startAuthoring(6, 'file:///etc/hosts')).toBe(false);
  });
});
