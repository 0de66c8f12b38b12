import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_SITES, hospitalManifest } from '../src/deployment/hospitalManifest.ts';

// Site access by build (wxt.config.ts): the default build may run everywhere, as before; a
// hospital build declares only its EMR origins, so a force-install shows no all-sites warning.

const base = { name: 'Preceptor', permissions: ['storage', 'unlimitedStorage'] };
const hospital = { PRECEPTOR_HOSPITAL_BUILD: '1', PRECEPTOR_EMR_ORIGINS: 'https://his.example.cn, https://*.emr.example.cn' };
const allSites = (patterns: readonly string[] | undefined) => (patterns ?? []).filter((p) => /^(\*|https?):\/\/\*\/|<all_urls>/.test(p));

describe('the manifest by build', () => {
  it('default build: every http(s) site, scripting to register the player, the managed schema', () => {
    const manifest = hospitalManifest(base, {});
    expect(manifest.host_permissions).toEqual([...ALL_SITES]);
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting']);
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(manifest.name).toBe('Preceptor');
  });

  it('hospital build: host access only to its EMR origins; other sites optional, asked for one by one', () => {
    const manifest = hospitalManifest(base, hospital);
    expect(allSites(manifest.host_permissions)).toEqual([]);
    expect(manifest.host_permissions).toEqual(['https://his.example.cn/*', 'https://*.emr.example.cn/*']);
    expect(manifest.optional_host_permissions).toEqual([...ALL_SITES]);
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting', 'activeTab']);
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    expect('content_scripts' in manifest).toBe(false);
  });

  it('hospital build: no EMR origins, or a bad one, stops the build with the entry named', () => {
    expect(() => hospitalManifest(base, { PRECEPTOR_HOSPITAL_BUILD: '1' })).toThrow(/PRECEPTOR_EMR_ORIGINS/);
    expect(() => hospitalManifest(base, { PRECEPTOR_HOSPITAL_BUILD: '1', PRECEPTOR_EMR_ORIGINS: 'https://his.example.cn,https://*/' })).toThrow(/"https:\/\/\*\/"/);
    expect(() => hospitalManifest(base, { PRECEPTOR_HOSPITAL_BUILD: '1', PRECEPTOR_EMR_ORIGINS: 'https://his.example.cn/emr' })).toThrow(/"https:\/\/his.example.cn\/emr": not an EMR origin/);
  });

  it('has no static content script in any build: the player entrypoint is registered at runtime, with no matches of its own', () => {
    // WXT writes an entrypoint into manifest.content_scripts unless it says registration: 'runtime',
    // and adds a runtime script's own `matches` to host_permissions
    const entry = readFileSync(new URL('../src/entrypoints/player.content/index.ts', import.meta.url), 'utf8');
    expect(entry).toMatch(/^\s*registration: 'runtime',$/m);
    expect(entry).not.toMatch(/^\s*matches:/m);
    const config = readFileSync(new URL('../wxt.config.ts', import.meta.url), 'utf8');
    expect(config).toMatch(/manifest: hospitalManifest\(/);
  });
});
