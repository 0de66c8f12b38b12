import { describe, expect, it } from 'vitest';
import { PLAYER_SCRIPT_FILE, PLAYER_SCRIPT_ID, playerMatches, syncPlayerRegistration, type ScriptRegistry } from '../src/deployment/playerRegistration.ts';
import { ALL_SITES } from '../src/deployment/hospitalManifest.ts';
import { chromeLikeRegistry } from './chromeLikeRegistry.ts';

const EMR = ['https://his.example.cn', 'https://*.emr.example.cn'];

describe('where the player runs', () => {
  it('with a policy naming EMR origins: those and its training sandboxes; the local list does not count', () => {
    expect(playerMatches({ emrOrigins: EMR, sandboxOrigins: ['http://train.example.cn:8080'] }, [...ALL_SITES, 'http://other.test/*'])).toEqual([
      'https://his.example.cn/*',
      'https://*.emr.example.cn/*',
      'http://train.example.cn:8080/*',
    ]);
    expect(playerMatches({ emrOrigins: EMR }, [...ALL_SITES])).toEqual(['https://his.example.cn/*', 'https://*.emr.example.cn/*']);
  });

  it('without one (or a policy that names no EMR): the local list', () => {
    expect(playerMatches({}, [...ALL_SITES])).toEqual([...ALL_SITES]);
    expect(playerMatches({ sandboxOrigins: ['http://train.example.cn'], authoringAllowed: true }, ['https://his.example.cn/*'])).toEqual(['https://his.example.cn/*']);
  });
});

describe('registering the player', () => {
  it('registers once as the manifest entry was (document_start, top frame), then leaves it alone on every restart', async () => {
    const { registry, scripts, calls } = chromeLikeRegistry();
    expect(await syncPlayerRegistration([...ALL_SITES], registry)).toBe('registered');
    expect(scripts.get(PLAYER_SCRIPT_ID)).toEqual({ id: 'player', js: [PLAYER_SCRIPT_FILE], matches: [...ALL_SITES], runAt: 'document_start', allFrames: false, persistAcrossSessions: true });
    // a service-worker restart, the install event and a policy read all at once: no duplicate registration
    expect(await Promise.all([syncPlayerRegistration([...ALL_SITES], registry), syncPlayerRegistration([...ALL_SITES].reverse(), registry), syncPlayerRegistration([...ALL_SITES], registry)])).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(calls).toEqual(['register']);
  });

  it('follows a policy change: narrowed to the EMR, widened again, removed when there is nowhere to run', async () => {
    const { registry, scripts, calls } = chromeLikeRegistry();
    await syncPlayerRegistration([...ALL_SITES], registry);
    expect(await syncPlayerRegistration(['https://his.example.cn/*'], registry)).toBe('updated');
    expect(scripts.get(PLAYER_SCRIPT_ID)?.matches).toEqual(['https://his.example.cn/*']);
    expect(await syncPlayerRegistration([...ALL_SITES], registry)).toBe('updated');
    expect(await syncPlayerRegistration([], registry)).toBe('unregistered');
    expect(scripts.size).toBe(0);
    expect(await syncPlayerRegistration([], registry)).toBe('none');
    expect(calls).toEqual(['register', 'update', 'update', 'unregister']);
  });

  it('corrects a registration left in another shape (an older version registered it differently)', async () => {
    const { registry, scripts } = chromeLikeRegistry([{ id: PLAYER_SCRIPT_ID, js: [PLAYER_SCRIPT_FILE], matches: [...ALL_SITES], runAt: 'document_idle', allFrames: true }]);
    expect(await syncPlayerRegistration([...ALL_SITES], registry)).toBe('updated');
    expect(scripts.get(PLAYER_SCRIPT_ID)).toMatchObject({ runAt: 'document_start', allFrames: false });
  });

  it('a failed call does not stop the next one', async () => {
    const { registry } = chromeLikeRegistry();
    const failing: ScriptRegistry = { ...registry, registerContentScripts: async () => Promise.reject(new Error('browser busy')) };
    await expect(syncPlayerRegistration([...ALL_SITES], failing)).rejects.toThrow('browser busy');
    expect(await syncPlayerRegistration([...ALL_SITES], registry)).toBe('registered');
  });
});
