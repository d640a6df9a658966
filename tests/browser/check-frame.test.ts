// The frame every check shares, in Chromium on the built site: whose numbers a result is for (the example, partly the
// example, the reader's), input typed before the check's code arrives, one history entry per visit, the check
// without JavaScript, print (an untouched check prints its title and link; a used one its inputs, result and
// explanation) and the answer before the folded explanation.
// Expected values are literal. The early-withdrawal example is $20,000 paid 2026-06-15 to someone born 1980-03-10,
// vested balance $80,000, single (the default), $60,000 of other income (the default is 0). With $12,345 instead:
// 2026 single, standard deduction $16,100; 10% to $12,400, 12% to $50,400, 22% to $105,700 (Rev. Proc. 2025-32).
// 60,000 − 16,100 = 43,900 taxable → 1,240 + 12% × 31,500 = 5,020. With 12,345 more: 56,245 → 1,240 + 4,560 + 22% ×
// 5,845 (1,285.90) = 7,085.90; added 2,065.90. Additional tax 10% × 12,345 = 1,234.50 (§72(t)(1)); cost 3,300.40. Results
// show whole dollars, to the nearest: $1,235 and $3,300.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { checkHydrated, checkSettled } from '../harness/check-state.ts';
import { openSite, sharedPages, type SharedPages, type Site } from '../harness/site.ts';

let site: Site;
// One page per kind of reader for the file's tests (tests/harness/site.ts sharedPages); each test navigates it first.
// The history test counts entries, so it has a tab of its own.
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

const EW = '/checks/early-withdrawal/';
const check = (page: Page) => page.locator('#check-early-withdrawal');

const hydrated = (page: Page) => checkHydrated(page, 'early-withdrawal');
const settled = (page: Page) => checkSettled(page, 'early-withdrawal');

async function number(page: Page, label: string): Promise<string> {
  const row = check(page).locator('.cr-numbers > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return ((await row.locator('dd').textContent()) ?? '').trim();
}

const title = async (page: Page) => ((await check(page).locator('.cr-title').textContent()) ?? '').replace(/\s+/g, ' ').trim();

test('a check’s own page shows its title once, as the page’s h1', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(EW));
  expect(await page.locator('h1').allTextContents()).toEqual(['What would an early withdrawal cost?']);
  expect(await check(page).locator('h1.check-title').count()).toBe(1);
  expect(await page.locator('h2', { hasText: /^What would an early withdrawal cost\?$/ }).count()).toBe(0);
  assertClean();
});

