// The what-if checks in a real browser, on the built /checks/ page (issue 8): keyboard-only use, the engine's
// numbers in the page, field errors for bad input, the URL round trip of every control, history, the labeled
// example without JavaScript, axe in both themes, no horizontal scroll at 360 px, and the printed result sheet.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { defaultRequest, evaluate, requestSchemas, type CheckId } from '../../src/engine/index.ts';
import { usd } from '../../src/islands/shared/format.ts';
import { fieldSpecs, type FieldSpec, type RequestSchema } from '../../src/islands/shared/form-model.ts';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { EXCEPTION_STATUS, yesNo } from '../../src/islands/shared/labels.ts';
import { runAxe } from '../harness/axe.ts';
import { openSite, type GuardedPage, type OpenPageOptions, type Site } from '../harness/site.ts';

type Result = Record<string, unknown>;
/** A bad input: the field, the value typed, and the request the engine judges (to read its message). */
type Bad = { what: string; field: string; value: string };
type CheckCase = {
  id: CheckId;
  /** Scenarios as URL values (over the example) whose numbers the page must show as the engine computed them. */
  golden: { name: string; values: Record<string, string> }[];
  /** "label in the numbers list" → how the engine's result gives it. */
  numbers: (r: Result) => [string, string][];
  /** The field typed into by keyboard, and the value. */
  keyboard: { field: string; value: string };
  bad: Bad[];
};

const n = (r: Result, k: string) => usd(r[k] as number);

