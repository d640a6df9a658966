// The loan check's "leaving" answer in a real browser on /checks/loan/: the date it then asks for is not an error
// before the reader has been in it. A required answer left blank is marked invalid, and announced, once the reader
// leaves the field, as for every other field; until then the result asks for it. Expected values are literal; nothing
// here imports the engine.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runAxe, runAxeInDarkTheme } from '../harness/axe.ts';
import { checkHydrated, checkSettled } from '../harness/check-state.ts';
import { openSite, sharedPages, type SharedPages, type Site } from '../harness/site.ts';

let site: Site;
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

const LABEL = 'Date you leave (or left) the employer';
// The engine's message for a leaver with no date (src/engine/rules/loan-offset.ts), as the reader reads it.
const MESSAGE = 'Enter the date you leave (or left) the employer.';

describe('the loan check for a reader who is leaving', () => {
  test('asks for the date without marking it in error until the reader has been in it and left it', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url('/checks/loan/'));
    await checkHydrated(page, 'loan');
    // Keyboard only: focus the "staying" radio (the example's answer), then the arrow key moves to the next choice.
    await page.locator('#ln-leaving-staying').focus();
    await page.keyboard.press('ArrowDown');
    await checkSettled(page, 'loan');
    const date = page.locator('#ln-separationDate');
    await date.waitFor();
    expect(await page.locator('#ln-leaving-leaving-job').isChecked()).toBe(true);
    // Not reached yet: no error beside it, not invalid, no "Fix this" list; the result asks for it by name.
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#ln-separationDate-error').count()).toBe(0);
    expect(await page.locator('#check-loan .cr-errors').count()).toBe(0);
    expect(await page.locator('#check-loan .cr-to-answer').textContent()).toBe(`To see a result, answer ${LABEL}.`);
    await expect.poll(() => page.locator('#check-loan .cr [aria-live]').textContent()).toBe(`To see a result, answer ${LABEL}.`);
    expect(await runAxe(page, '#check-loan')).toEqual([]);
    expect(await runAxeInDarkTheme(page, '#check-loan')).toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));

    // The reader goes into the date and leaves it blank: now it is an error, beside the field, tied to it, announced.
    // (Tab inside a date box moves between its month, day and year; Shift+Tab from the month leaves it.)
    await date.focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.locator('#ln-separationDate-error').textContent()).toBe(MESSAGE);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.getAttribute('aria-describedby')).toContain('ln-separationDate-error');
    expect(await page.locator('#check-loan .cr-errors').textContent()).toContain(`${LABEL}: ${MESSAGE}`);
    expect(await page.locator('#check-loan .cr-to-answer').count()).toBe(0);
    await expect.poll(() => page.locator('#check-loan .cr [aria-live]').textContent()).toBe(`One problem: ${MESSAGE}`);
    expect(await runAxe(page, '#check-loan')).toEqual([]);

    // Answered: leaving 2026-09-30 owing the example's $18,000 → offset that day, roll over by October 15, 2027 (the
    // 2026 return's due date, April 15, 2027, + 6 months; §402(c)(3)(C), Treas. Reg. §1.402(c)-3).
    await date.fill('2026-09-30');
    await checkSettled(page, 'loan');
    await expect.poll(() => page.locator('#check-loan .cr-headline').first().textContent()).toBe('Your $18,000 unpaid loan is offset when you leave: roll it over by October 15, 2027; if not, it costs about $5,110 in federal tax.');
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    assertClean();
  });

  test('a link that says "leaving" without the date asks for it, without an error, until the reader leaves the field', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url('/checks/loan/?ln.v=1&ln.leaving=leaving-job#check-loan'));
    await checkHydrated(page, 'loan');
    await checkSettled(page, 'loan');
    expect(await page.locator('#check-loan .cr-to-answer').textContent()).toBe(`To see a result, answer ${LABEL}.`);
    expect(await page.locator('#ln-separationDate').getAttribute('aria-invalid')).toBeNull();
    // The result's link goes to the field.
    expect(await page.locator('#check-loan .cr-to-answer a').getAttribute('href')).toBe('#ln-separationDate');
    assertClean();
  });
});
