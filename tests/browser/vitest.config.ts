// Browser tests: the built site (dist/) served locally and driven in headless Chromium. One server and one Chromium
// serve the whole run (tests/harness/global-setup.ts); two files run at a time, one per core, each with its own
// browser contexts. The last line of the output gives the layer's test count, wall time and load average.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/harness/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', './tests/harness/timing-reporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
