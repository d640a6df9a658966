// The monkey's view: on every built page with a check, each control of each check is changed from the example, one
// at a time, and the result must never show a page error or text no reader should see ("[object Object]",
// "undefined", "NaN", a bare "null", "-$0"). Values are set the way a reader would set them; an error message beside
// a field is a fine answer, a broken result is not.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { changeControl, controlsOf } from '../harness/check-controls.ts';
import { enumeratePages, pageFile } from '../harness/pages.ts';
import { openSite, sharedPages, type SharedPages, type Site } from '../harness/site.ts';

/** Text a result must never contain, each with the reason a reader would see it as broken. */
const FORBIDDEN: [RegExp, string][] = [
  [/\[object Object\]/, 'an object printed as text'],
  [/\bundefined\b/, '"undefined"'],
  [/\bNaN\b/, '"NaN"'],
  [/\bnull\b/, 'a bare "null"'],
  [/[-−]\$0(?![\d,.]*[1-9])/, 'a negative zero amount'], // hyphen or the engine's minus sign (U+2212)
];

/** Pages with at least one check, and the ids of their checks, read from the built HTML. */
const PAGES = enumeratePages()
  .map((path) => ({ path, ids: [...readFileSync(pageFile(path), 'utf8').matchAll(/<section id="check-([a-z0-9-]+)" class="check"/g)].map((m) => m[1]!) }))
  // A check's own page: the same component as a guide's embedded check, changed once (two checks on one page keep
  // their own URL namespaces: tests/browser/checks.test.ts).
  .filter((p) => p.ids.length > 0 && p.path.startsWith('/checks/'));

let site: Site;
// One page for every check (tests/harness/site.ts sharedPages): each test navigates it to its check's page.
let pages: SharedPages;
beforeAll(async () => {
  site = await openSite();
  pages = sharedPages(site);
});
beforeEach(async () => {
  await pages.reset();
});
afterAll(async () => {
  await site?.close();
});

/**
 * The result once it is current (`.cr` shown and not aria-busy), without the printed list of inputs (it echoes what the
 * monkey typed; the result is everything else), and whether the check offers its way back to the example. One call to
 * the page, which looks once per animation frame, as a locator's wait does: between frames the island's own updates
 * have all run, so it never reads a state half made.
 */
async function settledResult(page: Page, id: string): Promise<{ text: string; canReset: boolean }> {
  return page.locator(`#check-${id}`).evaluate(
    (check) =>
      new Promise<{ text: string; canReset: boolean }>((resolve, reject) => {
        const until = performance.now() + 30_000;
        const look = () => {
          const cr = check.querySelector<HTMLElement>('.cr');
          if (cr && !cr.hasAttribute('aria-busy') && cr.checkVisibility()) {
            const copy = cr.cloneNode(true) as HTMLElement;
            copy.querySelector('.cr-inputs')?.remove();
            resolve({ text: copy.textContent ?? '', canReset: check.querySelector('.cf-actions button.cf-secondary') !== null });
          } else if (performance.now() > until) reject(new Error('the result did not settle within 30 s'));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}

test('finds the pages with checks', () => {
  expect(PAGES.map((p) => p.path)).toContain('/checks/early-withdrawal/');
});

describe.each(PAGES.map((p) => [p.path, p] as const))('%s', (path, { ids }) => {
  test.each(ids)('changing any control of the %s check, one at a time, never shows a broken result', async (id) => {
    const { page, problems } = await pages.openPage();
    const found: string[] = [];
    await page.goto(site.url(`${path}#check-${id}`));
    await page.locator(`#check-${id} [data-check-page][data-mounted]`).waitFor({ state: 'attached' });
    const ns = (await page.locator(`#check-${id} [id$="-result-title"]`).getAttribute('id'))!.replace(/-result-title$/, '');
    const controls = await controlsOf(page, id);
    expect(controls.length).toBeGreaterThan(2);
    for (const control of controls) {
      // Every group open, so folded controls can be reached; then one change from the example.
      const closed = page.locator(`#check-${id} details.cf-more:not([open]) > summary`);
      for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
      const value = await changeControl(page, ns, control);
      const { text, canReset } = await settledResult(page, id);
      for (const [re, what] of FORBIDDEN) if (re.test(text)) found.push(`${control.name}=${value}: ${what} in “${text.match(new RegExp(`.{0,60}${re.source}.{0,40}`))?.[0]}”`);
      if (problems.length) found.push(`${control.name}=${value}: ${problems.splice(0).join('; ')}`);
      if (canReset) await page.locator(`#check-${id} .cf-actions button.cf-secondary`).click();
      await page.locator(`#check-${id} .cf[data-state="example"]`).waitFor();
    }
    expect(found).toEqual([]);
  });
});
