/**
 * Request fields shared by several checks. Field names are the public names used by the islands, the URLs and the
 * `whatif` command; error `field` paths equal them. Rename never; add new optional fields instead.
 */
import { FILING_STATUSES } from '../../data/statuses.ts';
import { prose } from '../../data/prose.ts';
import { ruleParameters } from '../../data/parameters.ts';
import { boolean, date, integer, money, oneOf, optional, percent, withDefault } from './request-kit.ts';
import { ACCOUNT_TYPE_LABELS, FILING_STATUS_LABELS } from './choice-labels.ts';

/**
 * How a plan accounts for after-tax (non-Roth) contributions: pro rata over the whole account (§72(e)(8)), as a separate
 * contract with its own earnings (§72(d)(2)), or with pre-1987 contributions recoverable first (§72(e)(8)(D)).
 */
export const AFTER_TAX_ACCOUNTING = ['pro-rata', 'separate-contract', 'pre-1987-first'] as const;

/**
 * IRC §72(t)(10): the kinds of public safety employee, every kind that counts today; which count on a given date is
 * the dated parameter `public-safety-roles` in `src/data/rules.ts`.
 */
export const PUBLIC_SAFETY_ROLES = ruleParameters['public-safety-roles'].values.at(-1)!.value;
export type PublicSafetyRole = (typeof PUBLIC_SAFETY_ROLES)[number];

/** The form sections of the withdrawal-style checks, shared so each check's form reads the same. */
export const GROUPS = {
  money: 'Traditional or Roth money',
  leaving: 'Leaving your employer',
  payment: 'How it is paid, rolled over and withheld',
  exceptions: 'Exceptions you believe apply',
  return: 'The rest of your tax return',
  loanLeaving: 'If you leave the job or the plan ends',
  loanDefault: 'The cost if the loan is not repaid',
  rolloverBasis: 'After-tax basis and Roth 401(k) details',
  ira: 'From an IRA instead, to compare',
} as const;

export { ACCOUNT_TYPE_LABELS, FILING_STATUS_LABELS } from './choice-labels.ts';

/** A spouse's age-65 and blindness amounts go on a joint return, and on a separate one when the spouse had no gross
 * income (IRC §63(f)(1)(B), (2)(B); §151(b)). */
const SPOUSE_AMOUNT_STATUSES = ['married-filing-jointly', 'married-filing-separately'] as const;
const SPOUSE_NO_GROSS_INCOME = {
  label: 'Married filing separately: your spouse had no gross income, files no return and is no one’s dependent',
  help: 'Only then do your spouse’s age 65 and blindness add to your standard deduction.',
  group: GROUPS.return,
  shownWhen: { field: 'filingStatus', is: 'married-filing-separately' },
} as const;

/** IRC §63(c)(6)(A): on a separate return whose spouse itemizes, the standard deduction is zero. */
const SPOUSE_ITEMIZES = {
  label: 'Married filing separately: your spouse itemizes deductions',
  help: 'Then your standard deduction is zero, so enter your own itemized deductions.',
  group: GROUPS.return,
  shownWhen: { field: 'filingStatus', is: 'married-filing-separately' },
} as const;

/** The federal return the distribution lands on. */
export const returnFields = {
  filingStatus: withDefault(oneOf(FILING_STATUSES, { label: 'Filing status', choices: FILING_STATUS_LABELS }), 'single'),
  otherIncome: withDefault(money({ label: 'Other income this year', help: 'Adjusted gross income from everything else this year, before this distribution.' }), 0),
  spouseBirthDate: optional(date({ label: 'Spouse’s birth date', help: 'For the age-65 deductions: on a joint return, or a separate one if your spouse had no gross income.', group: GROUPS.return, shownWhen: { field: 'filingStatus', is: SPOUSE_AMOUNT_STATUSES } })),
  blind: withDefault(boolean({ label: 'You are blind', help: 'For the additional standard deduction.', group: GROUPS.return }), false),
  spouseBlind: withDefault(boolean({ label: 'Your spouse is blind', help: 'On a joint return, or a separate one if your spouse had no gross income.', group: GROUPS.return, shownWhen: { field: 'filingStatus', is: SPOUSE_AMOUNT_STATUSES } }), false),
  spouseNoGrossIncome: withDefault(boolean(SPOUSE_NO_GROSS_INCOME), false),
  spouseItemizes: withDefault(boolean(SPOUSE_ITEMIZES), false),
  itemizedDeductions: optional(money({ label: 'Itemized deductions, if you itemize', help: 'The larger of these and the standard deduction is used.', group: GROUPS.return })),
  stateTaxRate: optional(percent({ label: 'Your state income-tax rate, your own estimate', help: 'Shown apart, never computed from federal rules.', group: GROUPS.return })),
  socialSecurityBenefits: withDefault(money({ label: 'Social Security benefits this year', help: 'Before Medicare premiums: Form SSA-1099, box 5.', group: GROUPS.return }), 0),
  taxExemptInterest: withDefault(money({ label: 'Tax-exempt interest this year', help: 'It counts toward the income that makes benefits taxable.', group: GROUPS.return }), 0),
  livedApartFromSpouseAllYear: withDefault(boolean({ label: 'Married filing separately: you lived apart from your spouse for the whole year', group: GROUPS.return, shownWhen: { field: 'filingStatus', is: 'married-filing-separately' } }), false),
};

