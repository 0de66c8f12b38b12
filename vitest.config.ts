import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in tests/e2e and run with `pnpm test:e2e`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['shared/test/**/*.test.ts', 'sandbox/test/**/*.test.{ts,tsx}', 'bench/targets/libraries/*.test.ts'],
          environment: 'node',
        },
      },
      'extension/vitest.config.ts',
    ],
  },
});
