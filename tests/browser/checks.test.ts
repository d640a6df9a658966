// The what-if checks in a real browser, each on its own page (/checks/<id>/): keyboard-only use, the numbers in the
// page, a field error for bad input (one per check: what only a page shows; the other bad inputs are unit tests of the
// form model and the engine, tests/islands/bad-inputs.test.ts), the URL round trip of every control, history, the
// labeled example without JavaScript, axe in both themes, no horizontal scroll at 360 px, and the printed result
// sheet. Each check's tests share one browser page and run in order; two checks run at a time.
// Every expected value is literal, worked by hand from the rule with the arithmetic beside it; nothing here imports
// the engine or the islands' formatters. 2026 single: standard deduction $16,100; 10% to $12,400, 12% to $50,400,
// 22% to $105,700, 24% to $201,775 (Rev. Proc. 2025-32). So $60,000 of other income is $43,900 taxable and
// $1,240 + 12% × $31,500 = $5,020 of tax, with $6,500 of room left in the 12% bracket.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { runAxe, runAxeInDarkTheme } from '../harness/axe.ts';
import { changeControl, controlsOf, controlValues, type Control } from '../harness/check-controls.ts';
import { checkHydrated, checkSettled } from '../harness/check-state.ts';
import { pressTab } from '../harness/keys.ts';
import { openSite, sharedPages, type OpenPageOptions, type SharedPages, type Site } from '../harness/site.ts';

/** "label in the numbers list" → the text shown. */
type Numbers = Record<string, string>;
/** A bad input: the field, the value typed and the engine's message for it (as written in the rule's code). */
type Bad = { what: string; field: string; value: string; message: string };
type CheckCase = {
  id: string;
  /** Scenarios as URL values over the example, and the numbers the page must show. The first is the example. */
  golden: { name: string; values: Record<string, string>; expect: Numbers }[];
  /**
   * The field typed into by keyboard, the value, and the numbers it must show; `start`: URL values the page opens
   * with, for a field asked only after another answer.
   */
  keyboard: { start?: Record<string, string>; field: string; value: string; expect: Numbers };
  /** One bad input typed into a field: the message beside it, aria-invalid, aria-describedby and the live region. */
  bad: Bad;
};

