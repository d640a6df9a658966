// Responsive layout and print styles.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guideHref } from '../../src/lib/nav.ts';
import { sourceGuides } from '../harness/guides.ts';
import { enumeratePages } from '../harness/pages.ts';
import { openSite, type Site } from '../harness/site.ts';

const pages = enumeratePages();
const ARTICLE = guideHref(sourceGuides()[0]!.id);
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test.each([320, 360])('nothing scrolls horizontally at %i px on any page', async (width) => {
  const { page, assertClean } = await site.openPage({ viewport: { width, height: 740 } });
  const overflowing: string[] = [];
  for (const path of pages) {
    await page.goto(site.url(path));
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
  }
  expect(overflowing).toEqual([]);
  assertClean();
});

test('the guide list follows the article on a narrow screen and sits beside it on a wide one', async () => {
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  await page.goto(site.url(ARTICLE));
  expect((await box('.sidebar')).y).toBeGreaterThanOrEqual((await box('main')).y + (await box('main')).height);

  await page.setViewportSize({ width: 1280, height: 900 });
  const sidebar = await box('.sidebar');
  const main = await box('main');
  expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(main.x);
  expect(sidebar.y).toBeLessThan(main.y + 50);
  assertClean();
});

test('print media hides navigation and writes out link addresses', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.sidebar', '.toc', '.breadcrumbs', '.prev-next', '.skip-link']) {
    const count = await page.locator(selector).count();
    expect(count, selector).toBeGreaterThan(0);
    await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
  }
  await expect(page.locator('article').isVisible()).resolves.toBe(true);
  await expect(page.locator('.site-footer').isVisible()).resolves.toBe(true);
  const source = page.locator('.sources a').first();
  const href = await source.getAttribute('href');
  const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header').isVisible()).resolves.toBe(true);
  assertClean();
});