describe('whose numbers the result is for', () => {
  test('an untouched check labels its result and the example’s fields as the example', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    expect(await title(page)).toBe('Example Result for the example scenario');
    // The example sets five fields away from their defaults: the dates, the amount, the balance and other income.
    const tagged = await check(page).locator('.cf-field:has(.cf-tag) label, .cf-field:has(.cf-tag) legend').allTextContents();
    expect(tagged.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Date the distribution is paid',
      'Your birth date',
      'Gross amount of the distribution',
      'Vested balance before the distribution',
      'Other income this year',
    ]);
    // The tag sits beside the label, not in it: the field's accessible name is its label alone (the snapshot is the
    // role, the name in quotes, then the value), and the tag is the first part of its description.
    expect(await page.locator('#ew-amount').ariaSnapshot()).toBe('- textbox "Gross amount of the distribution": "20000"');
    expect(await page.locator('#ew-amount').getAttribute('aria-describedby')).toBe('ew-amount-example');
    expect(await page.locator('#ew-birthDate').ariaSnapshot()).toBe('- textbox "Your birth date": 1980-03-10');
    expect(await page.locator('#ew-birthDate').getAttribute('aria-describedby')).toBe('ew-birthDate-example ew-birthDate-help');
    expect(await page.locator('#ew-amount-example').textContent()).toBe('Example');
    expect(await page.locator('#ew-amount-example').isVisible()).toBe(true);
    expect(await check(page).locator('.cf-example-note').isVisible()).toBe(true);
    assertClean();
  });

  test('one edit makes the result partly the example and names the inputs still the example’s', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.locator('#ew-amount').fill('12345');
    await settled(page);
    expect(await title(page)).toBe('Partly example Result with some of the example’s values');
    expect((await check(page).locator('.cr-in-use').textContent())?.trim()).toBe(
      'Still the example’s: Date the distribution is paid, Your birth date, Vested balance before the distribution. Enter yours to make this your scenario. Also the example’s: Other income this year.',
    );
    expect(await number(page, 'Total federal cost')).toBe('$3,300');
    expect(await check(page).locator('#ew-amount-example').count()).toBe(0);
    expect(await page.locator('#ew-amount').getAttribute('aria-describedby')).toBeNull();
    assertClean();
  });

  test('the result is the reader’s scenario once every required input is theirs, even one equal to the example', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.locator('#ew-amount').fill('12345');
    // Same year and age as the example (2026, 46), so the same tax.
    await page.locator('#ew-distributionDate').fill('2026-07-01');
    await page.locator('#ew-birthDate').fill('1980-01-10');
    await page.locator('#ew-vestedBalance').fill('80000');
    await page.locator('#ew-vestedBalance').blur();
    await settled(page);
    expect(await title(page)).toBe('Result for your scenario');
    expect((await check(page).locator('.cr-in-use').textContent())?.trim()).toBe('Also the example’s: Other income this year.');
    expect(await number(page, 'Total federal cost')).toBe('$3,300');
    // A reload keeps the dates and balance as the reader's, though they equal the example's.
    await page.reload();
    await hydrated(page);
    await settled(page);
    expect(await title(page)).toBe('Result for your scenario');
    assertClean();
  });
});

describe('the result a screen reader hears', () => {
  // The headline for $12,345 (worked in this file's opening comment): kept 12,345 − 3,300.40 = 9,044.60 → $9,045.
  const HEADLINE = 'You would keep about $9,045 of the $12,345 after federal tax: it adds about $3,300 in federal tax, including a $1,235 additional tax on early distributions.';

  /** Records every text the check's polite live region takes from now on. */
  async function listen(page: Page): Promise<() => Promise<string[]>> {
    await check(page).locator('.cr [aria-live="polite"]').evaluate((live) => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      new MutationObserver(() => w.heard.push(live.textContent ?? '')).observe(live, { subtree: true, childList: true, characterData: true });
    });
    return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean));
  }

  test('is silent while the reader types an amount, and says the new result once they leave the box', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.locator('#ew-amount').focus();
    await check(page).locator('.cf[data-live]').waitFor({ state: 'attached' });
    const heard = await listen(page);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12345', { delay: 30 });
    await settled(page);
    // The visible result follows every keystroke; the live region does not.
    await expect.poll(() => check(page).locator('.cr-headline').first().textContent()).toBe(HEADLINE);
    expect(await heard()).toEqual([]);
    await page.keyboard.press('Tab');
    await expect.poll(heard).toEqual([HEADLINE]);
    assertClean();
  });

  test('says the new result when the reader presses Enter in the box', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.locator('#ew-amount').focus();
    await check(page).locator('.cf[data-live]').waitFor({ state: 'attached' });
    const heard = await listen(page);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12345', { delay: 30 });
    await settled(page);
    expect(await heard()).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(heard).toEqual([HEADLINE]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ew-amount');
    assertClean();
  });
});

test('Back to the example, pressed from the keyboard, leaves focus on the copy-link button beside it', async () => {
  // The button is only there while the form holds the reader's numbers; pressing it removed it with the focus on it,
  // and the focus fell to the page's start (the body).
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(EW));
  await hydrated(page);
  await page.locator('#ew-amount').fill('12345');
  await page.locator('#ew-amount').blur();
  await settled(page);
  const back = check(page).getByRole('button', { name: 'Back to the example' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => title(page)).toBe('Example Result for the example scenario');
  expect(await back.count()).toBe(0);
  expect(await page.evaluate(() => (document.activeElement === document.body ? 'the body' : document.activeElement?.textContent))).toBe('Copy link to this scenario');
  await expect.poll(() => check(page).locator('.cr [aria-live]').textContent()).toBe('The example’s result is shown.');
  assertClean();
});

