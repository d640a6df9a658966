// Sidebar, table of contents, breadcrumbs, previous/next links and keyboard-only navigation.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guideHref } from '../../src/lib/nav.ts';
import { TOPICS, topicAnchor } from '../../src/lib/topics.ts';
import { sourceGuides } from '../harness/guides.ts';
import { enumeratePages } from '../harness/pages.ts';
import { openSite, type Site } from '../harness/site.ts';

const guides = sourceGuides();
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('the sidebar lists every guide grouped by topic in topic order and marks the current page', async () => {
  const { page, assertClean } = await site.openPage();
  const current = guides.at(-1)!;
  await page.goto(site.url(guideHref(current.id)));
  const sidebar = page.getByRole('navigation', { name: 'Guides', exact: true });

  const expectedTopics = TOPICS.filter((t) => guides.some((g) => g.data.topic === t.id)).map((t) => t.label);
  await expect(sidebar.locator('.nav-group-label').allTextContents()).resolves.toEqual(expectedTopics);
  const hrefs = await sidebar.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(guides.map((g) => guideHref(g.id)));
  await expect(sidebar.locator('[aria-current="page"]').getAttribute('href')).resolves.toBe(guideHref(current.id));

  const target = guides[0]!;
  await sidebar.getByRole('link', { name: target.data.title }).click();
  await page.waitForURL(site.url(guideHref(target.id)));
  await expect(page.locator('h1').textContent()).resolves.toBe(target.data.title);
  assertClean();
});

test('the table of contents links to every h2 and h3 of the article in order', async () => {
  const { page, assertClean } = await site.openPage({ viewport: { width: 1400, height: 900 } });
  for (const guide of guides) {
    await page.goto(site.url(guideHref(guide.id)));
    // The guide's own headings; an embedded what-if check is a labelled region with its own heading, not a section
    // of the text, so the table of contents leaves it out.
    const headingIds = await page
      .locator('article')
      .locator('h2, h3')
      .evaluateAll((hs) => hs.filter((h) => !h.closest('section.check')).map((h) => `#${h.id}`));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const tocHrefs = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tocHrefs).toEqual(headingIds);
    expect(tocHrefs.length).toBeGreaterThan(1);

    const last = toc.getByRole('link').last();
    const lastHref = (await last.getAttribute('href'))!;
    await last.click();
    await page.waitForURL((url) => url.hash === lastHref);
    await expect(page.locator(lastHref).isVisible()).resolves.toBe(true);
    const top = await page.locator(lastHref).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan(900);
  }
  assertClean();
});

test('breadcrumbs lead from a guide to its topic on the guide index and to home', async () => {
  const { page, assertClean } = await site.openPage();
  for (const guide of guides) {
    await page.goto(site.url(guideHref(guide.id)));
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    const topic = TOPICS.find((t) => t.id === guide.data.topic)!;
    await expect(crumbs.getByRole('link').allTextContents()).resolves.toEqual(['Home', 'Guides', topic.label]);
    await expect(crumbs.locator('[aria-current="page"]').textContent()).resolves.toBe(guide.data.title);

    await crumbs.getByRole('link', { name: topic.label }).click();
    await page.waitForURL(site.url(`/guides/#${topicAnchor(topic.id)}`));
    const section = page.locator(`section:has(> #${topicAnchor(topic.id)})`);
    await expect(section.getByRole('link', { name: guide.data.title }).count()).resolves.toBe(1);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await page.waitForURL(site.url('/'));
  }
  assertClean();
});

test('next links walk every guide in reading order and previous links walk back', async () => {
  const { page, assertClean } = await site.openPage();
  const expected = guides.map((g) => g.data.title);
  const nav = () => page.getByRole('navigation', { name: 'Previous and next guides' });

  await page.goto(site.url(guideHref(guides[0]!.id)));
  const forward = [await page.locator('h1').textContent()];
  await expect(nav().locator('a[rel="prev"]').count()).resolves.toBe(0);
  while ((await nav().locator('a[rel="next"]').count()) > 0) {
    await nav().locator('a[rel="next"]').click();
    await page.waitForLoadState('load');
    forward.push(await page.locator('h1').textContent());
  }
  expect(forward).toEqual(expected);

  const backward = [await page.locator('h1').textContent()];
  while ((await nav().locator('a[rel="prev"]').count()) > 0) {
    await nav().locator('a[rel="prev"]').click();
    await page.waitForLoadState('load');
    backward.push(await page.locator('h1').textContent());
  }
  expect(backward).toEqual([...expected].reverse());
  assertClean();
});

test.each(enumeratePages())('keyboard-only navigation reaches every visible link on %s', async (path) => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(path));
  // Number the visible links, then Tab through the page and record which numbers get focus.
  const visible = await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => {
      const r = a.getBoundingClientRect();
      return a.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0;
    });
    links.forEach((a, i) => (a.dataset['kb'] = String(i)));
    return links.map((a, i) => `${i} ${a.getAttribute('href')}`);
  });
  expect(visible.length).toBeGreaterThan(0);

  const focused = new Set<string>();
  let first: string | undefined;
  // Enough presses to pass every focusable element once (pages with checks have hundreds of form controls).
  const stops = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]').count();
  for (let i = 0; i < stops + 20; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return el instanceof HTMLElement && el.dataset['kb'] !== undefined ? `${el.dataset['kb']} ${el.getAttribute('href')}` : el.outerHTML.slice(0, 80);
    });
    // A page may start with focus inside it (the search page focuses its box), so Tab runs off the end, through the
    // document, and around to the start; the walk ends when it comes back to where it began.
    if (key === 'body') continue;
    if (key === first) break;
    first ??= key;
    focused.add(key);
  }
  const missed = visible.filter((link) => !focused.has(link));
  expect(missed).toEqual([]);
  assertClean();
});