const CASES: CheckCase[] = [
  {
    id: 'early-withdrawal',
    golden: [
      {
        name: 'the example',
        values: {},
        // $20,000 at 46, single, $60,000 other income, 2026. Taxable $20,000 (pre-tax money, no basis).
        // Additional tax 10% × 20,000 = 2,000. With it: 63,900 taxable → 1,240 + 12% × 38,000 (4,560) + 22% × 13,500
        // (2,970) = 8,770; 8,770 − 5,020 = 3,750 added. Cost 2,000 + 3,750 = 5,750. Withheld 20% × 20,000 = 4,000
        // (§3405(c)); cash 20,000 − 4,000 = 16,000.
        expect: {
          'Taxable amount': '$20,000',
          'Additional tax on early distributions': '$2,000',
          'Federal income tax added': '$3,750',
          'Total federal cost': '$5,750',
          'Withheld when paid': '$4,000',
          'Cash you receive': '$16,000',
          'Form 1099-R, box 7 code to expect': '1',
          'Form 5329': 'Not required',
        },
      },
      {
        name: 'leaving at 55 with the rule of 55 claimed',
        values: { birthDate: '1971-01-20', separatedFromPlanEmployer: 'true', separationDate: '2026-03-31', claims: 'separation-55' },
        // Turns 55 in 2026 and left in 2026: §72(t)(2)(A)(v) covers all of it, so no additional tax; income tax as
        // in the example, 3,750. The payer knows of the exception: code 2.
        expect: {
          'Additional tax on early distributions': '$0',
          'Federal income tax added': '$3,750',
          'Total federal cost': '$3,750',
          'Form 1099-R, box 7 code to expect': '2',
        },
      },
      {
        name: 'a joint return with a state estimate',
        values: { filingStatus: 'married-filing-jointly', otherIncome: '120000', stateTaxRate: '5', amount: '35000.50' },
        // MFJ 2026: standard deduction 32,200; 10% to 24,800, 12% to 100,800, 22% to 211,400. Without: 87,800 →
        // 2,480 + 12% × 63,000 (7,560) = 10,040. With: 122,800.50 → 2,480 + 12% × 76,000 (9,120) + 22% × 22,000.50
        // (4,840.11) = 16,440.11; added 6,400.11. Additional 10% × 35,000.50 = 3,500.05; cost 9,900.16.
        // Withheld 20% = 7,000.10; cash 35,000.50 − 7,000.10 = 28,000.40. Shown to the nearest dollar, half up:
        // 35,001; 3,500; 6,400; 9,900; 7,000; 28,000.
        expect: {
          'Taxable amount': '$35,001',
          'Additional tax on early distributions': '$3,500',
          'Federal income tax added': '$6,400',
          'Total federal cost': '$9,900',
          'Withheld when paid': '$7,000',
          'Cash you receive': '$28,000',
        },
      },
      {
        name: 'an accepted medical-expense claim',
        values: { distributionDate: '2026-05-01', birthDate: '1985-01-01', amount: '10000', vestedBalance: '50000', otherIncome: '40000', claims: 'medical', medicalExpenses: '3751' },
        // AGI 40,000 + 10,000 = 50,000; floor 7.5% × 50,000 = 3,750; the exception covers 3,751 − 3,750 = 1
        // (§72(t)(2)(B)); additional 10% × 9,999 = 999.90. The payer does not know of it (code 1), so it is claimed on
        // Form 5329 line 2 with exception number 05 (Form 5329 instructions). $999.90 shows as $1,000.
        expect: {
          'Covered by an exception': '$1',
          'Additional tax on early distributions': '$1,000',
          'Form 1099-R, box 7 code to expect': '1',
          'Form 5329': 'Needed, exception number 05',
        },
      },
    ],
    // Other income 60,000 + 12,345 − 16,100 = 56,245 → 1,240 + 4,560 + 22% × 5,845 (1,285.90) = 7,085.90; added
    // 2,065.90. Additional 1,234.50; cost 3,300.40. Withheld 20% = 2,469; cash 9,876. To the dollar: 1,235; 2,066; 3,300.
    keyboard: {
      field: 'amount',
      value: '12345',
      expect: { 'Additional tax on early distributions': '$1,235', 'Federal income tax added': '$2,066', 'Total federal cost': '$3,300', 'Withheld when paid': '$2,469', 'Cash you receive': '$9,876' },
    },
    bad: { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01', message: 'The birth date must be before the distribution date.' },
  },
  {
    id: 'exceptions',
    golden: [
      {
        name: 'the example',
        values: {},
        // Born 1971-09-01, so 55 in 2026; left the employer 2026-03-31: §72(t)(2)(A)(v). Not 59½ until 2031.
        // Long-term care (§72(t)(2)(J)) only if the plan offers it; first home is §72(t)(2)(F), IRAs only.
        expect: {
          'Separation from service in or after the year you turn 55': 'Can apply',
          'Age 59½': 'Does not apply',
          'Qualified long-term care distribution': 'Only if your plan offers it',
          'First-time home purchase': 'IRA only',
        },
      },
      {
        name: 'an IRA with medical and home purposes',
        values: { planType: 'ira', purposes: 'medical,home', separatedFromPlanEmployer: 'false' },
        // From an IRA the medical (§72(t)(2)(B)) and first-home (§72(t)(2)(F)) exceptions can apply; separation at 55
        // is for plans only (§72(t)(3)(A)).
        expect: {
          'Unreimbursed medical expenses': 'Can apply',
          'First-time home purchase': 'Can apply',
          'Separation from service in or after the year you turn 55': 'Plans only, not an IRA',
        },
      },
      {
        name: 'a public safety employee at 50',
        values: { birthDate: '1976-02-01', publicSafetyEmployee: 'true', yearsOfService: '12' },
        // 50 in 2026, separated 2026: §72(t)(10); 50 < 55, so separation at 55 does not.
        expect: {
          'Qualified public safety employees: age 50 or 25 years of service': 'Can apply',
          'Separation from service in or after the year you turn 55': 'Does not apply',
        },
      },
    ],
    // Years of service are asked only of a qualified public safety employee, so the link ticks that box first. Left
    // 2026-03-31 with 26 years of service: 25 or more qualifies whatever the age (§72(t)(10)(B)); at 55 the
    // separation exception applies too (§72(t)(2)(A)(v)).
    keyboard: {
      start: { publicSafetyEmployee: 'true' },
      field: 'yearsOfService',
      value: '26',
      expect: { 'Qualified public safety employees: age 50 or 25 years of service': 'Can apply', 'Separation from service in or after the year you turn 55': 'Can apply' },
    },
    bad: { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01', message: 'The birth date must be before the distribution date.' },
  },
  {
    id: 'roth-distribution',
    golden: [
      {
        name: 'the example (the IRS pro-rata example)',
        values: {},
        // Treas. Reg. §1.402A-1 Q&A-3: $5,000 of a $10,000 account with $9,400 of contributions. Earnings share
        // 600 / 10,000 = 6%: 6% × 5,000 = 300 taxable, 4,700 contributions. Additional 10% × 300 = 30; income tax
        // 12% × 300 = 36 (inside the 12% bracket); cost 66.
        expect: {
          'Qualified distribution': 'No',
          'Contributions part (tax-free)': '$4,700',
          'Earnings part': '$300',
          'Additional tax on early distributions': '$30',
          'Total federal cost': '$66',
        },
      },
      {
        name: 'a qualified distribution after 59½ and five years',
        values: { birthDate: '1960-01-01', rothFirstContributionYear: '2015' },
        // 59½ on 2019-07-01; five-year period from 2015-01-01 met 2020-01-01 (§402A(d)(2)): all tax-free, and not
        // early, so no additional tax (§72(t)(2)(A)(i)). The whole $5,000 is tax-free (§402A(d)(1)), not "$0 of earnings".
        expect: {
          'Qualified distribution': 'Yes',
          'Tax-free part (a qualified distribution)': '$5,000',
          'Additional tax on early distributions': 'Not subject to it: paid at or after age 59½',
          'Total federal cost': '$0',
        },
      },
      {
        name: 'a state estimate',
        values: { stateTaxRate: '4.5', amount: '8000' },
        // 6% × 8,000 = 480 taxable, 7,520 contributions; additional 48; income tax 12% × 480 = 57.60; cost 105.60,
        // shown as $106.
        expect: {
          'Contributions part (tax-free)': '$7,520',
          'Earnings part': '$480',
          'Additional tax on early distributions': '$48',
          'Total federal cost': '$106',
        },
      },
    ],
    // 6% × 6,000 = 360 earnings, 5,640 contributions; additional 36; income tax 43.20; cost 79.20, shown as $79.
    keyboard: {
      field: 'amount',
      value: '6000',
      expect: { 'Contributions part (tax-free)': '$5,640', 'Earnings part': '$360', 'Additional tax on early distributions': '$36', 'Total federal cost': '$79' },
    },
    bad: { what: 'an empty required field', field: 'vestedBalance', value: '', message: 'This field is required.' },
  },
  {
    id: 'contribution-limits',
    golden: [
      {
        name: 'the example',
        values: {},
        // 2026: §402(g) limit 24,500; born 1964-05-20, 62 at year end: the 60–63 catch-up, 11,250 (§414(v)(2)(E));
        // 24,500 + 11,250 = 35,750; planned 20,000 + 10,000 = 30,000, no excess; 20,000 pre-tax left out of box 1.
        expect: {
          'Elective deferral limit': '$24,500',
          'Catch-up for your age': '$11,250',
          'Total you can defer': '$35,750',
          'Excess deferral': '$0',
          'Left out of W-2 box 1 wages': '$20,000',
        },
      },
      {
        name: 'an excess across two employers',
        values: { otherEmployerDeferrals: '10000', taxYear: '2025' },
        // 2025: 23,500 + 11,250 (61 at year end) = 34,750; planned 20,000 + 10,000 + 10,000 = 40,000; excess 5,250.
        expect: {
          'Elective deferral limit': '$23,500',
          'Catch-up for your age': '$11,250',
          'Total you can defer': '$34,750',
          'Excess deferral': '$5,250',
          'Left out of W-2 box 1 wages': '$20,000',
        },
      },
      {
        name: 'someone under 50',
        values: { birthDate: '1990-07-04', rothDeferrals: '0', traditionalDeferrals: '20000' },
        // 36 at the end of 2026: no catch-up; limit 24,500; 20,000 pre-tax.
        expect: {
          'Elective deferral limit': '$24,500',
          'Catch-up for your age': '$0',
          'Total you can defer': '$24,500',
          'Excess deferral': '$0',
          'Left out of W-2 box 1 wages': '$20,000',
        },
      },
    ],
    // 30,000 + 10,000 = 40,000 − 35,750 = 4,250 over. Catch-up used min(11,250, 40,000 − 24,500) = 11,250 must be Roth
    // (2025 FICA wages 160,000 > 150,000, §414(v)(7)); 10,000 is planned Roth, so 1,250 of the pre-tax must be Roth:
    // 30,000 − 1,250 = 28,750 left out of box 1.
    keyboard: { field: 'traditionalDeferrals', value: '30000', expect: { 'Total you can defer': '$35,750', 'Excess deferral': '$4,250', 'Left out of W-2 box 1 wages': '$28,750' } },
    bad: { what: 'a birth after the tax year', field: 'birthDate', value: '2030-01-01', message: 'The birth date must be on or before the end of the tax year.' },
  },
  {
    id: 'hardship',
    golden: [
      {
        name: 'the example',
        values: {},
        // Net G − 10% G − 5% G (state) − [12% × 6,500 + 22% × (G − 6,500)] = 10,000 → 0.63 G = 10,000 − 780 + 1,430
        // = 9,350 → G = 14,841.27 (to the cent above). Additional 10% = 1,484.13; income tax 780 + 22% × 8,341.27
        // (1,835.08) = 2,615.08; cost 4,099.21. To the dollar: 14,841; 1,484; 4,099.
        expect: {
          'A safe-harbor need': 'Yes',
          'Withdrawal needed to net your amount': '$14,841',
          'Additional tax on early distributions': '$1,484',
          'Total federal cost': '$4,099',
        },
      },
      {
        name: 'a medical need not accepted by the plan',
        values: { reason: 'medical', planReasons: 'funeral,tuition', amountNeeded: '4000' },
        // All in the 12% bracket: G × (1 − 0.10 − 0.05 − 0.12) = 4,000 → G ≈ 5,479.45; each tax is rounded to the
        // cent, and 5,479.44 − 547.94 − 657.53 − 273.97 = 4,000.00 already. Cost 547.94 + 657.53 = 1,205.47. To the
        // dollar: 5,479; 548; 1,205.
        expect: {
          'A safe-harbor need': 'Yes',
          'Accepted by your plan': 'No',
          'Withdrawal needed to net your amount': '$5,479',
          'Additional tax on early distributions': '$548',
          'Total federal cost': '$1,205',
        },
      },
      {
        name: 'a need the balance cannot cover',
        values: { amountNeeded: '90000' },
        // Even all 80,000 nets less than 90,000 (it cannot net more than 80,000). The figures are for all 80,000:
        // additional 8,000; 123,900 taxable → 1,240 + 4,560 + 22% × 55,300 (12,166) + 24% × 18,200 (4,368) = 22,334;
        // added 17,314; cost 25,314.
        expect: {
          'Withdrawal needed to net your amount': 'Your vested balance cannot cover this need',
          'Amount withdrawn': '$80,000',
          'Additional tax on early distributions': '$8,000',
          'Total federal cost': '$25,314',
        },
      },
    ],
    // 0.63 G = 7,500 − 650 → G ≈ 10,873.02; with each tax rounded to the cent 10,873.01 already nets 7,500.00: $10,873.
    keyboard: { field: 'amountNeeded', value: '7500', expect: { 'Withdrawal needed to net your amount': '$10,873' } },
    bad: { what: 'a negative amount', field: 'amountNeeded', value: '-500', message: 'The amount cannot be negative.' },
  },
  {
    id: 'loss',
    golden: [
      // No loss inside a 401(k) is deductible: zero basis (§402), and the old IRA route was a miscellaneous itemized
      // deduction, disallowed by §67(g) and P.L. 119-21.
      { name: 'the example', values: {}, expect: { Deductible: 'No' } },
      {
        name: 'a Roth account closed below its basis',
        values: { situation: 'closed-below-basis', accountType: 'roth', basis: '10000', amountReceived: '6000' },
        // 10,000 − 6,000 = 4,000 never recovered.
        expect: { Deductible: 'No', 'Contributions not recovered': '$4,000' },
      },
      {
        name: 'a wash sale through an IRA',
        values: { situation: 'repurchase-in-ira', lossAmount: '3000', saleDate: '2026-03-01', repurchaseDate: '2026-03-10' },
        // March 1 to March 10 is 9 days, inside the 30-day window: the 3,000 loss is disallowed (Rev. Rul. 2008-5).
        expect: { 'Days between sale and purchase': '9 (window: 30 days)', 'Loss disallowed': '$3,000', 'Basis of the new shares increased': 'No' },
      },
      {
        name: 'a taxable sale with the plan buying back',
        values: { situation: 'repurchase-in-plan', lossAmount: '3000', saleDate: '2026-03-01', repurchaseDate: '2026-03-10' },
        // 9 days, inside the 30-day window; Rev. Rul. 2008-5 covers IRAs only, so deductibility is not settled.
        expect: { Deductible: 'Not settled', 'Days between sale and purchase': '9 (window: 30 days)' },
      },
      {
        name: 'a taxable sale with the IRA buying outside the window',
        values: { situation: 'repurchase-in-ira', lossAmount: '3000', saleDate: '2026-03-01', repurchaseDate: '2026-04-01' },
        // March 1 to April 1 is 31 days, outside the 30-day window: a capital loss of 3,000 (§1211(b)).
        expect: { Deductible: 'Yes', 'Deductible capital loss': '$3,000' },
      },
    ],
    keyboard: { field: 'lossAmount', value: '2500', expect: { Deductible: 'No' } },
    bad: { what: 'a negative amount', field: 'lossAmount', value: '-100', message: 'The amount cannot be negative.' },
  },
  {
    id: 'loan',
    golden: [
      {
        name: 'the example',
        values: {},
        // IRS loans FAQ: 50,000 − (27,000 − 18,000) = 41,000; half of 80,000 = 40,000; the lesser, 40,000, less the
        // 18,000 owed = 22,000 (§72(p)(2)(A)).
        expect: { 'Dollar limit after that reduction': '$41,000', 'Limit on all your plan loans': '$40,000', 'Largest new loan': '$22,000' },
      },
      {
        name: 'a small balance with the floor',
        values: { vestedBalance: '15000', outstandingBalance: '0', highestBalanceLast12Months: '0', planAllowsFloor: 'true', requestedAmount: '10000' },
        // Half of 15,000 = 7,500 < the 10,000 floor the plan allows (§72(p)(2)(A)(ii)): 10,000, within the balance.
        expect: { 'Dollar limit after that reduction': '$50,000', 'Limit on all your plan loans': '$10,000', 'Largest new loan': '$10,000' },
      },
      {
        name: 'a request over the limit',
        values: { requestedAmount: '30000', stateTaxRate: '6' },
        // Still 22,000; the 30,000 wanted is over it.
        expect: { 'Largest new loan': '$22,000', 'The loan you want is within the limit': 'No' },
      },
      {
        name: 'leaving the job with the loan unpaid',
        values: { leaving: 'leaving-job', separationDate: '2026-09-30', offsetDate: '2026-10-15' },
        // The 18,000 owed (leaving, no new loan is taken) is offset 15 days after leaving: a qualified plan loan offset
        // (§402(c)(3)(C); Treas. Reg. §1.402(c)-3), rollable until the 2026 return's extended due date, October 15,
        // 2027. Not rolled over at 46: 78,000 − 16,100 = 61,900 taxable → 1,240 + 4,560 + 22% × 11,500 (2,530) = 8,330
        // − 5,020 = 3,310, plus 10% × 18,000 = 1,800 → 5,110. Code M1.
        expect: { 'Loan offset': '$18,000', 'Roll it over by': 'October 15, 2027', 'If not rolled over: total federal cost': '$5,110', 'If not rolled over: federal income tax': '$3,310', 'If not rolled over: additional tax': '$1,800', 'Form 1099-R, box 7 code to expect': 'M1' },
      },
    ],
    // Half of 60,000 = 30,000 < 41,000; 30,000 − 18,000 = 12,000.
    keyboard: { field: 'vestedBalance', value: '60000', expect: { 'Limit on all your plan loans': '$30,000', 'Largest new loan': '$12,000' } },
    // 2026 − 1901 = 125 > 120.
    bad: { what: 'an age over 120', field: 'birthDate', value: '1901-01-01', message: 'Check the birth date: it makes you older than 120 in 2026.' },
  },
  {
    id: 'rollover',
    golden: [
      {
        name: 'the example',
        values: {},
        // $50,000 of pre-tax money moved directly to a Roth IRA at 44 with $80,000 of other income (§408A(d)(3)(A)).
        // Without: 63,900 taxable → 1,240 + 4,560 + 22% × 13,500 = 8,770. With: 113,900 → 1,240 + 4,560 + 22% × 55,300
        // (12,166) + 24% × 8,200 (1,968) = 19,934. Added 11,164; no 10% on a conversion; nothing withheld.
        expect: {
          'Taxable this year': '$50,000',
          'Federal income tax added': '$11,164',
          'Total federal cost': '$11,164',
          'Withheld': '$0',
          'Still owed with your return': '$11,164',
          'Form 1099-R, box 7': 'G',
          // The payer fills Form 1099-R to the cent.
          'Form 1099-R, box 2a (taxable amount)': '$50,000.00',
          'Can it be undone?': 'No: a conversion is final',
        },
      },
      {
        name: 'paid to you, with the withholding not made up',
        values: { destination: 'traditional-ira', method: '60-day', redeposited: '40000' },
        // 20% × 50,000 = 10,000 withheld; the 40,000 received is put back, so 10,000 is kept and taxable: 73,900 taxable →
        // 5,800 + 22% × 23,500 = 10,970 − 8,770 = 2,200, plus 10% × 10,000 = 1,000 → 3,200; refund 10,000 − 3,200 = 6,800.
        // March 2 + 60 days = May 1, 2026.
        expect: {
          'Taxable this year': '$10,000',
          'Additional tax on early distributions': '$1,000',
          'Federal income tax added': '$2,200',
          'Total federal cost': '$3,200',
          'Withheld': '$10,000',
          'To add from your own money to roll over it all': '$10,000',
          'Put the money back by': 'May 1, 2026',
          'Refunded with your return': '$6,800',
          'Form 1099-R, box 7': '1',
        },
      },
      {
        name: 'an in-plan Roth rollover',
        values: { amount: '30000', destination: 'in-plan-roth' },
        // 110,000 − 16,100 = 93,900 → 5,800 + 22% × 43,500 = 15,370 − 8,770 = 6,600. Recapture years 2026–2030 (§402A(c)(4)(D)).
        expect: { 'Taxable this year': '$30,000', 'Federal income tax added': '$6,600', 'Additional tax if the converted money comes out before': 'December 31, 2030' },
      },
    ],
    // 20,000 converted: 83,900 taxable → 5,800 + 22% × 33,500 = 13,170 − 8,770 = 4,400.
    keyboard: { field: 'amount', value: '20000', expect: { 'Taxable this year': '$20,000', 'Federal income tax added': '$4,400' } },
    bad: { what: 'a negative amount', field: 'amount', value: '-500', message: 'The amount cannot be negative.' },
  },
];

const ready = CASES.filter((c) => CHECK_ISLANDS.some((i) => i.id === c.id && i.built));
const island = (id: string) => CHECK_ISLANDS.find((i) => i.id === id)!;

let site: Site;
/**
 * One browser page per kind of reader (theme, JavaScript on or off), shared by every test in this file
 * (tests/harness/site.ts sharedPages): a test navigates it afresh, and its cache keeps the check's code parsed between
 * tests. Every shared page may use the clipboard, so the copy test needs no page of its own.
 */
let pages: SharedPages;
beforeAll(async () => {
  const s = await openSite();
  pages = sharedPages(s);
  site = { ...s, openPage: ({ permissions: _granted, ...kind }: OpenPageOptions = {}) => pages.openPage({ ...kind, permissions: ['clipboard-read', 'clipboard-write'] }) };
});
beforeEach(async () => {
  await pages.reset();
});
afterAll(async () => {
  await site?.close();
});

function checkUrl(id: string, values?: Record<string, string>): string {
  const ns = island(id).ns;
  const q = values ? `?${new URLSearchParams([[`${ns}.v`, '1'], ...Object.entries(values).map(([k, v]) => [`${ns}.${k}`, v] as [string, string])])}` : '';
  return site.url(`/checks/${id}/${q}#check-${id}`);
}

const hydrated = checkHydrated;
const settled = checkSettled;

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

/** Every expected row is shown with exactly that text. */
function expectNumbers(shown: Numbers, expected: Numbers): void {
  for (const [label, value] of Object.entries(expected)) expect(shown[label], label).toBe(value);
}

describe.each(ready.map((c) => [c.id, c] as const))('%s check', (id, c) => {
  const ns = island(id).ns;

  test('is operated with the keyboard alone and shows the worked result', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id, c.keyboard.start));
    await hydrated(page, id);
    const target = `${ns}-${c.keyboard.field}`;
    // From the check's title, Tab to the field. The presses go in one batch (tests/harness/keys.ts) while the page
    // records where focus is after each (on its key-up: a date's own parts take presses of their own): the first run
    // (40 presses) finds how many it takes, and a run of exactly that many from the title must end on the field. A
    // run that does not (the first touch wakes the check while the presses arrive) is counted again from its record.
    let presses = 40;
    for (let run = 0; run < 3; run++) {
      await page.locator(`#check-${id}-title`).evaluate((h) => {
        const w = window as unknown as { focusLog?: string[] };
        if (!w.focusLog) document.addEventListener('keyup', (e) => e.key === 'Tab' && w.focusLog!.push(document.activeElement?.id ?? ''), true);
        w.focusLog = [];
        h.setAttribute('tabindex', '-1');
        (h as HTMLElement).focus();
      });
      await pressTab(page, presses);
      const log = await page.evaluate(() => (window as unknown as { focusLog: string[] }).focusLog);
      if (log.length === presses && log.at(-1) === target) break;
      if (!log.includes(target)) break;
      presses = log.indexOf(target) + 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(c.keyboard.value);
    await page.keyboard.press('Tab');
    await settled(page, id);
    expectNumbers(await numbersOf(page, id), c.keyboard.expect);
    await expect.poll(() => page.locator(`#check-${id} [aria-live]`).first().textContent()).not.toBe('');
    expect(page.url()).toContain(`${ns}.${c.keyboard.field}=${c.keyboard.value}`);
    assertClean();
  });

  test.each(c.golden.map((g) => [g.name, g] as const))('shows the worked numbers for %s', async (_name, g) => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id, g.values));
    await hydrated(page, id);
    await settled(page, id);
    expectNumbers(await numbersOf(page, id), g.expect);
    assertClean();
  });

  test(`shows the field’s message for ${c.bad.what}, and no console error`, async () => {
    const b = c.bad;
    const message = b.message;
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    const field = page.locator(`#${ns}-${b.field}`);
    await field.fill(b.value);
    await field.blur();
    await settled(page, id);
    const error = page.locator(`#${ns}-${b.field}-error`);
    await expect.poll(() => error.textContent()).toBe(message);
    expect(await field.getAttribute('aria-describedby')).toContain(`${ns}-${b.field}-error`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#check-${id} [aria-live]`).first().textContent()).toContain(message);
    assertClean();
  });

  test('round-trips one control of each kind through the URL', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    const expected: Record<string, string> = {};
    const controls: Control[] = [];
    // One control of every kind the form has (each kind is drawn and read by its own code); every field of every
    // check goes through the link's own reader and writer in tests/islands/url-round-trip.test.ts.
    await openAllGroups(page, id);
    const kinds = new Map<string, Control>();
    for (const control of await controlsOf(page, id)) if (!kinds.has(control.kind)) kinds.set(control.kind, control);
    // A choice can take questions away (the loan check's "leaving" hides the new loan's): it is changed last.
    for (const control of [...kinds.values()].sort((a, b) => Number(a.kind === 'radio') - Number(b.kind === 'radio'))) {
      await openAllGroups(page, id);
      if ((await page.locator(`#${ns}-${control.name}${control.kind === 'set' || control.kind === 'radio' ? `-${control.options[0] || 'none'}` : ''}`).count()) === 0) continue;
      expected[control.name] = await changeControl(page, ns, control);
      controls.push(control);
      // The form answers the change before the next control is read: the change may take a question away.
      await settled(page, id);
    }
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(2);
    const url = page.url();
    // Opened afresh, as by another reader following the link (the shared page leaves this document first).
    const again = await site.openPage();
    await again.page.goto('about:blank');
    await again.page.goto(url);
    await hydrated(again.page, id);
    await settled(again.page, id);
    await openAllGroups(again.page, id);
    const restored = await controlValues(again.page, ns, controls);
    for (const control of controls) expect(restored[control.name], control.name).toBe(expected[control.name]);
    assertClean();
    again.assertClean();
  });

  test('goes back and forward through completed changes', async () => {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id, c.keyboard.start));
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
    await page.goto(checkUrl(id, c.keyboard.start));
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
    await page.goto(site.url(`/checks/${id}/?${ns}.v=1&${ns}.nonsense=1#check-${id}`));
    await hydrated(page, id);
    await expect.poll(() => page.locator(`#check-${id} .cf-notice`).textContent()).toContain('could not be read');
    expect(await page.locator(`#check-${id} .cr-badge`).textContent()).toBe('Example');
    assertClean();
  });

  test('shows the labeled example result without JavaScript', async () => {
    const { page, assertClean } = await site.openPage({ javaScriptEnabled: false });
    await page.goto(checkUrl(id));
    expect(await page.locator(`#check-${id} .cr-badge`).textContent()).toBe('Example');
    expectNumbers(await numbersOf(page, id), c.golden[0]!.expect);
    assertClean();
  });

  test('has no axe violations with a result shown and with a field in error, in both themes', async () => {
    const { page, assertClean } = await site.openPage({ theme: 'light' });
    await page.goto(checkUrl(id, c.golden[1]?.values ?? {}));
    await hydrated(page, id);
    await settled(page, id);
    await openAllGroups(page, id);
    // Each state in the light theme with every rule, then in the dark one with the rules that depend on colour (the
    // themes differ in colours only: tests/site/theme-css.test.ts).
    const bothThemes = async () => {
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
      expect(await runAxe(page, `#check-${id}`)).toEqual([]);
      expect(await runAxeInDarkTheme(page, `#check-${id}`), 'dark theme').toEqual([]);
    };
    await bothThemes();
    await page.locator(`#${ns}-${c.bad.field}`).fill(c.bad.value);
    await settled(page, id);
    await bothThemes();
    assertClean();
  });

  test('does not scroll sideways at 360 px', async () => {
    const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(checkUrl(id));
    await hydrated(page, id);
    await openAllGroups(page, id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Every question and answer is read whole: none is cut off at the edge of its box.
    const cut = await page.locator(`#check-${id} .cf-form`).evaluate((f) => [...f.querySelectorAll('label, legend, .cf-help')].filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(cut).toEqual([]);
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

describe('results a reader once saw wrong', () => {
  async function shownFor(id: string, values: Record<string, string>): Promise<{ numbers: Numbers; headline: string; text: string; assertClean: () => void }> {
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl(id, values));
    await hydrated(page, id);
    await settled(page, id);
    const result = page.locator(`#check-${id} .cr`);
    return { numbers: await numbersOf(page, id), headline: (await result.locator('.cr-headline').first().textContent()) ?? '', text: (await result.textContent()) ?? '', assertClean };
  }

  test('an accepted exception names its Form 5329 exception number, not an object', async () => {
    // Medical expenses 3,751 over a floor of 7.5% × 50,000 = 3,750: accepted, payer's code 1, so Form 5329 is
    // needed with the medical exception's number, 05 (Form 5329 instructions, line 2).
    const r = await shownFor('early-withdrawal', { distributionDate: '2026-05-01', birthDate: '1985-01-01', amount: '10000', vestedBalance: '50000', otherIncome: '40000', claims: 'medical', medicalExpenses: '3751' });
    expect(r.numbers['Form 5329']).toBe('Needed, exception number 05');
    expect(r.text).not.toContain('[object Object]');
    r.assertClean();
  });

  test('a Roth direct rollover shows a result instead of crashing', async () => {
    // A direct rollover is not taxed now (§402(c)); the payer reports it with code H (Form 1099-R instructions).
    // There is no five-year period to show for it.
    const r = await shownFor('roth-distribution', { payment: 'direct-rollover' });
    expect(r.headline).toBe('A direct rollover is not taxed now: all $5,000 moves to the new account.');
    expect(r.numbers['Qualified distribution']).toBe('Not tested: a direct rollover is not taxed');
    expect(r.numbers['Form 1099-R, box 7 code to expect']).toBe('H');
    expect(r.numbers['Five-year period began']).toBeUndefined();
    r.assertClean();
  });

  test('a qualified Roth distribution is tax-free whole, never "Earnings part $0"', async () => {
    // Born 1960-01-01: 59½ on 2019-07-01; first Roth year 2015, so the five years are met on 2020-01-01
    // (§402A(d)(2)): the example's $5,000 is a qualified distribution, all of it tax-free (§402A(d)(1)). Its
    // earnings (6% of it, $300) are not "$0"; they are simply not taxed.
    const r = await shownFor('roth-distribution', { birthDate: '1960-01-01', rothFirstContributionYear: '2015' });
    expect(r.headline).toBe('This is a qualified distribution: all $5,000 is tax-free.');
    expect(r.numbers['Tax-free part (a qualified distribution)']).toBe('$5,000');
    expect(r.numbers['Earnings part']).toBeUndefined();
    expect(r.numbers['Contributions part (tax-free)']).toBeUndefined();
    r.assertClean();
  });

  test('the contribution bar at 64 splits $35,750 planned for 2025 into $31,000 within the limit and $4,750 over', async () => {
    // 2025: §402(g) $23,500 + the age-50 catch-up $7,500 (64 is past the 60–63 tier, §414(v)(2)(E)) = $31,000;
    // $25,750 pre-tax + $10,000 Roth = $35,750; $35,750 − $31,000 = $4,750 over. Within + over = planned.
    const r = await shownFor('contribution-limits', { taxYear: '2025', birthDate: '1961-03-01', traditionalDeferrals: '25750', rothDeferrals: '10000' });
    expect(r.numbers['Total you can defer']).toBe('$31,000');
    expect(r.numbers['Excess deferral']).toBe('$4,750');
    expect(r.text).toContain('Your $35,750 of planned deferrals against your $31,000 limit');
    expect(r.text).toContain('Within the limit: $31,000');
    expect(r.text).toContain('Over the limit: $4,750');
    r.assertClean();
  });

  test('a catch-up that must be Roth is not also "left out of box 1 wages"', async () => {
    // 2026 at 50: $24,500 + $8,000 = $32,500, all planned pre-tax. 2025 FICA wages $170,000 > $150,000, so the
    // $8,000 catch-up must be Roth (§414(v)(7)): $32,500 − $8,000 = $24,500 left out of box 1, $8,000 taxed now.
    const r = await shownFor('contribution-limits', { taxYear: '2026', birthDate: '1976-06-01', priorYearFicaWages: '170000', traditionalDeferrals: '32500', rothDeferrals: '0' });
    expect(r.numbers['Catch-up that must move to Roth']).toBe('$8,000');
    expect(r.numbers['Left out of W-2 box 1 wages']).toBe('$24,500');
    expect(r.numbers['Taxed now (in box 1 wages)']).toBe('$8,000');
    r.assertClean();
  });

  test('a wash sale entered without dates or amount says so instead of "null" and "$0.00"', async () => {
    // An IRA purchase within 30 days disallows the whole loss (Rev. Rul. 2008-5); with no dates and no amount the
    // check can only say that.
    const r = await shownFor('loss', { situation: 'repurchase-in-ira', lossAmount: '' });
    expect(r.numbers['Days between sale and purchase']).toBe('No dates given (the window is 30 days before or after the sale)');
    expect(r.numbers['Loss disallowed']).toBe('All of it, if the purchase is within the window');
    expect(r.text).not.toMatch(/\bnull\b|\$0\.00/);
    r.assertClean();
  });

  test('a wash sale through an IRA without dates says every answer holds only if the purchase is within the window', async () => {
    // Rev. Rul. 2008-5 disallows the $3,000 loss only for an IRA purchase within 30 days of the sale (§1091(a)); with
    // no dates the check cannot say the purchase was, so "No" and "$3,000" alone would contradict the headline.
    const r = await shownFor('loss', { situation: 'repurchase-in-ira', lossAmount: '3000' });
    expect(r.headline).toBe('If your IRA bought the same stock within 30 days of the sale, the loss on the taxable sale is not deductible, now or later.');
    expect(r.numbers['Deductible']).toBe('No, if the purchase is within the window');
    expect(r.numbers['Wash sale']).toBe('If the purchase is within the window: loss disallowed (Rev. Rul. 2008-5)');
    expect(r.numbers['Loss disallowed']).toBe('$3,000, if the purchase is within the window');
    r.assertClean();
  });

  test('a taxable sale bought back by the plan is "not settled", never "not deductible" with "$0"', async () => {
    // The loss is on a taxable sale (a capital loss, §1211(b)); Rev. Rul. 2008-5 reaches IRA purchases only, so a
    // purchase in the plan 9 days later (March 1 → March 10, inside 30 days) leaves the deduction unsettled.
    const r = await shownFor('loss', { situation: 'repurchase-in-plan', lossAmount: '3000', saleDate: '2026-03-01', repurchaseDate: '2026-03-10' });
    expect(r.headline).toBe('Whether you can deduct the loss on the taxable sale is not settled: your 401(k) bought the same stock within the wash-sale window.');
    expect(r.numbers['Deductible']).toBe('Not settled');
    expect(r.numbers['Deductible amount']).toBeUndefined();
    expect(r.text).not.toContain('lowers what you will later take out');
    r.assertClean();
  });

  test('a reader leaving the job is offset what they owe, never the largest new loan, and is not asked about a new loan', async () => {
    // Leaving on 2026-09-30 owing the example's $18,000, no offset date: the plan offsets the $18,000 the day you leave
    // (no new loan is taken, so the $22,000 the example could borrow is not added). A qualified plan loan offset
    // (§402(c)(3)(C); Treas. Reg. §1.402(c)-3): roll it over by the 2026 return's extended due date, October 15, 2027
    // (April 15, 2027 + 6 months). Not rolled over at 46: 3,310 income tax (61,900 taxable: 8,330 − 5,020) + 10% × 18,000
    // (1,800) = 5,110. Form 1099-R: M with 1 (no exception at 46).
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl('loan', { leaving: 'leaving-job', separationDate: '2026-09-30' }));
    await hydrated(page, 'loan');
    await settled(page, 'loan');
    const result = page.locator('#check-loan .cr');
    expect(await result.locator('.cr-headline').first().textContent()).toBe('Your $18,000 unpaid loan is offset when you leave: roll it over by October 15, 2027; if not, it costs about $5,110 in federal tax.');
    const numbers = await numbersOf(page, 'loan');
    expectNumbers(numbers, { 'Loan offset': '$18,000', 'Offset on': 'September 30, 2026', 'Roll it over by': 'October 15, 2027', 'If not rolled over: total federal cost': '$5,110', 'Form 1099-R, box 7 code to expect': 'M1' });
    expect(numbers['Largest new loan']).toBeUndefined();
    // The new loan's questions, which the example answered, are not asked of someone leaving.
    for (const f of ['loanDate', 'highestBalanceLast12Months', 'requestedAmount']) expect(await page.locator(`#ln-${f}`).count(), f).toBe(0);
    expect(await page.locator('#ln-outstandingBalance').inputValue()).toBe('18000');
    // What is owed drives the offset: until the reader enters theirs, the result says it is still the example's.
    expect(await page.locator('#check-loan .cr-badge').textContent()).toBe('Partly example');
    expect(await page.locator('#check-loan .cr-in-use').textContent()).toContain('Still the example’s: Plan loans you owe.');
    // The printed inputs list what the reader was asked, dates written out, and no question the form no longer asks.
    await page.emulateMedia({ media: 'print' });
    const inputs = (await page.locator('#check-loan .cr-inputs').textContent()) ?? '';
    expect(inputs).toContain('Date you leave (or left) the employerSeptember 30, 2026');
    expect(inputs).not.toContain('Date of the new loan');
    assertClean();
  });

  test('a reader who stays and defaults is taxed on the whole loan, code L1, with no rollover', async () => {
    // Staying, the example's $18,000 owed + the $22,000 new loan = $40,000 deemed distributed on the loan date at 46
    // (§72(p)(1); Treas. Reg. §1.72(p)-1): 83,900 taxable → 1,240 + 4,560 + 22% × 33,500 (7,370) = 13,170 − 5,020 =
    // 8,150 income tax + 10% × 40,000 (4,000) = 12,150. Code L with 1; not rollable.
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl('loan', { leaving: 'staying' }));
    await hydrated(page, 'loan');
    await settled(page, 'loan');
    expectNumbers(await numbersOf(page, 'loan'), { 'Largest new loan': '$22,000', 'Treated as a distribution': '$40,000', 'Total federal cost': '$12,150', 'Form 1099-R, box 7 code to expect': 'L1', 'Can be rolled over': 'No' });
    assertClean();
  });

  test('a conversion paid to you and not put back says the money kept is taxed, never "$0 is converted"', async () => {
    // The example's $50,000 for a Roth IRA, paid to the reader at 44 with nothing put back yet: all of it is kept, so
    // it is a taxable distribution, not a conversion (§402(c)(3)): income tax 11,164 (as converted: 113,900 taxable →
    // 19,934 − 8,770), plus 10% × 50,000 = 5,000 before 59½ (§72(t)) → 16,164; 20% withheld = 10,000 (§3405(c)).
    const r = await shownFor('rollover', { method: '60-day' });
    expect(r.headline).toBe('The $50,000 you keep is taxed: about $16,164 of federal tax, including a $5,000 additional tax.');
    expect(r.numbers['Kept (not rolled over)']).toBe('$50,000');
    expect(r.numbers['Total federal cost']).toBe('$16,164');
    r.assertClean();
  });

  test('a date box keeps its focus ring while the keyboard is on its calendar button', async () => {
    // From the RMD check's year, Tab reaches the birth date's month, day and year, then its calendar button, where the
    // box lost its ring (WCAG 2.2, 2.4.7).
    const { page, assertClean } = await site.openPage();
    await page.goto(checkUrl('rmd'));
    await hydrated(page, 'rmd');
    await page.locator('#rm-distributionYear').focus();
    await pressTab(page, 4);
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return `${el.id} ${cs.outlineStyle} ${cs.outlineWidth}`;
    });
    expect(ring).toBe('rm-birthDate solid 3px');
    assertClean();
  });

  test('the hardship reason chosen is read whole on a phone, not cut off in a closed drop-down', async () => {
    // The example's reason, eviction or foreclosure (Treas. Reg. §1.401(k)-1(d)(3)(iii)(B)(5)), was shown at 360 px
    // as "Preventing eviction or foreclos…". Each reason is now a radio button with its whole label.
    const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(checkUrl('hardship'));
    await hydrated(page, 'hardship');
    const chosen = page.locator('#hd-reason-eviction-foreclosure');
    expect(await chosen.isChecked()).toBe(true);
    const label = page.locator('label[for="hd-reason-eviction-foreclosure"]');
    expect(await label.textContent()).toBe('Preventing eviction or foreclosure');
    expect(await label.evaluate((l) => l.scrollWidth <= l.clientWidth && l.getBoundingClientRect().right <= innerWidth)).toBe(true);
    expect(await page.locator('#check-hardship select#hd-reason').count()).toBe(0);
    assertClean();
  });

  test('a required choice left unanswered links its message to the choice’s first radio button, which Enter focuses', async () => {
    // The message's link went to #hd-reason, an id no element has (a choice is a group of radio buttons, each with an
    // id of its own), so following it went nowhere. Hardship reasons start with medical care.
    const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(checkUrl('hardship', { reason: '' }));
    await hydrated(page, 'hardship');
    await settled(page, 'hardship');
    const link = page.locator('#check-hardship .cr-errors a');
    expect(await link.textContent()).toBe('What the money is for: This field is required.');
    expect(await link.getAttribute('href')).toBe('#hd-reason-medical');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hd-reason-medical');
    expect(await page.locator('#hd-reason-medical').getAttribute('aria-invalid')).toBe('true');
    assertClean();
  });

  test('a hardship check with no plan needs ticked says "not given", never "Accepted by your plan: No"', async () => {
    // The field's help: leave all unticked if you do not know; the example ticks none.
    const r = await shownFor('hardship', { amountNeeded: '5000' });
    expect(r.numbers['Accepted by your plan']).toBe('Not given; check your plan’s terms');
    r.assertClean();
  });

  test('a hardship result states its numbers in whole dollars', async () => {
    // The example's $14,841.27 withdrawal, $1,484.13 additional tax and $4,099.21 cost, to the nearest dollar.
    const r = await shownFor('hardship', {});
    expect(r.numbers['Withdrawal needed to net your amount']).toBe('$14,841');
    expect(r.headline).toBe('To have $10,000 in hand after taxes, withdraw about $14,841; it costs about $4,099 in federal tax.');
    expect(Object.values(r.numbers).filter((v) => /\$[\d,]+\.\d\d/.test(v))).toEqual([]);
    r.assertClean();
  });

  test('a hardship need the balance cannot cover says so instead of "$0.00"', async () => {
    // 80,000 nets at most 80,000 − 8,000 − 17,314 − 4,000 = 50,686 < 90,000.
    const r = await shownFor('hardship', { amountNeeded: '90000' });
    expect(r.numbers['Withdrawal needed to net your amount']).toBe('Your vested balance cannot cover this need');
    expect(r.headline).toBe('Your vested balance cannot cover $90,000 after taxes; the most it gives is shown below.');
    r.assertClean();
  });
});

