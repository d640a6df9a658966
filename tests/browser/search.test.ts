// Site search (issue 9) in headless Chromium against the built site: the reader queries and the
// page and heading each must put first, the dialog's keyboard paths, the no-result and filter
// states, the shareable /search/ page, laziness, the CSP, and axe on the open dialog in both themes.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxe } from '../harness/axe.ts';
import { openSite, type GuardedPage, type Site } from '../harness/site.ts';

/** Reader queries → the guide (and, where named, the heading) that must come first. */
const ACCEPTANCE: { query: string; guide: string; heading?: string }[] = [
  { query: '401k', guide: '401k-taxes-at-a-glance' },
  { query: '401(k)', guide: '401k-taxes-at-a-glance' },
  { query: '72t', guide: 'early-withdrawals', heading: 'The exceptions' },
  { query: '72(t)', guide: 'early-withdrawals', heading: 'The exceptions' },
  { query: '59 1/2', guide: 'early-withdrawals', heading: 'Who pays it, and on what' },
  { query: '59½', guide: 'early-withdrawals', heading: 'Who pays it, and on what' },
  { query: 'rule of 55', guide: 'rule-of-55' },
  { query: 'penalty', guide: 'early-withdrawals' },
  { query: 'early withdrawal', guide: 'early-withdrawals' },
  { query: 'hardship penalty', guide: 'hardship-withdrawals', heading: 'The tax bill' },
  { query: 'first home', guide: '401k-myths', heading: '“Buying a first home and paying tuition are exceptions to the penalty”' },
  { query: 'roth 5 year', guide: 'roth-401k-withdrawals', heading: 'The five-taxable-year clock' },
  { query: 'catch up', guide: '401k-contributions-and-taxes', heading: 'Catch-up contributions' },
  { query: 'deduct loss', guide: '401k-losses' },
  { query: 'withholding 20%', guide: 'how-withdrawals-are-taxed', heading: 'Mandatory withholding on eligible rollover distributions' },
  { query: 'required minimum distribution', guide: 'required-minimum-distributions' },
  { query: 'loan default', guide: '401k-loans-vs-withdrawals', heading: 'If you miss payments: default and deemed distributions' },
  { query: 'rmd', guide: 'required-minimum-distributions' },
  { query: 'wash sale', guide: '401k-losses', heading: 'The wash-sale trap' },
  { query: 'indirect rollover', guide: 'how-withdrawals-are-taxed', heading: 'Indirect rollover' },
];

const ARTICLE = '/guides/rule-of-55/';
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const dialogOf = (page: Page): Locator => page.locator('dialog[data-search-dialog]');

/** Opens the dialog with `/` from wherever focus is, and waits for its search box to have focus. */
async function openWithSlash(page: Page): Promise<Locator> {
  await page.keyboard.press('/');
  const dialog = dialogOf(page);
  await dialog.locator('input[type="search"]:focus').waitFor();
  return dialog;
}

/** Types a query into a search panel and waits until the status line reports its results. */
async function search(panel: Locator, query: string): Promise<string> {
  await panel.locator('input[type="search"]').fill(query);
  const status = panel.locator('[role="status"]');
  await status.filter({ hasText: `“${query}”` }).waitFor();
  return (await status.textContent()) ?? '';
}

interface FirstResult {
  href: string | null;
  heading: string | null;
  headingHref: string | null;
}

async function firstResult(panel: Locator): Promise<FirstResult> {
  const first = panel.locator('.search-result').first();
  const heading = first.locator('.search-result-headings a').first();
  const hasHeading = (await heading.count()) > 0;
  return {
    href: await first.locator('a').first().getAttribute('href'),
    heading: hasHeading ? await heading.textContent() : null,
    headingHref: hasHeading ? await heading.getAttribute('href') : null,
  };
}

describe('reader queries put the right guide and heading first', () => {
  let guarded: GuardedPage;
  let dialog: Locator;
  const table: string[] = [];

  beforeAll(async () => {
    guarded = await site.openPage();
    await guarded.page.goto(site.url(ARTICLE));
    dialog = await openWithSlash(guarded.page);
  });

  afterAll(() => {
    console.log(`query → first result (first heading)\n${table.join('\n')}`);
  });

  test.each(ACCEPTANCE)('“$query” finds $guide first', async ({ query, guide, heading }) => {
    await search(dialog, query);
    const first = await firstResult(dialog);
    table.push(`  ${query.padEnd(30)} → ${first.href} (${first.heading ?? '—'})`);
    expect(first.href).toBe(`/guides/${guide}/`);
    if (heading) {
      expect(first.heading).toBe(heading);
      expect(first.headingHref).toMatch(new RegExp(`^/guides/${guide}/#[a-z0-9-]+$`));
    }
    guarded.assertClean();
  });
});

test('“/” opens the dialog, the arrow keys move through the results, Escape closes it and focus returns to the launcher', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
  await search(dialog, 'rule of 55');

  const links = dialog.locator('.search-results a');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName ?? null);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(await links.nth(0).getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(await links.nth(1).getAttribute('href'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('INPUT');

  await page.keyboard.press('Escape');
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-launcher'))).toBe(true);
  assertClean();
});

test('Ctrl+K opens the dialog from a focused control, and Escape gives focus back to that control', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  const dark = page.locator('[data-theme-choice="dark"]');
  await dark.focus();
  await page.keyboard.press('Control+k');
  const dialog = dialogOf(page);
  await dialog.locator('input[type="search"]:focus').waitFor();
  await page.keyboard.press('Escape');
  expect(await dark.evaluate((b) => b === document.activeElement)).toBe(true);
  assertClean();
});

