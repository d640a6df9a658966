// axe-core, injected through the DevTools protocol (not a <script>, which the CSP would block)
// and run with the WCAG 2.0, 2.1 and 2.2 A/AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe's minified build: a third of `axe.source` (the readable build), sent and compiled for every document tested. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * The WCAG A/AA rules whose outcome depends on colour: text contrast (1.4.3) and links told from text by colour alone
 * (1.4.1). The themes differ in colours only (tests/site/theme-css.test.ts holds the CSS to that), so every other
 * rule gives the same answer in both; a second theme is tested with these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Violations as readable lines: rule, impact, and the first few offending nodes. `scope` (a CSS selector) limits the
 * run to that part of the page, for a test that changes only it while another test covers the whole page. axe is
 * injected once per document.
 *
 * The run that decides is made without CSS selectors for the nodes (`selectors: false`): building a unique selector for
 * every node axe reports on is half of axe's time on a long guide (2.2 s → 1.2 s), and the same rules find the same
 * violations either way. Only when there are violations is the run repeated with selectors, to name the nodes.
 * `only.rules` runs just those rules (COLOUR_RULES for a second theme).
 */
export async function runAxe(page: Page, scope?: string, only?: { rules: readonly string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const run = (selectors: boolean) =>
    page.evaluate(
      ({ tags, rules, include, selectors }: { tags: string[]; rules: string[]; include: string; selectors: boolean }) =>
        (window as unknown as { axe: typeof axe }).axe.run(include ? { include: [include] } : document, {
          runOnly: rules.length > 0 ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
          resultTypes: ['violations'],
          selectors,
        }),
      { tags: [...AXE_TAGS], rules: [...(only?.rules ?? [])], include: scope ?? '', selectors },
    );
  let results = await run(false);
  if (results.violations.length > 0) results = await run(true);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n    ')}`,
  );
}

/**
 * The same document in the dark theme, set as the boot script sets it for a reader who chose it, through the rules that
 * depend on colour (COLOUR_RULES): what a second theme can change.
 */
export async function runAxeInDarkTheme(page: Page, scope?: string): Promise<string[]> {
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  return runAxe(page, scope, { rules: COLOUR_RULES });
}
