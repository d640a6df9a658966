// Listeners that turn anything a page should never do into a recorded problem: console errors,
// uncaught exceptions, Content Security Policy violations, and requests leaving the local server
// (which also fail: the tests' Chromium resolves no other host, so a test never depends on the network).
import type { BrowserContext, Page } from 'playwright-core';

/** Runs in every document before its own scripts: reports CSP violations to the console. */
function reportCspViolations(): void {
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} "${e.sample}"`);
    },
    true,
  );
}

export interface Guarded {
  problems: string[];
}

/**
 * Records every request whose origin is not `origin`; call once per context. The tests' Chromium resolves no host but
 * the local server's (TEST_CHROMIUM_ARGS in tests/harness/chromium.ts), so such a request also fails. Listening costs
 * nothing a page does not already report; routing every request through Playwright to block it cost each navigation
 * about 10 ms of CPU.
 */
export async function guardContext(context: BrowserContext, origin: string, guarded: Guarded): Promise<void> {
  await context.addInitScript(reportCspViolations);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(?:https?|wss?):$/.test(url.protocol) && url.origin !== origin) guarded.problems.push(`outside request: ${request.method()} ${request.url()}`);
  });
}

/** Records console errors and uncaught exceptions of one page. */
export function guardPage(page: Page, guarded: Guarded): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') guarded.problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => guarded.problems.push(`uncaught exception: ${err.message}`));
}