describe('input typed before the check’s code arrives', () => {
  test('is read when the island’s script arrives late', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.route(/\/_astro\/EarlyWithdrawal\.[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.goto(site.url(EW), { waitUntil: 'domcontentloaded' });
    expect(await check(page).locator('[data-check-page]:not([data-mounted])').count()).toBe(1);
    await page.locator('#ew-amount').fill('12345');
    await hydrated(page);
    await settled(page);
    expect(await page.locator('#ew-amount').inputValue()).toBe('12345');
    expect(await number(page, 'Additional tax on early distributions')).toBe('$1,235');
    expect(await number(page, 'Total federal cost')).toBe('$3,300');
    expect(page.url()).toContain('ew.amount=12345');
    assertClean();
  });

  test('is read when the form spec arrives late', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.route(/\/_astro\/early-withdrawal\.[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.locator('#ew-amount').fill('12');
    await page.locator('#ew-amount').press('End');
    await page.keyboard.type('345');
    await settled(page);
    expect(await page.locator('#ew-amount').inputValue()).toBe('12345');
    expect(await number(page, 'Total federal cost')).toBe('$3,300');
    assertClean();
  });
});

test('editing adds one history entry per visit, and one Back leaves the edits', async () => {
  const { page, assertClean } = await site.openPage();
  await page.goto(site.url(EW));
  await hydrated(page);
  const before = await page.evaluate(() => history.length);
  for (const [field, value] of [
    ['amount', '12345'],
    ['vestedBalance', '90000'],
    ['otherIncome', '50000'],
    ['amount', '12000'],
  ] as const) {
    await page.locator(`#ew-${field}`).fill(value);
    await page.locator(`#ew-${field}`).blur();
    await settled(page);
  }
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect.poll(() => page.locator('#ew-amount').inputValue()).toBe('20000');
  expect(new URL(page.url()).search).toBe('');
  expect(await title(page)).toBe('Example Result for the example scenario');
  assertClean();
});

describe('without JavaScript', () => {
  test.each([EW, '/guides/early-withdrawals/'])('%s shows worked examples, says the reader’s numbers need JavaScript, and has no controls in its checks', async (path) => {
    const { page, assertClean } = await pages.openPage({ javaScriptEnabled: false });
    await page.goto(site.url(path));
    const checks = page.locator('section.check');
    expect(await checks.count()).toBeGreaterThan(0);
    for (const c of await checks.all()) {
      expect(await c.locator('.cr-badge').textContent()).toBe('Example');
      expect(await c.locator('.check-nojs').textContent()).toBe('This is the check’s worked example. To try your own numbers, turn on JavaScript: the check runs in your browser and sends nothing.');
      expect(await c.locator('input, select, textarea, button').filter({ visible: true }).count()).toBe(0);
    }
    assertClean();
  });

  test('a check’s own page lists the worked example’s inputs in place of its hidden form', async () => {
    // The example (this file's opening comment): $20,000 paid 2026-06-15 to someone born 1980-03-10, vested balance
    // $80,000, single, $60,000 of other income. Without the list the result could not be read against anything.
    const { page, assertClean } = await pages.openPage({ javaScriptEnabled: false });
    await page.goto(site.url(EW));
    const list = check(page).locator('.cr-inputs');
    expect(await list.locator('h4').textContent()).toBe('The example’s inputs');
    expect(await list.isVisible()).toBe(true);
    const rows = await list.locator('dl > div').evaluateAll((ds) => ds.map((d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`));
    expect(rows).toEqual([
      'Date the distribution is paid: June 15, 2026',
      'Your birth date: March 10, 1980',
      'Gross amount of the distribution: $20,000',
      'Vested balance before the distribution: $80,000',
      'Filing status: Single',
      'Other income this year: $60,000',
    ]);
    // It comes before the result it is for.
    expect(await check(page).locator('.cr-inputs + .cr-body .cr-headline').count()).toBe(1);
    assertClean();
  });

  test('with JavaScript the worked example’s inputs are the form, not a list', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    expect(await check(page).locator('.cr-inputs').isVisible()).toBe(false);
    expect(await page.locator('#ew-amount').isVisible()).toBe(true);
    assertClean();
  });

  test('the worked example’s explanation opens without JavaScript', async () => {
    const { page, assertClean } = await pages.openPage({ javaScriptEnabled: false });
    await page.goto(site.url(EW));
    const steps = check(page).locator('.cr-steps li').first();
    expect(await steps.isVisible()).toBe(false);
    await check(page).locator('.cr-explain > summary').click();
    expect(await steps.isVisible()).toBe(true);
    assertClean();
  });
});

describe('the answer first', () => {
  test('the headline comes before the numbers and the explanation, which is folded', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    const order = await check(page)
      .locator('.cr-body')
      .evaluate((body) => [...body.querySelectorAll('.cr-headline, .cr-numbers, .cr-explain')].map((e) => e.className.split(' ')[0]));
    expect(order[0]).toBe('cr-headline');
    expect(order.at(-1)).toBe('cr-explain');
    expect(order.filter((c) => c === 'cr-explain')).toHaveLength(1);
    expect(await check(page).locator('details.cr-explain').getAttribute('open')).toBeNull();
    // The headline states the example's cost, $5,750 (its wording is the result view's).
    expect(await check(page).locator('.cr-headline').textContent()).toContain('$5,750');
    // After an edit the live result keeps the same order, still folded.
    await page.locator('#ew-amount').fill('12345');
    await settled(page);
    expect(await check(page).locator('.cr-headline').textContent()).toContain('$3,300');
    expect(await check(page).locator('details.cr-explain').getAttribute('open')).toBeNull();
    assertClean();
  });
});

describe('print', () => {
  test('an untouched check prints only its title and its link', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    expect(await check(page).locator('.check-title').isVisible()).toBe(true);
    expect(await check(page).locator('.check-link').textContent()).toBe('Try it with your own numbers: https://401k-tax-guide.example/checks/early-withdrawal/');
    expect(await check(page).locator('.check-link').isVisible()).toBe(true);
    for (const part of ['.cf-form', '.cr', '.cf-actions']) expect(await check(page).locator(part).isVisible(), part).toBe(false);
    assertClean();
  });

  test('a check the reader used prints inputs, result and the whole explanation', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(site.url(EW));
    await hydrated(page);
    await page.locator('#ew-amount').fill('12345');
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    expect(await check(page).locator('.cf-form').isVisible()).toBe(false);
    expect(await check(page).locator('.cf-actions').isVisible()).toBe(false);
    expect(await check(page).locator('.cr-inputs').isVisible()).toBe(true);
    const amount = check(page).locator('.cr-inputs dl > div').filter({ has: page.locator('dt', { hasText: /^Gross amount of the distribution$/ }) });
    expect(await amount.locator('dd').textContent()).toBe('$12,345');
    const balance = check(page).locator('.cr-inputs dl > div').filter({ has: page.locator('dt', { hasText: /^Vested balance before the distribution$/ }) });
    expect(await balance.locator('dd').textContent()).toBe('$80,000 (example)');
    expect(await check(page).locator('.cr-numbers').first().isVisible()).toBe(true);
    expect(await check(page).locator('.cr-steps li').first().isVisible()).toBe(true);
    expect(await check(page).locator('.cr-steps li').last().isVisible()).toBe(true);
    assertClean();
  });
});