/**
 * A distribution from a 401(k): who, when, how much, from what kind of money, leaving the employer, and how it is paid.
 * The withdrawal checks add each exception's own questions after these (`withdrawal/fields.ts`).
 */
export const baseDistributionFields = {
  distributionDate: date({ label: 'Date the distribution is paid', help: 'Its year is the tax year.', setsTaxYear: true }),
  birthDate: date({ label: 'Your birth date', help: 'The participant’s.' }),
  amount: money({ label: 'Gross amount of the distribution' }),
  // §402A(d)(4): §72 applies to a designated Roth account separately from the plan's other money, so the pro rata
  // split (§72(e)(8)) uses the balance of the kind of money paid out; the caps of §72(t)(2)(I), (K) and (N) use the
  // whole plan (otherVestedBalance).
  vestedBalance: money({ label: 'Vested balance before the distribution', help: 'Of the kind of money it is paid from: a Roth 401(k)’s Roth account alone, or traditional money without any Roth account. The law taxes the two as separate accounts.' }),
  accountType: withDefault(oneOf(['traditional', 'roth'] as const, { label: 'Kind of money', help: 'Traditional (pre-tax) money, or a Roth 401(k) (designated Roth account).', group: GROUPS.money, choices: ACCOUNT_TYPE_LABELS }), 'traditional'),
  afterTaxBasis: withDefault(money({ label: 'After-tax contributions not yet recovered', help: 'Traditional account: after-tax (non-Roth) contributions.', group: GROUPS.money, shownWhen: { field: 'accountType', is: 'traditional' } }), 0),
  afterTaxAccounting: withDefault(
    oneOf(AFTER_TAX_ACCOUNTING, {
      label: 'How the plan accounts for after-tax contributions',
      help: 'Ask your plan.',
      group: GROUPS.money,
      shownWhen: { field: 'accountType', is: 'traditional' },
      choices: { 'pro-rata': 'Pro rata over the whole account', 'separate-contract': 'A separate after-tax subaccount pays this distribution', 'pre-1987-first': 'Pre-1987 contributions first' },
    }),
    'pro-rata',
  ),
  afterTaxSubaccountBalance: optional(money({ label: 'Separate after-tax subaccount: its balance before the distribution', help: 'Contributions and their earnings.', group: GROUPS.money, requiredWhen: { field: 'afterTaxAccounting', is: 'separate-contract' } })),
  pre1987Basis: withDefault(money({ label: 'Pre-1987 after-tax contributions not yet recovered', help: 'Part of the after-tax contributions above.', group: GROUPS.money, shownWhen: { field: 'afterTaxAccounting', is: 'pre-1987-first' } }), 0),
  otherVestedBalance: withDefault(money({ label: 'Vested balance of the plan’s other kind of money', help: 'Roth if this is paid from traditional money, traditional if from Roth. It does not change what is taxed; it counts in the caps figured on your whole vested balance (emergency, domestic abuse, long-term care).', group: GROUPS.money }), 0),
  rothBasis: withDefault(money({ label: 'Your Roth contributions in the account', help: 'Roth 401(k): your designated Roth contributions.', group: GROUPS.money, shownWhen: { field: 'accountType', is: 'roth' } }), 0),
  rothFirstContributionYear: optional(
    integer({ label: 'First year of a Roth contribution to this plan', help: 'Roth 401(k): it starts the five-taxable-year period.', group: GROUPS.money, requiredWhen: { field: 'accountType', is: 'roth' } }, 1980, 2200, 'tax-year'),
  ),
  rothRolledInFirstYear: optional(
    integer({ label: 'First Roth contribution year of an earlier plan', help: 'Roth 401(k): only if that plan’s Roth account was moved into this one by direct rollover.', group: GROUPS.money, shownWhen: { field: 'accountType', is: 'roth' } }, 1980, 2200, 'tax-year'),
  ),
  separatedFromPlanEmployer: withDefault(boolean({ label: 'You have left the employer whose plan pays this distribution', group: GROUPS.leaving }), false),
  separationDate: optional(date({ label: 'Date you left that employer', group: GROUPS.leaving, requiredWhen: { field: 'separatedFromPlanEmployer', is: true } })),
  publicSafetyEmployee: withDefault(boolean({ label: 'You are a qualified public safety employee', help: 'In a governmental plan, or a firefighter in a private-sector plan.', group: GROUPS.leaving }), false),
  yearsOfService: optional(integer({ label: 'Years of service under the plan when you separated', unit: 'years', group: GROUPS.leaving, shownWhen: { field: 'publicSafetyEmployee', is: true } }, 0, 80, 'count')),
  publicSafetyRole: optional(
    oneOf(PUBLIC_SAFETY_ROLES, {
      label: 'Your public safety role',
      group: GROUPS.leaving,
      shownWhen: { field: 'publicSafetyEmployee', is: true },
      choices: {
        'state-local-police-fire-ems': 'State or local police, firefighter or EMS',
        federal: 'Federal law enforcement, firefighter, customs, border or air traffic',
        'state-local-corrections': 'State or local corrections officer',
        'private-sector-firefighter': 'Firefighter in a private-sector plan',
      },
    }),
  ),
  payment: withDefault(
    oneOf(['to-participant', 'direct-rollover'] as const, { label: 'How it is paid', group: GROUPS.payment, choices: { 'to-participant': 'Paid to you', 'direct-rollover': 'Direct rollover to an IRA or another plan' } }),
    'to-participant',
  ),
  rolledOverWithin60Days: withDefault(money({ label: prose('Part you put into an IRA or plan within {rollover-window-days} days'), group: GROUPS.payment, shownWhen: { field: 'payment', is: 'to-participant' } }), 0),
  // §401(a)(9)(C)(ii)(I): ownership counts for the plan year ending in the calendar year of the applicable age, as in
  // the rmd check's question; selling down later does not restore the still-working delay.
  fivePercentOwner: withDefault(boolean({ label: prose('You owned more than {rmd-five-percent-owner-share}% of the employer that maintains the plan in the year you reached your RMD age'), help: 'A 5-percent owner for the plan year ending in that year, even if you own less now; it decides whether required minimum distributions can wait until you retire.', group: GROUPS.leaving }), false),
  planOffersStillWorkingDelay: withDefault(boolean({ label: 'The plan lets participants who still work there delay RMDs until they retire', help: 'Most plans do.', group: GROUPS.leaving }), true),
  rmdStillToTake: optional(money({ label: 'Part of this year’s RMD still to be taken before this payment', help: 'Only in a year an RMD is due from this plan; 0 if it was taken.', group: GROUPS.payment })),
  otherRolloverEligibleThisYear: withDefault(money({ label: 'Other payments from this plan to you this year that could be rolled over', help: prose('Received or expected this year, apart from this one: when a year’s total is small, the plan need not withhold the {mandatory-withholding-rate}%.'), group: GROUPS.payment, shownWhen: { field: 'payment', is: 'to-participant' } }), 0),
  withholdingRate: optional(percent({ label: 'Withholding rate you elect on Form W-4R', help: prose('The {mandatory-withholding-rate}% withheld from a payment that could be rolled over cannot be lowered.'), group: GROUPS.payment, shownWhen: { field: 'payment', is: 'to-participant' } })),
};

/** The early-withdrawal check's choice of a traditional IRA instead of the 401(k); the IRA-only exceptions add theirs. */
export const planTypeField = {
  planType: withDefault(
    oneOf(['401k', 'ira'] as const, { label: 'Where the money comes from', help: 'This 401(k), or a traditional IRA (for example after rolling the 401(k) over).', group: GROUPS.ira, choices: { '401k': 'This 401(k)', ira: 'A traditional IRA' } }),
    '401k',
  ),
  iraRolloverInPrior12Months: withDefault(
    boolean({
      label: prose('From an IRA: you already rolled over, IRA to IRA, a distribution received in the {ira-rollover-limit-months} months before this one'),
      help: 'Count all your IRAs, traditional and Roth. Direct transfers between IRAs, conversions to a Roth IRA and rollovers from employer plans do not count.',
      group: GROUPS.ira,
      shownWhen: { field: 'planType', is: 'ira' },
    }),
    false,
  ),
};
