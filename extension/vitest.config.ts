import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { timeScale } from '../scripts/timeScale.mjs';

/**
 * WXT's test mock of `wxt/browser` (dist/virtual/mock-browser.mjs) takes its fakeBrowser from the
 * `wxt/testing` index, which also exports the Vitest plugin and so loads WXT's whole build core —
 * through Vite's module runner, in every test file (`ssr.noExternal: ['wxt']`): ~2 s of imports a
 * file, 60–90 s of the unit stage's summed import time. The same module, taking the same
 * fakeBrowser (the one WXT's setup file stubs as `browser` and `chrome`) from its own entry.
 */
function lightMockBrowser(): Plugin {
  return {
    name: 'preceptor:light-mock-browser',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]wxt[\\/]dist[\\/]virtual[\\/]mock-browser\.mjs$/.test(id)) return null;
      return "import { fakeBrowser } from 'wxt/testing/fake-browser';\nexport const browser = fakeBrowser;\nexport default fakeBrowser;\n";
    },
  };
}

// Background logic runs against WXT's fakeBrowser (in-memory storage), the progress DB against fake-indexeddb.
export default defineConfig({
  plugins: [lightMockBrowser(), WxtVitest()],
  test: { include: ['test/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 20_000 * timeScale(), hookTimeout: 20_000 * timeScale() },
});
