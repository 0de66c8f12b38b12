import { describe, expect, it } from 'vitest';
import { bumpVersion, compareVersions, nextPublishedVersion, suggestBump } from '../../src/authoring/packVersion.ts';

describe('pack versioning', () => {
  it('bumps semantic versions', () => {
    expect(bumpVersion('1.4.2', 'patch')).toBe('1.4.3');
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(bumpVersion('2.0.0-rc.1', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.5.0-beta', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.5.1-beta', 'minor')).toBe('1.6.0');
    expect(bumpVersion('1.5.1-beta', 'patch')).toBe('1.5.1');
    expect(() => bumpVersion('v1', 'patch')).toThrow(/semantic version/);
  });

  it('orders versions, pre-releases before releases', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.1', '1.2.0-alpha', '1.2.0-rc.10', '0.9.9', '1.2.0+build.5'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.2.0-alpha', '1.2.0-rc.1', '1.2.0-rc.10', '1.2.0', '1.2.0+build.5', '1.10.0']);
  });

  it('suggests the bump from the change view', () => {
    expect(suggestBump([])).toBeUndefined();
    expect(suggestBump([{ kind: 'text-changed', area: 'step', ids: ['t', 's'] }, { kind: 'retargeted', area: 'step', ids: ['t', 's'] }])).toBe('patch');
    expect(suggestBump([{ kind: 'added', area: 'step', ids: ['t', 's'] }, { kind: 'moved', area: 'step', ids: ['t', 'x'] }])).toBe('minor');
    expect(suggestBump([{ kind: 'added', area: 'tour', ids: ['t'] }, { kind: 'removed', area: 'question', ids: ['q', 'a'] }])).toBe('major');
  });

  it('first publish keeps the draft version; later ones bump the last published and never go back', () => {
    expect(nextPublishedVersion('1.0.0', undefined, 'patch')).toBe('1.0.0');
    expect(nextPublishedVersion('1.0.0', '1.0.0', 'patch')).toBe('1.0.1');
    expect(nextPublishedVersion('1.0.0', '1.0.3', 'minor')).toBe('1.1.0');
    expect(nextPublishedVersion('3.0.0', '1.0.3', 'patch')).toBe('3.0.0'); // the mentor set a higher version by hand
  });
});