describe('a link carrying a scenario', () => {
  test('opens on a phone at the scenario’s result without the reader scrolling, and never shows the example for it', async () => {
    const { page, assertClean } = await site.openPage({ viewport: { width: 360, height: 740 } });
    // The check's island arrives late, so the page is seen before the check has read the link.
    await page.route(/\/_astro\/Loan\.[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    // No #check-loan: the form starts below the fold at 360 px.
    await page.goto(site.url('/checks/loan/?ln.v=1&ln.vestedBalance=60000'), { waitUntil: 'domcontentloaded' });
    expect(await page.locator('#check-loan .cr-badge').isVisible()).toBe(false);
    await page.locator('#check-loan .cf[data-live]').waitFor();
    await settled(page, 'loan');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // Half of 60,000 = 30,000 < 41,000; 30,000 − 18,000 owed = 12,000 (§72(p)(2)(A)). The other inputs are the example's.
    expect(await page.locator('#check-loan .cr-badge').textContent()).toBe('Partly example');
    expectNumbers(await numbersOf(page, 'loan'), { 'Largest new loan': '$12,000' });
    assertClean();
  });
});

describe('a check on a guide', () => {
  // The checks' own behaviour is tested above on their pages; what a guide adds is two checks on one page.
  test('two checks on one guide each keep their own scenario in the URL, and the link restores both', async () => {
    const { page, assertClean } = await site.openPage();
    const both = ['exceptions', 'early-withdrawal'] as const;
    const cases = both.map((id) => ready.find((c) => c.id === id)!);
    await page.goto(site.url('/guides/rule-of-55/'));
    for (const c of cases) {
      // A check further down a guide starts when the reader scrolls to it (client:visible); in a guide it is a card
      // until the reader asks for it.
      await page.locator(`#check-${c.id}`).scrollIntoViewIfNeeded();
      await hydrated(page, c.id);
      await page.locator(`#check-${c.id} .cc-try`).click();
      // A box the field waits for (the exception finder's public safety employee) is ticked first.
      for (const [name, v] of Object.entries(c.keyboard.start ?? {})) if (v === 'true') await page.locator(`#${island(c.id).ns}-${name}`).check();
      const field = page.locator(`#${island(c.id).ns}-${c.keyboard.field}`);
      await field.fill(c.keyboard.value);
      await field.blur();
      await settled(page, c.id);
    }
    const url = page.url();
    for (const c of cases) expect(url).toContain(`${island(c.id).ns}.${c.keyboard.field}=${c.keyboard.value}`);
    await page.goto('about:blank');
    await page.goto(url);
    for (const c of cases) {
      await page.locator(`#check-${c.id}`).scrollIntoViewIfNeeded();
      await hydrated(page, c.id);
      await settled(page, c.id);
      expect(await page.locator(`#${island(c.id).ns}-${c.keyboard.field}`).inputValue(), c.id).toBe(c.keyboard.value);
      expectNumbers(await numbersOf(page, c.id), c.keyboard.expect);
    }
    assertClean();
  });
});
