// Browser tests: the built site (dist/) served locally and driven in headless Chromium.
// Files run one at a time (each starts its own Chromium; these machines have two cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
