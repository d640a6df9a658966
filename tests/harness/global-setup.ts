// Once per browser-test run, before any test file: one static server over dist/ and one headless Chromium, shared by
// every file (each file connects to the browser and opens its own contexts). Starting them once, not once per file,
// is most of what a file used to spend before its first test.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { findTestChromium, TEST_CHROMIUM_ARGS } from './chromium.ts';
import { DIST_DIR } from './pages.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared static server's origin with a trailing slash, e.g. http://127.0.0.1:43121/. */
    siteUrl: string;
    /** The shared Chromium's Playwright endpoint, for `chromium.connect`. */
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startStaticServer({ root: DIST_DIR });
  const browser = await chromium
    .launchServer({ executablePath: findTestChromium(), headless: true, args: [...TEST_CHROMIUM_ARGS] })
    .catch(async (err: unknown) => {
      await server.close();
      throw err;
    });
  project.provide('siteUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
