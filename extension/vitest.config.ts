import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { timeScale } from '../scripts/timeScale.mjs';

// Background logic runs against WXT's fakeBrowser (in-memory storage), the progress DB against fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 20_000 * timeScale(), hookTimeout: 20_000 * timeScale() },
});
