// axe-core, injected through the DevTools protocol (not a <script>, which the CSP would block)
// and run with the WCAG 2.0, 2.1 and 2.2 A/AA rules.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Violations as readable lines: rule, impact, and the first few offending nodes. `scope` (a CSS selector) limits the
 * run to that part of the page, for a test that changes only it while another test covers the whole page. axe is
 * injected once per document.
 */
export async function runAxe(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    ({ tags, include }: { tags: string[]; include: string }) =>
      (window as unknown as { axe: typeof axe }).axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    { tags: [...AXE_TAGS], include: scope ?? '' },
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n    ')}`,
  );
}
