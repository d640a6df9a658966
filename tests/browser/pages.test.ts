// Every page of the built site loads clean, carries the header's Guides · Checks · Search, and passes axe, in both
// themes (the dark one through the rules that depend on colour, the only thing the themes change).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { runAxe, runAxeInDarkTheme } from '../harness/axe.ts';
import { enumeratePages } from '../harness/pages.ts';
import { openSite, type GuardedPage, type Site } from '../harness/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Pages the site should have, counted from the sources rather than from dist/: guides, fixed pages, check pages. */
function expectedPageCount(): number {
  const guides = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const fixedPages = readdirSync(join(ROOT, 'src', 'pages'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.astro') && !f.includes('['),
  );
  const checkPages = CHECK_ISLANDS.filter((c) => c.built).length;
  return guides.length + fixedPages.length + checkPages;
}

/** The header section a path belongs to, by hand: guides under /guides/, checks under /checks/, the search page. */
function currentSection(path: string): [label: string, value: string][] {
  if (path === '/guides/') return [['Guides', 'page']];
  if (path.startsWith('/guides/')) return [['Guides', 'true']];
  if (path === '/checks/') return [['Checks', 'page']];
  if (path.startsWith('/checks/')) return [['Checks', 'true']];
  return [];
}

const pages = enumeratePages();
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('the built site has one page per guide, per check, plus the fixed pages', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(pages).toHaveLength(expectedPageCount());
  for (const id of ['early-withdrawal', 'exceptions', 'roth-distribution', 'contribution-limits', 'hardship', 'loss', 'loan', 'rollover', 'rmd']) {
    expect(pages).toContain(`/checks/${id}/`);
  }
});

describe('every page', () => {
  // One browser page, reused across the site's pages; problems are cleared per page. The reader's stored choice is
  // light, so data-theme="light" after load says the page's own boot script ran.
  let guarded: GuardedPage;
  beforeAll(async () => {
    guarded = await site.openPage({ theme: 'light' });
  });

  test.each(pages)('%s loads without errors, names the site’s sections and passes axe in both themes', async (path) => {
    const { page, problems, assertClean } = guarded;
    problems.length = 0;
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    expect(await page.locator('h1').count()).toBe(1);
    assertClean();
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '/guides/',
      '/checks/',
      '/search/',
    ]);
    for (const name of ['Guides', 'Checks', 'Search']) {
      await expect(nav.getByRole('link', { name, exact: true }).count(), name).resolves.toBe(1);
    }
    const current = await nav
      .locator('a[aria-current]')
      .evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('aria-current')]));
    expect(current).toEqual(currentSection(path));
    const light = await runAxe(page);
    expect(light, light.join('\n')).toEqual([]);
    // The dark theme on the same document, as the boot script sets it for a reader who chose it: the themes differ
    // only in colours (tests/site/theme-css.test.ts), so the colour rules are the ones that can find anything new.
    const dark = await runAxeInDarkTheme(page);
    expect(dark, `dark theme:\n${dark.join('\n')}`).toEqual([]);
    assertClean();
  });
});

test('an unknown address gets a 404 status and the site’s not-found page', async () => {
  const { page, problems } = await site.openPage();
  const url = site.url('/no-such-guide/');
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  // Chromium reports the document's own 404 on the console; anything else is a real problem.
  const others = problems.filter((p) => !(p.includes('status of 404') && p.includes(url)));
  expect(others).toEqual([]);
  await page.context().close();
});

test('a request to any other host is recorded as a problem and never reaches the network', async () => {
  const { page, problems } = await site.openPage();
  // about:blank: no Content Security Policy stands in front of the request, so only the guards can stop it.
  await page.goto('about:blank');
  const failed = page.waitForEvent('requestfailed');
  const outcome = await page.evaluate(() => fetch('https://www.irs.gov/pub/irs-pdf/p590b.pdf').then(() => 'reached', (e: Error) => `failed: ${e.message}`));
  expect(outcome).toBe('failed: Failed to fetch');
  // Refused by the tests' own resolver (TEST_CHROMIUM_ARGS), not by the server or a timeout.
  expect((await failed).failure()?.errorText).toBe('net::ERR_NAME_NOT_RESOLVED');
  expect(problems).toContain('outside request: GET https://www.irs.gov/pub/irs-pdf/p590b.pdf');
  await page.context().close();
});
