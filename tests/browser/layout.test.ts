// Responsive layout, the phone menu, tables at 360 px, and print styles. One browser page per viewport kind is
// reused; narrow widths are reached by resizing rather than reloading.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAxe, runAxeInDarkTheme } from '../harness/axe.ts';
import { enumeratePages } from '../harness/pages.ts';
import { openSite, type Site } from '../harness/site.ts';

const pages = enumeratePages();
const GUIDE = '/guides/rule-of-55/';
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

interface TableAt360 {
  caption: string;
  role: string | null;
  label: string;
  tabindex: string | null;
  captionFits: boolean;
  scrolls: boolean;
  hint: string;
}

/**
 * Every page at 360 px, once: how wide it is at 360 and at 320 px, and what each of its tables looks like at 360 px.
 * Two tests read it; each page is loaded only once for both.
 */
let phoneSurvey: Promise<{ overflowing: string[]; overflowingInPrint: string[]; tables: Map<string, TableAt360[]>; problems: string[] }> | undefined;
function surveyPhones() {
  phoneSurvey ??= (async () => {
    const { page, problems } = await site.openPage({ viewport: { width: 360, height: 740 } });
    const overflowing: string[] = [];
    const overflowingInPrint: string[] = [];
    const tables = new Map<string, TableAt360[]>();
    for (const path of pages) {
      await page.goto(site.url(path));
      if (path.startsWith('/guides/')) {
        tables.set(
          path,
          await page.locator('table.data-table').evaluateAll((ts) =>
            ts.map((t) => {
              const wrap = t.closest('.table-wrap') as HTMLElement | null;
              const caption = t.querySelector('caption');
              const w = wrap?.getBoundingClientRect();
              const c = caption?.getBoundingClientRect();
              return {
                caption: caption?.textContent?.trim() ?? '',
                role: wrap?.getAttribute('role') ?? null,
                label: wrap?.getAttribute('aria-label') ?? '',
                tabindex: wrap?.getAttribute('tabindex') ?? null,
                captionFits: !!(w && c && c.left >= w.left - 0.5 && c.right <= w.right + 0.5),
                scrolls: !!wrap && wrap.scrollWidth > wrap.clientWidth,
                hint: caption ? getComputedStyle(caption, '::after').content : 'none',
              };
            }),
          ),
        );
      }
      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 740 });
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth) overflowing.push(`${path} at ${width}px: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      }
      await page.setViewportSize({ width: 360, height: 740 });
      // Printed from a phone, the sheet is laid out at the phone's width: a link's written-out address must wrap.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const de = document.documentElement;
        const wide = [...document.querySelectorAll('main a')].find((a) => a.getBoundingClientRect().right > de.clientWidth + 0.5);
        return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, first: wide?.getAttribute('href') ?? '' };
      });
      if (printed.scrollWidth > printed.clientWidth) overflowingInPrint.push(`${path}: ${printed.scrollWidth}px wide printed at ${printed.clientWidth}px (first: ${printed.first})`);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.context().close();
    return { overflowing, overflowingInPrint, tables, problems };
  })();
  return phoneSurvey;
}

test('nothing scrolls horizontally at 320 or 360 px on any page', async () => {
  const { overflowing, tables, problems } = await surveyPhones();
  expect(tables.size).toBeGreaterThan(0);
  expect(overflowing).toEqual([]);
  expect(problems).toEqual([]);
});

test('printed at 360 px no page is wider than the sheet, a figure’s citation address included', async () => {
  const { overflowingInPrint, problems } = await surveyPhones();
  expect(overflowingInPrint).toEqual([]);
  expect(problems).toEqual([]);
});

test('with text at 200% on a 360 px phone, every figure of every check’s result stays inside the result', async () => {
  // A phone's larger-text setting (WCAG 1.4.4): every rem and em doubles. A row's label and figure each kept their
  // longest word's width side by side, so a long answer ("Not given; check your plan’s terms") ran past the card.
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
  const outside: string[] = [];
  const checks = pages.filter((p) => /^\/checks\/[^/]+\/$/.test(p));
  expect(checks.length).toBe(9);
  for (const path of checks) {
    await page.goto(site.url(path));
    outside.push(
      ...(await page.evaluate((path) => {
        document.documentElement.style.fontSize = '200%';
        return [...document.querySelectorAll('.cr-numbers:not(.cr-verdicts) dd')]
          .filter((dd) => dd.getBoundingClientRect().right > dd.closest('dl')!.getBoundingClientRect().right + 0.5)
          .map((dd) => `${path}: ${dd.previousElementSibling?.textContent} ${dd.textContent}`);
      }, path)),
    );
  }
  expect(outside).toEqual([]);
  assertClean();
});

test('with text at 200% on a 360 px phone, the theme switch wraps inside the page instead of running off it', async () => {
  // Its three buttons at double size are wider than the phone: "System" ran off the right edge (to 433 px).
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
  await page.goto(site.url(GUIDE));
  const rights = await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    return [...document.querySelectorAll('.theme-switch button')].map((b) => `${b.textContent} ${b.getBoundingClientRect().right <= innerWidth ? 'inside' : 'outside'}`);
  });
  expect(rights).toEqual(['Light inside', 'Dark inside', 'System inside']);
  assertClean();
});

test('the phone menu’s chevron turns without motion for a reader who asks for less, and in 0.15 s for others', async () => {
  const durations: string[] = [];
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
    await page.emulateMedia({ reducedMotion });
    await page.goto(site.url(GUIDE));
    durations.push(await page.locator('details.phone-menu > summary').evaluate((s) => getComputedStyle(s, '::after').transitionDuration));
    assertClean();
  }
  expect(durations).toEqual(['0s', '0.15s']);
});

test('without JavaScript at 360 px the menu button near the top opens the guide list and On this page from the keyboard', async () => {
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  await page.goto(site.url(GUIDE));
  const summary = page.locator('details.phone-menu > summary');
  await expect(summary.innerText()).resolves.toBe('Menu: guides and contents');
  // The label for wider screens is hidden here.
  await expect(summary.locator('.phone-menu-label-full').isVisible()).resolves.toBe(true);
  await expect(summary.locator('.phone-menu-label-toc').isVisible()).resolves.toBe(false);
  // Near the top: within the first screen (740 px), under the header.
  const box = (await summary.boundingBox())!;
  expect(box.y).toBeLessThan(300);
  expect(box.height).toBeGreaterThanOrEqual(44);
  // The wide-screen columns are not shown; their lists are in the menu instead.
  await expect(page.locator('.shell > .sidebar').isVisible()).resolves.toBe(false);
  await expect(page.locator('.shell > .toc').isVisible()).resolves.toBe(false);
  await expect(page.getByRole('link', { name: 'The calendar-year test' }).first().isVisible()).resolves.toBe(false);

  // Keyboard: skip link, site name, Guides, Checks, Search (the theme buttons need JavaScript and are hidden without
  // it), then the menu: the sixth stop.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.matches('details.phone-menu > summary'))).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.phone-menu').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
  // The screen reader hears an expanded button.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const node = nodes.find((n) => n.name?.value === 'Menu: guides and contents');
  expect(node?.role?.value).toBe('DisclosureTriangle');
  expect(node?.properties?.find((p) => p.name === 'expanded')?.value.value).toBe(true);

  // The next Tab enters the menu at its first link; both lists are there, this guide marked current.
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#the-calendar-year-test');
  const menu = page.locator('.phone-menu-panel');
  await expect(menu.getByRole('navigation', { name: 'On this page' }).isVisible()).resolves.toBe(true);
  await expect(menu.getByRole('navigation', { name: 'Guides' }).isVisible()).resolves.toBe(true);
  await expect(menu.locator('a[aria-current="page"]').textContent()).resolves.toBe('The rule of 55');
  await expect(menu.locator('.menu-toc a[href="#check-early-withdrawal"]').textContent()).resolves.toBe('What would an early withdrawal cost?');
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(360);

  // A link in the menu works without JavaScript.
  await menu.getByRole('link', { name: 'Sources', exact: true }).click();
  await page.waitForURL((url) => url.hash === '#sources');

  // Enter on the button closes it again.
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.phone-menu').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  assertClean();
});

test('the open phone menu passes axe in both themes', async () => {
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 }, theme: 'light' });
  // The menu is the same on every guide; a short one keeps axe quick.
  await page.goto(site.url('/guides/sources-and-method/'));
  await page.locator('details.phone-menu > summary').click();
  const light = await runAxe(page);
  expect(light, light.join('\n')).toEqual([]);
  // The themes differ in colours only (tests/site/theme-css.test.ts): the dark one through the colour rules.
  const dark = await runAxeInDarkTheme(page);
  expect(dark, dark.join('\n')).toEqual([]);
  assertClean();
  await page.context().close();
});

test('between phone and desktop the guide list has its column and the menu holds On this page; on a desktop both columns show', async () => {
  const { page, assertClean } = await site.openPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(site.url(GUIDE));
  const summary = page.locator('details.phone-menu > summary');
  await expect(summary.innerText()).resolves.toBe('On this page');
  await expect(page.locator('.shell > .sidebar').isVisible()).resolves.toBe(true);
  await expect(page.locator('.shell > .toc').isVisible()).resolves.toBe(false);
  const sidebar = (await page.locator('.shell > .sidebar').boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(main.x);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('details.phone-menu').isVisible()).resolves.toBe(false);
  await expect(page.locator('.shell > .toc').isVisible()).resolves.toBe(true);
  await expect(page.locator('.shell > .sidebar').isVisible()).resolves.toBe(true);
  const toc = (await page.locator('.shell > .toc').boundingBox())!;
  expect(toc.x).toBeGreaterThanOrEqual(main.x + main.width - 1);
  assertClean();
});

test('at 360 px every table is a labelled, focusable region, its caption fits, and a wide one says it scrolls', async () => {
  const { tables: byPage } = await surveyPhones();
  const scrolling: string[] = [];
  for (const [path, tables] of byPage) {
    for (const t of tables) {
      const where = `${path}: ${t.caption}`;
      expect(t.role, where).toBe('region');
      expect(t.tabindex, where).toBe('0');
      expect(t.caption.startsWith(t.label), where).toBe(true);
      expect(t.captionFits, where).toBe(true);
      expect(t.hint, where).toBe(t.scrolls ? '"Scroll sideways for more columns →" / ""' : 'none');
      if (t.scrolls) scrolling.push(where);
    }
  }
  // Some tables are wider than a phone; the check above is only worth something if there is one.
  expect(scrolling.length).toBeGreaterThan(0);

  // The keyboard scrolls a wide table; at its right end the hint points back.
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
  const wide = scrolling[0]!.split(': ')[0]!;
  await page.goto(site.url(wide));
  const wrap = page.locator('.table-wrap').filter({ has: page.locator('caption') }).first();
  await wrap.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(0);
  await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
  await expect
    .poll(() => wrap.locator('caption').evaluate((c) => getComputedStyle(c, '::after').content))
    .toBe('"← Scroll back for the first columns" / ""');
  assertClean();
});

test('the exceptions table starts with a short list of those that work for a 401(k), and its rows stack on a phone', async () => {
  const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
  await page.goto(site.url('/guides/early-withdrawals/'));
  const summary = page.locator('.exceptions-summary');
  const table = page.locator('table.exceptions-table');
  // The list comes first, then the table.
  expect((await summary.boundingBox())!.y).toBeLessThan((await table.boundingBox())!.y);
  const forPlan = await summary.locator('.exceptions-short a').allTextContents();
  // Each of these applies to a 401(k) distribution (IRC §72(t)(2)(A)(i), (A)(v), (B)).
  for (const name of ['Age 59½', 'Separation from service in or after the year you turn 55', 'Unreimbursed medical expenses']) {
    expect(forPlan).toContain(name);
  }
  // These apply to an IRA only (IRC §72(t)(2)(D), (E), (F)): named apart, not in the 401(k) list.
  const iraOnly = await summary.locator('.exceptions-ira-only a').allTextContents();
  for (const name of ['Health insurance premiums while unemployed', 'Qualified higher education expenses', 'First-time home purchase']) {
    expect(forPlan).not.toContain(name);
    expect(iraOnly).toContain(name);
  }
  // Each name leads to its row of the table.
  await summary.getByRole('link', { name: 'First-time home purchase' }).click();
  await page.waitForURL((url) => url.hash === '#exception-first-home');
  await expect(page.locator('#exception-first-home th').textContent()).resolves.toContain('IRA only');

  // On a phone the rows stack: no sideways scrolling, and each value carries its column's name.
  const wrap = page.locator('.table-wrap').filter({ has: table });
  await expect(wrap.evaluate((w) => w.scrollWidth - w.clientWidth)).resolves.toBe(0);
  await expect(
    page.locator('#exception-first-home td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content)),
  ).resolves.toEqual(['"401(k): " / ""', '"IRA: " / ""', '"Cap 2024 / 2025 / 2026: " / ""', '"Form 5329: " / ""', '"Source: " / ""']);
  // Still a table to a screen reader: the cells keep their roles.
  await expect(page.getByRole('table', { name: /^Exceptions to the additional tax/ }).count()).resolves.toBe(1);
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^First-time home purchase/ }) }).count()).resolves.toBe(1);
  assertClean();
});

test('print media hides navigation and writes out link addresses', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(GUIDE));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.sidebar', '.toc', '.phone-menu', '.try-it', '.breadcrumbs', '.prev-next', '.skip-link']) {
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
