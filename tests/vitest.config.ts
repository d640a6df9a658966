// Unit, scenario, property and architecture tests: everything that runs without a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/site/ reads the built HTML and runs after the build (npm run test:site).
    exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
    // Property runs and the CLI tests (each starts a Node process) take seconds on a busy 2-core machine; the 5 s
    // default made them fail on load, not on a bug.
    testTimeout: 30_000,
  },
});
