// The RMD check in a real browser on /checks/rmd/: scenarios from the URL, the numbers the page shows, a field error,
// the headline in the live region, and axe. Expected values are literal, worked by hand from Treas. Reg.
// §1.401(a)(9)-9(c) (T.D. 9930) and IRC §4974; nothing here imports the engine.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runAxe } from '../harness/axe.ts';
import { checkHydrated, checkSettled } from '../harness/check-state.ts';
import { openSite, sharedPages, type SharedPages, type Site } from '../harness/site.ts';

let site: Site;
// One page for the file's tests (tests/harness/site.ts sharedPages); each navigates it first.
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

const url = (values: Record<string, string>) =>
  site.url(`/checks/rmd/?${new URLSearchParams([['rm.v', '1'], ...Object.entries(values).map(([k, v]) => [`rm.${k}`, v] as [string, string])])}#check-rmd`);

// The live check has read the URL's scenario and its result answers it (tests/harness/check-state.ts): until then the
// server's example result stands, and reading it then fails on the example's numbers.
async function ready(page: Page): Promise<void> {
  await checkHydrated(page, 'rmd');
  await checkSettled(page, 'rmd');
}

async function numbers(page: Page): Promise<Record<string, string>> {
  return page.locator('#check-rmd .cr').evaluate((r) =>
    Object.fromEntries([...r.querySelectorAll('.cr-numbers > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()])),
  );
}

describe('the rmd check', () => {
  test('shows the 78-year-old’s RMD with the T.D. 9930 divisor, read from the URL', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(url({ distributionYear: '2026', birthDate: '1948-03-15', priorYearEndBalance: '300000' }));
    await ready(page);
    const n = await numbers(page);
    // 2026 − 1948 = 78 → 22.0; $300,000 ÷ 22.0 = $13,636.36.
    expect(n['Divisor']).toBe('22.0 (Uniform Lifetime Table, age 78)');
    expect(n['RMD for 2026']).toBe('$13,636.36');
    expect(n['Due by']).toBe('December 31, 2026');
    // 70½ on September 15, 2018 → required beginning date April 1, 2019.
    expect(n['Required beginning date']).toBe('April 1, 2019');
    await expect.poll(() => page.locator('#check-rmd .cr-headline').textContent()).toBe('Take at least $13,636.36 from this plan by December 31, 2026: your 2026 RMD.');
    assertClean();
  });

  test('gives the correction window’s end and the 10% tax for a corrected shortfall', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(url({ distributionYear: '2025', birthDate: '1950-03-01', priorYearEndBalance: '200000', distributedThisYear: '5000', shortfallCorrectedOn: '2027-12-31' }));
    await ready(page);
    const n = await numbers(page);
    // $200,000 ÷ 24.6 = $8,130.08; − $5,000 = $3,130.08; 25% = $782.52, shown as $783; 10% = $313.01, shown as
    // $313; window ends 2025 + 2 years.
    expect(n['Still to take']).toBe('$3,130.08');
    expect(n['Excise tax if not taken by December 31, 2025']).toBe('$783 (25%)');
    expect(n['If corrected by December 31, 2027']).toBe('$313 (10%)');
    expect(n['With the correction date you gave']).toBe('$313 (10%)');
    assertClean();
  });

  test('says no RMD is due while the reader still works for the plan’s employer', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(url({ distributionYear: '2026', birthDate: '1951-04-10', priorYearEndBalance: '600000', stillWorkingForPlanEmployer: 'true' }));
    await ready(page);
    await expect.poll(() => page.locator('#check-rmd .cr-headline').textContent()).toBe('No RMD is due from this plan for 2026 while you still work for its employer.');
    assertClean();
  });

  test('shows the engine’s message at the spouse’s birth date for a pair the site does not hold', async () => {
    const { page, assertClean } = await pages.openPage();
    await page.goto(url({ distributionYear: '2026', birthDate: '1950-03-01', priorYearEndBalance: '400000', spouseSoleBeneficiary: 'true', spouseBirthDate: '1991-01-01' }));
    await ready(page);
    await expect.poll(() => page.locator('#rm-spouseBirthDate-error').textContent()).toContain('does not hold a verified Joint and Last Survivor Table value for ages 76 and 35');
    assertClean();
  });

  test('passes axe', async () => {
    const { page } = await pages.openPage();
    await page.goto(site.url('/checks/rmd/'));
    await ready(page);
    expect(await runAxe(page)).toEqual([]);
  });
});