const WITHDRAWAL_BAD: Bad[] = [
  { what: 'a negative amount', field: 'amount', value: '-500' },
  { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01' },
  { what: 'an age over 120', field: 'birthDate', value: '1901-01-01' },
  { what: 'a year not covered', field: 'distributionDate', value: '2031-06-15' },
  { what: 'an empty required field', field: 'vestedBalance', value: '' },
];

const CASES: CheckCase[] = [
  {
    id: 'early-withdrawal',
    golden: [
      { name: 'the example', values: {} },
      { name: 'leaving at 55 with the rule of 55 claimed', values: { birthDate: '1971-01-20', separatedFromPlanEmployer: 'true', separationDate: '2026-03-31', claims: 'separation-55' } },
      { name: 'a joint return with a state estimate', values: { filingStatus: 'married-filing-jointly', otherIncome: '120000', stateTaxRate: '5', amount: '35000.50' } },
    ],
    numbers: (r) => [
      ['Taxable amount', n(r, 'taxableAmount')],
      ['Additional tax on early distributions', n(r, 'additionalTax')],
      ['Federal income tax added', n(r, 'incomeTaxAdded')],
      ['Total federal cost', n(r, 'totalFederalCost')],
      ['Withheld when paid', usd((r['withholding'] as { amount: number }).amount)],
      ['Cash you receive', n(r, 'cashReceived')],
    ],
    keyboard: { field: 'amount', value: '12345' },
    bad: WITHDRAWAL_BAD,
  },
  {
    id: 'exceptions',
    golden: [
      { name: 'the example', values: {} },
      { name: 'an IRA with medical and home purposes', values: { planType: 'ira', purposes: 'medical,home', separatedFromPlanEmployer: 'false' } },
      { name: 'a public safety employee at 50', values: { birthDate: '1976-02-01', publicSafetyEmployee: 'true', yearsOfService: '12' } },
    ],
    numbers: (r) => (r['exceptions'] as { name: string; status: string }[]).map((e) => [e.name, EXCEPTION_STATUS[e.status]!]),
    keyboard: { field: 'yearsOfService', value: '26' },
    // The exception finder has no amount to make negative.
    bad: [
      { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01' },
      { what: 'an age over 120', field: 'birthDate', value: '1901-01-01' },
      { what: 'a year not covered', field: 'distributionDate', value: '2031-06-15' },
      { what: 'a number out of range', field: 'yearsOfService', value: '-3' },
      { what: 'an empty required field', field: 'birthDate', value: '' },
    ],
  },
  {
    id: 'roth-distribution',
    golden: [
      { name: 'the example (the IRS pro-rata example)', values: {} },
      { name: 'a qualified distribution after 59½ and five years', values: { birthDate: '1960-01-01', rothFirstContributionYear: '2015' } },
      { name: 'a state estimate', values: { stateTaxRate: '4.5', amount: '8000' } },
    ],
    numbers: (r) => [
      ['Qualified distribution', yesNo(r['qualified'] as boolean)],
      ['Contributions part (tax-free)', n(r, 'contributionsPart')],
      ['Earnings part', n(r, 'earningsPart')],
      ['Additional tax on early distributions', n(r, 'additionalTax')],
      ['Total federal cost', n(r, 'totalFederalCost')],
    ],
    keyboard: { field: 'amount', value: '6000' },
    bad: WITHDRAWAL_BAD,
  },
  {
    id: 'contribution-limits',
    golden: [
      { name: 'the example', values: {} },
      { name: 'an excess across two employers', values: { otherEmployerDeferrals: '10000', taxYear: '2025' } },
      { name: 'someone under 50', values: { birthDate: '1990-07-04', rothDeferrals: '0', traditionalDeferrals: '20000' } },
    ],
    numbers: (r) => [
      ['Elective deferral limit', n(r, 'baseLimit')],
      ['Catch-up for your age', n(r, 'catchUpForAge')],
      ['Total you can defer', n(r, 'totalAllowed')],
      ['Excess deferral', n(r, 'excessDeferral')],
      ['Left out of W-2 box 1 wages', n(r, 'excludedFromBox1Wages')],
    ],
    keyboard: { field: 'traditionalDeferrals', value: '30000' },
    bad: [
      { what: 'a negative amount', field: 'traditionalDeferrals', value: '-100' },
      { what: 'an age over 120', field: 'birthDate', value: '1901-01-01' },
      { what: 'a birth after the tax year', field: 'birthDate', value: '2030-01-01' },
      { what: 'a year not covered', field: 'taxYear', value: '2031' },
      { what: 'an empty required field', field: 'birthDate', value: '' },
    ],
  },
  {
    id: 'hardship',
    golden: [
      { name: 'the example', values: {} },
      { name: 'a medical need not accepted by the plan', values: { reason: 'medical', planReasons: 'funeral,tuition', amountNeeded: '4000' } },
      { name: 'a need the balance cannot cover', values: { amountNeeded: '90000' } },
    ],
    numbers: (r) => [
      ['A safe-harbor need', yesNo(r['safeHarbor'] as boolean)],
      ['Withdrawal needed to net your amount', n(r, 'grossAmountNeeded')],
      ['Additional tax on early distributions', n(r, 'additionalTax')],
      ['Total federal cost', n(r, 'totalFederalCost')],
    ],
    keyboard: { field: 'amountNeeded', value: '7500' },
    bad: [
      { what: 'a negative amount', field: 'amountNeeded', value: '-500' },
      ...WITHDRAWAL_BAD.filter((b) => b.field !== 'amount'),
    ],
  },
  {
    id: 'loss',
    golden: [
      { name: 'the example', values: {} },
      { name: 'a Roth account closed below its basis', values: { situation: 'closed-below-basis', accountType: 'roth', basis: '10000', amountReceived: '6000' } },
      { name: 'a wash sale through an IRA', values: { situation: 'repurchase-in-ira', lossAmount: '3000', saleDate: '2026-03-01', repurchaseDate: '2026-03-10' } },
    ],
    numbers: (r) => [
      ['Deductible', yesNo(r['deductible'] as boolean)],
      ['Deductible amount', n(r, 'deductibleAmount')],
    ],
    keyboard: { field: 'lossAmount', value: '2500' },
    // A loss has no birth date, so no age checks apply.
    bad: [
      { what: 'a negative amount', field: 'lossAmount', value: '-100' },
      { what: 'a year not covered', field: 'taxYear', value: '2031' },
      { what: 'an empty required field', field: 'taxYear', value: '' },
    ],
  },
  {
    id: 'loan',
    golden: [
      { name: 'the example', values: {} },
      { name: 'a small balance with the floor', values: { vestedBalance: '15000', outstandingBalance: '0', highestBalanceLast12Months: '0', planAllowsFloor: 'true', requestedAmount: '10000' } },
      { name: 'a request over the limit', values: { requestedAmount: '30000', stateTaxRate: '6' } },
    ],
    numbers: (r) => [
      ['Dollar limit after that reduction', n(r, 'reducedDollarLimit')],
      ['Limit on all your plan loans', n(r, 'totalLoanLimit')],
      ['Largest new loan', n(r, 'maxNewLoan')],
    ],
    keyboard: { field: 'vestedBalance', value: '60000' },
    bad: [
      { what: 'a negative amount', field: 'vestedBalance', value: '-500' },
      { what: 'a loan before birth', field: 'birthDate', value: '2030-01-01' },
      { what: 'an age over 120', field: 'birthDate', value: '1901-01-01' },
      { what: 'a year not covered', field: 'loanDate', value: '2031-06-15' },
      { what: 'an empty required field', field: 'vestedBalance', value: '' },
    ],
  },
];

const ready = CASES.filter((c) => CHECK_ISLANDS.some((i) => i.id === c.id && i.built));
const island = (id: string) => CHECK_ISLANDS.find((i) => i.id === id)!;
const schemaOf = (id: string) => requestSchemas()[id] as RequestSchema;

let site: Site;
const opened: GuardedPage[] = [];
beforeAll(async () => {
  const s = await openSite();
  // Each test's pages are closed after it, so a long run does not pile up browser contexts.
  site = { ...s, openPage: async (o?: OpenPageOptions) => { const g = await s.openPage(o); opened.push(g); return g; } };
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((g) => g.context.close().catch(() => undefined)));
});
afterAll(async () => {
  await site?.close();
});

function checkUrl(id: string, values?: Record<string, string>): string {
  const ns = island(id).ns;
  const q = values ? `?${new URLSearchParams([[`${ns}.v`, '1'], ...Object.entries(values).map(([k, v]) => [`${ns}.${k}`, v] as [string, string])])}` : '';
  return site.url(`/checks/${q}#check-${id}`);
}

/** The engine request a set of URL values makes over the example (what the island sends). */
function requestFor(id: CheckId, values: Record<string, string>): Record<string, unknown> {
  const specs = fieldSpecs(schemaOf(id));
  const req: Record<string, unknown> = defaultRequest(id);
  for (const [k, v] of Object.entries(values)) {
    const kind = specs[k]!.kind;
    if (v === '') delete req[k];
    else req[k] = kind === 'yes-no' ? v === 'true' : kind === 'set' ? v.split(',') : kind === 'date' || kind === 'choice' ? v : Number(v);
  }
  return req;
}

async function hydrated(page: Page, id: string): Promise<void> {
  await page.locator(`#check-${id} astro-island:not([ssr])`).waitFor({ state: 'attached' });
}

async function settled(page: Page, id: string): Promise<void> {
  await page.locator(`#check-${id} .cr:not([aria-busy])`).waitFor();
}

async function openAllGroups(page: Page, id: string): Promise<void> {
  const closed = page.locator(`#check-${id} details.cf-more:not([open]) > summary`);
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
}

/** The numbers list of a check's result, label → value. */
async function numbersOf(page: Page, id: string): Promise<Record<string, string>> {
  return page.locator(`#check-${id} .cr`).evaluate((result) =>
    Object.fromEntries([...result.querySelectorAll('.cr-numbers > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()])),
  );
}

/** A control's value as the form shows it, for any kind of field. */
async function controlValue(page: Page, ns: string, spec: FieldSpec): Promise<string> {
  const id = `${ns}-${spec.name}`;
  if (spec.kind === 'yes-no') return String(await page.locator(`#${id}`).isChecked());
  if (spec.kind === 'set') {
    const on: string[] = [];
    for (const o of spec.options) if (await page.locator(`#${id}-${o}`).isChecked()) on.push(o);
    return on.join(',');
  }
  return page.locator(`#${id}`).inputValue();
}

/** A value different from the control's current one, and how to enter it. */
async function changeControl(page: Page, ns: string, spec: FieldSpec): Promise<string> {
  const id = `#${ns}-${spec.name}`;
  const now = await controlValue(page, ns, spec);
  const isSelect = spec.kind !== 'set' && (await page.locator(id).evaluate((el) => el.tagName === 'SELECT'));
  switch (isSelect ? 'choice' : spec.kind) {
    case 'yes-no':
      await page.locator(id).setChecked(now !== 'true');
      return String(now !== 'true');
    case 'set': {
      const o = spec.options.find((x) => !now.split(',').includes(x))!;
      await page.locator(`${id}-${o}`).check();
      return [...now.split(',').filter(Boolean), o].join(',');
    }
    case 'choice': {
      const values = await page.locator(`${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const v = values.find((x) => x !== now && x !== '')!;
      await page.locator(id).selectOption(v);
      return v;
    }
    case 'date': {
      const v = now === '2025-02-03' ? '2025-02-04' : '2025-02-03';
      await page.locator(id).fill(v);
      await page.locator(id).blur();
      return v;
    }
    default: {
      const v = now === '7' ? '8' : '7';
      await page.locator(id).fill(v);
      await page.locator(id).blur();
      return v;
    }
  }
}

describe.each(ready.map((c) => [c.id, c] as const))('%s check', (id, c) => {
  const ns = island(id).ns;
  const specs = fieldSpecs(schemaOf(id));

  test('is operated with the keyboard alone and shows the engine’s result', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    await page.locator(`#check-${id}-title`).evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    const target = `${ns}-${c.keyboard.field}`;
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== target; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(c.keyboard.value);
    await page.keyboard.press('Tab');
    await settled(page, id);
    const outcome = evaluate(requestFor(id, { [c.keyboard.field]: c.keyboard.value }));
    expect(outcome.ok).toBe(true);
    const shown = await numbersOf(page, id);
    for (const [label, value] of c.numbers((outcome as { result: Result }).result)) expect(shown[label], label).toBe(value);
    await expect.poll(() => page.locator(`#check-${id} [aria-live]`).first().textContent()).not.toBe('');
    expect(page.url()).toContain(`${ns}.${c.keyboard.field}=${c.keyboard.value}`);
    assertClean();
  });

  test.each(c.golden.map((g) => [g.name, g] as const))('shows the engine’s numbers for %s', async (_name, g) => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id, g.values));
    await hydrated(page, id);
    await settled(page, id);
    const outcome = evaluate(requestFor(id, g.values));
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const shown = await numbersOf(page, id);
    for (const [label, value] of c.numbers((outcome as { result: Result }).result)) expect(shown[label], label).toBe(value);
    assertClean();
  });

  test.each(c.bad.map((b) => [b.what, b] as const))('shows the field’s message for %s, and no console error', async (_what, b) => {
    const outcome = evaluate(requestFor(id, { [b.field]: b.value }));
    expect(outcome.ok).toBe(false);
    const message = (outcome as { errors: { field: string; message: string }[] }).errors.find((e) => e.field === b.field)!.message;
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    const field = page.locator(`#${ns}-${b.field}`);
    if (await field.evaluate((el) => el.tagName === 'SELECT')) {
      // A choice lists only valid values (the covered years): a bad one can only come from a link.
      await page.goto(checkUrl(id, { [b.field]: b.value }));
      await hydrated(page, id);
    } else {
      await field.fill(b.value);
      await field.blur();
    }
    await settled(page, id);
    const error = page.locator(`#${ns}-${b.field}-error`);
    await expect.poll(() => error.textContent()).toBe(message);
    expect(await field.getAttribute('aria-describedby')).toContain(`${ns}-${b.field}-error`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#check-${id} [aria-live]`).first().textContent()).toContain(message);
    assertClean();
  });

  test('round-trips every form control through the URL', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    await openAllGroups(page, id);
    const expected: Record<string, string> = {};
    for (const f of Object.keys(specs)) {
      if ((await page.locator(`#${ns}-${f}, [id^="${ns}-${f}-"]`).count()) === 0) continue;
      await openAllGroups(page, id);
      expected[f] = await changeControl(page, ns, specs[f]!);
    }
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    const url = page.url();
    const again = await site.openPage();
    await again.page.goto(url);
    await hydrated(again.page, id);
    await settled(again.page, id);
    await openAllGroups(again.page, id);
    for (const [f, v] of Object.entries(expected)) expect(await controlValue(again.page, ns, specs[f]!), f).toBe(v);
    assertClean();
    again.assertClean();
  });

  test('goes back and forward through completed changes', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    const field = page.locator(`#${ns}-${c.keyboard.field}`);
    const before = await field.inputValue();
    await field.fill(c.keyboard.value);
    await field.blur();
    await settled(page, id);
    await page.goBack();
    await expect.poll(() => field.inputValue()).toBe(before);
    await expect.poll(() => page.locator(`#check-${id} .cr-badge`).count()).toBe(1);
    await page.goForward();
    await expect.poll(() => field.inputValue()).toBe(c.keyboard.value);
    assertClean();
  });

  test('copies a link that reopens the scenario at the check', async () => {
    const { page, assertClean } = await site.openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    await page.locator(`#${ns}-${c.keyboard.field}`).fill(c.keyboard.value);
    await page.locator(`#check-${id} .cf-actions button`).first().click();
    await expect.poll(() => page.locator(`#check-${id} .cf-copied`).textContent()).toBe('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${ns}.${c.keyboard.field}=${c.keyboard.value}`);
    expect(copied.endsWith(`#check-${id}`)).toBe(true);
    assertClean();
  });

  test('explains a malformed link and shows the example', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(site.url(`/checks/?${ns}.v=1&${ns}.nonsense=1#check-${id}`));
    await hydrated(page, id);
    await expect.poll(() => page.locator(`#check-${id} .cf-notice`).textContent()).toContain('could not be read');
    expect(await page.locator(`#check-${id} .cr-badge`).textContent()).toBe('Example');
    assertClean();
  });

  test('shows the labeled example result without JavaScript', async () => {
    const { page, assertClean } = await site.openPage({ javaScriptEnabled: false });
    await page.goto(checkUrl(id));
    expect(await page.locator(`#check-${id} .cr-badge`).textContent()).toBe('Example');
    const outcome = evaluate(defaultRequest(id));
    const shown = await numbersOf(page, id);
    for (const [label, value] of c.numbers((outcome as { result: Result }).result)) expect(shown[label], label).toBe(value);
    assertClean();
  });

  test.each(['light', 'dark'] as const)('has no axe violations with a result shown, %s theme', async (theme) => {
    const { page, assertClean } = await site.openPage({ theme });
    await page.goto(checkUrl(id, c.golden[1]?.values ?? {}));
    await hydrated(page, id);
    await settled(page, id);
    await openAllGroups(page, id);
    expect(await runAxe(page)).toEqual([]);
    await page.locator(`#${ns}-${c.bad[0]!.field}`).fill(c.bad[0]!.value);
    await settled(page, id);
    expect(await runAxe(page)).toEqual([]);
    assertClean();
  });

  test('does not scroll sideways at 360 px', async () => {
    const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    await openAllGroups(page, id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    assertClean();
  });

  test('prints a result sheet: inputs, numbers, explanation with citations, tax year and the rules’ date', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id, c.golden[1]?.values ?? {}));
    await hydrated(page, id);
    await settled(page, id);
    await page.emulateMedia({ media: 'print' });
    const check = page.locator(`#check-${id}`);
    expect(await check.locator('.cf-form').isVisible()).toBe(false);
    expect(await check.locator('.cf-actions').isVisible()).toBe(false);
    expect(await check.locator('.cr-inputs').isVisible()).toBe(true);
    expect(await check.locator('.cr-inputs dt').count()).toBeGreaterThan(2);
    expect(await check.locator('.cr-numbers').first().isVisible()).toBe(true);
    expect(await check.locator('.cr-steps a[href^="https://"]').first().isVisible()).toBe(true);
    expect(await check.locator('.cr-meta').textContent()).toMatch(/^Tax year \d{4}; rules checked as of \w+ \d{1,2}, \d{4}\.$/);
    assertClean();
  });
});
