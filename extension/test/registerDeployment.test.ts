import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerDeployment } from '../src/deployment/registerDeployment.ts';
import { defaultPlayerSites, storedPlayerSites } from '../src/deployment/playerSites.ts';
import { ALL_SITES } from '../src/deployment/hospitalManifest.ts';
import { ensureLearnerProfile, learnerProfile } from '../src/progress/learnerProfile.ts';
import { PLAYER_SCRIPT_ID } from '../src/deployment/playerRegistration.ts';
import { chromeLikeRegistry } from './chromeLikeRegistry.ts';

// The background's deployment wiring over WXT's fake browser, with chrome.scripting and the
// permission events standing in as Chrome has them: the player follows the policy as it changes
// and the sites the learner grants.

type PermissionListener = (permissions: { origins?: string[] }) => void;

const DEFAULT_BUILD = { host_permissions: [...ALL_SITES] };
const HOSPITAL_BUILD = { host_permissions: ['https://his.example.cn/*'], optional_host_permissions: [...ALL_SITES] };

function fakeChrome(manifest: object = DEFAULT_BUILD) {
  const { registry, scripts } = chromeLikeRegistry();
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'Preceptor', version: '0.1.0', ...manifest }) });
  Object.assign(fakeBrowser.scripting, registry);
  const listeners: { added: PermissionListener[]; removed: PermissionListener[] } = { added: [], removed: [] };
  Object.assign(fakeBrowser.permissions.onAdded, { addListener: (l: PermissionListener) => listeners.added.push(l) });
  Object.assign(fakeBrowser.permissions.onRemoved, { addListener: (l: PermissionListener) => listeners.removed.push(l) });
  return { matches: () => scripts.get(PLAYER_SCRIPT_ID)?.matches, listeners };
}

describe('registerDeployment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the player on start, follows policy changes, and adds the sites a learner grants', async () => {
    const chrome = fakeChrome();
    registerDeployment();
    await vi.waitFor(() => expect(chrome.matches()).toEqual([...ALL_SITES]));

    await fakeBrowser.storage.managed.set({ emrOrigins: ['https://his.example.cn'], sandboxOrigins: ['https://train.example.cn'] });
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://his.example.cn/*', 'https://train.example.cn/*']));

    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(chrome.matches()).toEqual([...ALL_SITES]));

    // the default build has every site already: a grant adds nothing
    for (const listener of chrome.listeners.added) listener({ origins: ['https://his2.example.cn/*'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storedPlayerSites.getValue()).toBeNull();
    expect(chrome.matches()).toEqual([...ALL_SITES]);
  });

  it('a hospital build runs where it was built for, plus the sites a learner grants; one taken back is dropped', async () => {
    const chrome = fakeChrome(HOSPITAL_BUILD);
    expect(defaultPlayerSites()).toEqual(['https://his.example.cn/*']);
    registerDeployment();
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://his.example.cn/*']));
    for (const listener of chrome.listeners.added) listener({ origins: ['https://lis.example.cn/*', '<all_urls>'] });
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://his.example.cn/*', 'https://lis.example.cn/*']));
    expect(await storedPlayerSites.getValue()).toEqual(['https://his.example.cn/*', 'https://lis.example.cn/*']);
    for (const listener of chrome.listeners.removed) listener({ origins: ['https://lis.example.cn/*'] });
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://his.example.cn/*']));
    // with a policy naming the EMR, the hospital decides: the granted list does not count
    for (const listener of chrome.listeners.added) listener({ origins: ['https://lis.example.cn/*'] });
    await fakeBrowser.storage.managed.set({ emrOrigins: ['https://emr.example.cn'] });
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://emr.example.cn/*']));
  });

  it('a locked language from a new policy reaches the stored profile', async () => {
    fakeChrome();
    const profile = await ensureLearnerProfile();
    expect(profile.language).toBe('zh-CN');
    registerDeployment();
    await fakeBrowser.storage.managed.set({ language: 'en', lockedSettings: ['language'] });
    await vi.waitFor(async () => expect((await learnerProfile.getValue())?.language).toBe('en'));
  });
});

describe('registerDeployment, triggers at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('five grants at once are all kept (one read-modify-write of the site list at a time)', async () => {
    const chrome = fakeChrome(HOSPITAL_BUILD);
    registerDeployment();
    const granted = ['a', 'b', 'c', 'd', 'e'].map((o) => `https://${o}.example.cn/*`);
    for (const origin of granted) for (const listener of chrome.listeners.added) listener({ origins: [origin] });
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://his.example.cn/*', ...granted]));
    expect(await storedPlayerSites.getValue()).toEqual(['https://his.example.cn/*', ...granted]);
  });

  it('policy changes that come while an apply runs are folded into one more run, which sees the last policy', async () => {
    const chrome = fakeChrome();
    let reads = 0;
    const read = fakeBrowser.scripting.getRegisteredContentScripts.bind(fakeBrowser.scripting);
    Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: (filter?: { ids?: string[] }) => (reads++, read(filter)) });
    registerDeployment();
    await vi.waitFor(() => expect(chrome.matches()).toEqual([...ALL_SITES]));
    reads = 0;
    await Promise.all([1, 2, 3, 4, 5].map((n) => fakeBrowser.storage.managed.set({ emrOrigins: [`https://his${n}.example.cn`] })));
    await vi.waitFor(() => expect(chrome.matches()).toEqual(['https://his5.example.cn/*']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chrome.matches()).toEqual(['https://his5.example.cn/*']);
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(2);
  });
});
