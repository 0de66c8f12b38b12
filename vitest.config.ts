import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { timeScale } from './scripts/timeScale.mjs';

// Unit tests only: Playwright specs live in tests/e2e and run with `pnpm test:e2e`.
export default defineConfig({
  test: {
    // every core (vitest's default leaves one idle: on a 2-core machine that is half of it)
    maxWorkers: Math.max(1, os.availableParallelism()),
    projects: [
      {
        test: {
          name: 'domain',
          include: ['shared/test/**/*.test.ts', 'sandbox/test/**/*.test.{ts,tsx}', 'bench/targets/libraries/*.test.ts', 'scripts/test/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          // property tests take seconds on a busy machine; one setting scales them (scripts/timeScale.mjs)
          testTimeout: 20_000 * timeScale(),
          // beforeAll hooks start loopback LRSs and servers: sized like the tests, not vitest's fixed 10 s
          hookTimeout: 20_000 * timeScale(),
        },
      },
      'extension/vitest.config.ts',
    ],
  },
});
