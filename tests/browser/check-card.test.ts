// A check embedded in a guide, in Chromium on the built site: a card with the example in brief until the reader asks
// for the check, which then opens in place (keyboard included), still labelled Example; a guide link carrying the
// check's scenario opens it at once; without JavaScript the card's link leads to the check's own page; an unopened
// card prints its title and link only. Expected values are literal. The early-withdrawal example is $20,000 paid
// 2026-06-15 to someone born 1980-03-10, single, $60,000 of other income: cost $5,750 (tests/site/check-cards.test.ts
// works it). With $12,345 instead: income tax added 2,065.90 and additional tax 1,234.50, cost $3,300
// (tests/browser/check-frame.test.ts works it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkHydrated, checkSettled } from '../harness/check-state.ts';
import { openSite, type Site } from '../harness/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const GUIDE = '/guides/early-withdrawals/';
const check = (page: Page) => page.locator('#check-early-withdrawal');

async function number(page: Page, label: string): Promise<string> {
  const row = check(page).locator('.cr-numbers > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return ((await row.locator('dd').textContent()) ?? '').trim();
}

const title = async (page: Page) => ((await check(page).locator('.cr-title').textContent()) ?? '').replace(/\s+/g, ' ').trim();

test('Try it with your numbers opens the check in place from the keyboard, on its first field, labelled Example', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(GUIDE));
  await check(page).scrollIntoViewIfNeeded();
  await checkHydrated(page, 'early-withdrawal');
  expect(await check(page).locator('.cf-form').count()).toBe(0);
  await check(page).locator('.cc-try').focus();
  await page.keyboard.press('Enter');
  await check(page).locator('.cr:not([aria-busy]) .cr-headline').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('ew-tax-year');
  expect(await check(page).locator('.cc').count()).toBe(0);
  expect(await title(page)).toBe('Example Result for the example scenario');
  expect(await number(page, 'Total federal cost')).toBe('$5,750');
  expect(new URL(page.url()).pathname).toBe(GUIDE);
  // Then it is the check as on its own page: an edit makes the result partly the example.
  await page.locator('#ew-amount').fill('12345');
  await check(page).locator('.cr:not([aria-busy])').waitFor();
  await expect.poll(() => number(page, 'Total federal cost')).toBe('$3,300');
  expect(await title(page)).toBe('Partly example Result with some of the example’s values');
  assertClean();
});

test('a guide link carrying the check’s scenario opens the check at once, live', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(`${GUIDE}?ew.v=1&ew.amount=12345#check-early-withdrawal`));
  // Read only once the live check has read the URL (tests/harness/check-state.ts), not the card's example before it.
  await checkHydrated(page, 'early-withdrawal');
  await checkSettled(page, 'early-withdrawal');
  expect(await page.locator('#ew-amount').inputValue()).toBe('12345');
  expect(await number(page, 'Total federal cost')).toBe('$3,300');
  expect(await title(page)).toBe('Partly example Result with some of the example’s values');
  assertClean();
});

test('without JavaScript, Try it with your numbers leads to the check’s own page', async () => {
  const { page, assertClean } = await site.openPage({ javaScriptEnabled: false });
  await page.goto(site.url(GUIDE));
  await check(page).locator('.cc-try').click();
  await page.waitForURL(site.url('/checks/early-withdrawal/'));
  expect(await page.locator('h1').textContent()).toBe('What would an early withdrawal cost?');
  assertClean();
});

test('an unopened card prints its title and its link only', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(GUIDE));
  await check(page).scrollIntoViewIfNeeded();
  await checkHydrated(page, 'early-withdrawal');
  await page.emulateMedia({ media: 'print' });
  expect(await check(page).locator('.check-title').isVisible()).toBe(true);
  expect(await check(page).locator('.check-link').textContent()).toBe('Try it with your own numbers: https://401k-tax-guide.example/checks/early-withdrawal/');
  expect(await check(page).locator('.check-link').isVisible()).toBe(true);
  expect(await check(page).locator('.cc').isVisible()).toBe(false);
  assertClean();
});
