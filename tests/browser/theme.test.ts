// The theme switch: a choice applies at once, persists across reloads, and is in place before
// the first frame is painted (no flash of the other theme).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guideHref } from '../../src/lib/nav.ts';
import { THEME_KEY } from '../../src/lib/theme.ts';
import { sourceGuides } from '../harness/guides.ts';
import { openSite, type Site } from '../harness/site.ts';

const ARTICLE = guideHref(sourceGuides()[0]!.id);
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

interface FirstFrame {
  theme: string | null;
  background: string;
}

interface ThemeRead {
  /** The stored choice was read by a classic (render-blocking) script... */
  classicScript: boolean;
  /** ...before <body> existed, so nothing had been drawn yet. */
  bodyParsed: boolean;
}

/**
 * Records, in every document, the theme and page background at the first animation frame (frame
 * callbacks run just before a frame is painted), and how the stored choice was first read: only a
 * classic script running before <body> exists can be sure to beat the first paint.
 */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    const w = window as unknown as { themeRead?: ThemeRead };
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, name: string) {
      if (name === key && !w.themeRead) {
        const script = document.currentScript;
        w.themeRead = {
          classicScript: script instanceof HTMLScriptElement && script.type === '' && !script.async && !script.defer,
          bodyParsed: document.body !== null,
        };
      }
      return getItem.call(this, name);
    };
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: FirstFrame }).firstFrame = {
        theme: document.documentElement.getAttribute('data-theme'),
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
  }, THEME_KEY);
}

function themeRead(page: Page): Promise<ThemeRead | undefined> {
  return page.evaluate(() => (window as unknown as { themeRead?: ThemeRead }).themeRead);
}

async function firstFrame(page: Page): Promise<FirstFrame> {
  const handle = await page.waitForFunction(() => (window as unknown as { firstFrame?: FirstFrame }).firstFrame);
  return (await handle.jsonValue()) as FirstFrame;
}

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(20, 22, 26)';

test('with no choice stored the page follows the system colour scheme', async () => {
  for (const [scheme, bg] of [
    ['light', LIGHT_BG],
    ['dark', DARK_BG],
  ] as const) {
    const { page, assertClean } = await site.openPage({ colorScheme: scheme });
    await recordFirstFrame(page);
    await page.goto(site.url(ARTICLE));
    await expect(firstFrame(page)).resolves.toEqual({ theme: null, background: bg });
    await expect(page.getByRole('button', { name: 'System' }).getAttribute('aria-pressed')).resolves.toBe('true');
    assertClean();
  }
});

test('a chosen theme applies at once and persists across reloads without a flash', async () => {
  // The system says light; the reader picks dark, so a flash would show as a light first frame.
  const { page, assertClean } = await site.openPage({ colorScheme: 'light' });
  await recordFirstFrame(page);
  await page.goto(site.url(ARTICLE));
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(page.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor)).resolves.toBe(DARK_BG);

  await page.reload();
  await expect(firstFrame(page)).resolves.toEqual({ theme: 'dark', background: DARK_BG });
  await expect(themeRead(page)).resolves.toEqual({ classicScript: true, bodyParsed: false });
  await expect(page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).resolves.toBe('true');

  // Another page of the site starts dark too.
  await page.goto(site.url('/'));
  await expect(firstFrame(page)).resolves.toEqual({ theme: 'dark', background: DARK_BG });

  // Back to following the system.
  await page.getByRole('button', { name: 'System' }).click();
  await page.reload();
  await expect(firstFrame(page)).resolves.toEqual({ theme: null, background: LIGHT_BG });
  assertClean();
});

test('a light choice overrides a dark system setting from the first frame', async () => {
  const { page, assertClean } = await site.openPage({ colorScheme: 'dark', theme: 'light' });
  await recordFirstFrame(page);
  await page.goto(site.url(ARTICLE));
  await expect(firstFrame(page)).resolves.toEqual({ theme: 'light', background: LIGHT_BG });
  await expect(themeRead(page)).resolves.toEqual({ classicScript: true, bodyParsed: false });
  assertClean();
});

test('without JavaScript the theme switch is not shown, so no button does nothing', async () => {
  const { page, assertClean } = await site.openPage({ javaScriptEnabled: false });
  await page.goto(site.url(ARTICLE));
  // In the page, but hidden: display none also takes it out of the accessibility tree.
  expect(await page.locator('.theme-switch').count()).toBe(1);
  expect(await page.locator('.theme-switch').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Dark' }).count()).toBe(0);
  await assertClean();
  await page.close();
});

test('with JavaScript the theme switch is shown', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(ARTICLE));
  expect(await page.getByRole('group', { name: 'Colour theme' }).isVisible()).toBe(true);
  await assertClean();
  await page.close();
});