test('Enter on a result opens its page, and a heading result opens the page at that heading', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  let dialog = await openWithSlash(page);
  await search(dialog, 'loan default');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(site.url('/guides/401k-loans-vs-withdrawals/'));

  await page.keyboard.press('Control+k');
  dialog = dialogOf(page);
  await dialog.locator('input[type="search"]:focus').waitFor();
  await search(dialog, 'loan default');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === '#if-you-miss-payments-default-and-deemed-distributions');
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

  // Enter in the search box opens the first result.
  await page.keyboard.press('/');
  await dialog.locator('input[type="search"]:focus').waitFor();
  await search(dialog, 'rule of 55');
  await page.keyboard.press('Enter');
  await page.waitForURL(site.url('/guides/rule-of-55/'));
  assertClean();
});

test('the result count is announced in a polite live region', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  const status = dialog.locator('[role="status"]');
  expect(await status.getAttribute('aria-live')).toBeNull(); // role="status" is polite by definition
  expect(await search(dialog, 'rule of 55')).toMatch(/^\d+ results? for “rule of 55”\.$/);
  expect(await dialog.locator('input[type="search"]').getAttribute('aria-describedby')).toBe(await status.getAttribute('id'));
  assertClean();
});

test('a query with no result says so and points to the glossary', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  expect(await search(dialog, 'zzqxv')).toBe('No results for “zzqxv”.');
  expect(await dialog.locator('.search-result').count()).toBe(0);
  const glossary = dialog.getByRole('link', { name: /glossary/i });
  expect(await glossary.isVisible()).toBe(true);
  expect(await glossary.getAttribute('href')).toBe('/guides/glossary/');
  assertClean();
});

test('the topic filter narrows the results to that topic', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  const all = Number((await search(dialog, 'withdrawal')).match(/^(\d+)/)?.[1]);
  await dialog.getByLabel('Topic').selectOption('Early withdrawals');
  const status = dialog.locator('[role="status"]');
  await status.filter({ hasText: 'in Early withdrawals' }).waitFor();
  const narrowed = Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  const topics = await dialog.locator('.search-result-topic').allTextContents();
  expect(topics.length).toBe(narrowed);
  expect(new Set(topics)).toEqual(new Set(['Early withdrawals']));
  assertClean();
});

test('/search/?q= is a shareable search page that keeps its address in step', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url('/search/?q=rule+of+55&topic=Early+withdrawals'));
  const panel = page.locator('[data-search-page] [data-search-panel]');
  await panel.locator('[role="status"]').filter({ hasText: '“rule of 55” in Early withdrawals' }).waitFor();
  expect((await firstResult(panel)).href).toBe('/guides/rule-of-55/');
  expect(await panel.getByLabel('Topic').inputValue()).toBe('Early withdrawals');

  await panel.getByLabel('Topic').selectOption('');
  await search(panel, 'catch up');
  expect(new URL(page.url()).search).toBe('?q=catch+up');
  // `/` on the search page goes to its own search box, not the dialog.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  expect(await panel.locator('input[type="search"]').evaluate((i) => i === document.activeElement)).toBe(true);
  assertClean();
});

test('the search form works without JavaScript: it submits to /search/?q=', async () => {
  const { page, assertClean } = await site.openPage({ javaScriptEnabled: false });
  await page.goto(site.url('/search/'));
  const input = page.locator('[data-search-page] input[type="search"]');
  await input.fill('rule of 55');
  await input.press('Enter');
  await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'rule of 55');
  expect(await page.getByRole('link', { name: 'The rule of 55' }).count()).toBeGreaterThan(0); // the guide list
  assertClean();
});

test('search code and index load only when search is opened', async () => {
  const { page, assertClean } = await site.openPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site.url(ARTICLE));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  const beforeOpen = new Set(requested);

  const dialog = await openWithSlash(page);
  await search(dialog, 'rule of 55');
  const loaded = requested.filter((p) => !beforeOpen.has(p));
  expect(loaded).toContain('/pagefind/pagefind.js');
  expect(loaded.some((p) => p.startsWith('/_astro/'))).toBe(true); // the dialog's own module
  assertClean();
});

test('Pagefind also searches on the page’s main thread under the CSP, its fallback when the worker fails', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  // A string, so the test runner does not rewrite the dynamic import() for Node.
  const count = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    return (await pagefind.search('rule of 55')).results.length;
  })()`);
  expect(count).toBeGreaterThan(0);
  assertClean();
});

test('synonyms are searched but never shown: not in the page text, not in excerpts', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url('/guides/early-withdrawals/'));
  const synonyms = await page.locator('[data-pagefind-body]').getAttribute('data-pagefind-meta');
  expect(synonyms).toContain('72t exceptions');
  expect(await page.locator('body').innerText()).not.toContain('72t exceptions');
  const dialog = await openWithSlash(page);
  await search(dialog, '72t');
  expect(await dialog.locator('.search-results').innerText()).not.toMatch(/72t exceptions|synonyms/i);
  assertClean();
});

describe.each(['light', 'dark'] as const)('the open dialog in the %s theme', (theme) => {
  test('has no axe violations with results showing', async () => {
    const { page, assertClean } = await site.openPage({ theme });
    await page.goto(site.url(ARTICLE));
    const dialog = await openWithSlash(page);
    await search(dialog, 'hardship penalty');
    await page.keyboard.press('ArrowDown');
    const violations = await runAxe(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await search(dialog, 'zzqxv');
    const empty = await runAxe(page);
    expect(empty, empty.join('\n')).toEqual([]);
    assertClean();
  });

  test('fits a 320 px wide screen', async () => {
    const { page, assertClean } = await site.openPage({ theme, viewport: { width: 320, height: 640 } });
    await page.goto(site.url(ARTICLE));
    const dialog = await openWithSlash(page);
    await search(dialog, 'withholding 20%');
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    assertClean();
  });
});
