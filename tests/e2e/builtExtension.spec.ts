import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from '../fixtures/extension.ts';
import { iconProblems, readBuiltManifest } from '../../scripts/packaging/builtExtension.ts';

// The build every e2e test loads (after `pnpm build`, so here rather than in the unit stage, which
// runs before the build and would read a stale one): each icon size Chrome shows, as a PNG of
// that size, in `icons` and on the toolbar button (an extension without one hides under the
// puzzle piece).
test('the built extension names a 16, 32, 48 and 128 px PNG as its icons and toolbar icon', () => {
  const manifest = readBuiltManifest(EXTENSION_DIR);
  expect(iconProblems(EXTENSION_DIR, manifest, [16, 32, 48, 128])).toEqual([]);
  expect(Object.keys(manifest.icons as Record<string, string>).sort()).toEqual(['128', '16', '32', '48']);
});
