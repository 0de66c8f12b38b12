import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Background logic runs against WXT's fakeBrowser (in-memory storage), the progress DB against fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['test/**/*.test.ts'], environment: 'node' },
});
