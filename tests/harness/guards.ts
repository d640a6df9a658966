// Listeners that turn anything a page should never do into a recorded problem: console errors,
// uncaught exceptions, Content Security Policy violations, and requests leaving the local server
// (which are also blocked, so a test never depends on the network).
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

/** Blocks and records every request whose origin is not `origin`; call once per context. */
export async function guardContext(context: BrowserContext, origin: string, guarded: Guarded): Promise<void> {
  await context.addInitScript(reportCspViolations);
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      guarded.problems.push(`outside request: ${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
}

/** Records console errors and uncaught exceptions of one page. */
export function guardPage(page: Page, guarded: Guarded): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') guarded.problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => guarded.problems.push(`uncaught exception: ${err.message}`));
}
