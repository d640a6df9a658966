/**
 * Request fields shared by several checks. Field names are the public names used by the islands, the URLs and the
 * `whatif` command; error `field` paths equal them. Rename never; add new optional fields instead.
 */
import { EXCEPTION_IDS, FILING_STATUSES } from '../../data/index.ts';
import { boolean, date, integer, money, oneOf, optional, percent, setOf, withDefault } from './request-kit.ts';

/**
 * How a plan accounts for after-tax (non-Roth) contributions: pro rata over the whole account (§72(e)(8)), as a separate
 * contract with its own earnings (§72(d)(2)), or with pre-1987 contributions recoverable first (§72(e)(8)(D)).
 */
export const AFTER_TAX_ACCOUNTING = ['pro-rata', 'separate-contract', 'pre-1987-first'] as const;

/** What a reader can claim in a request: rollovers are described by the payment fields, and 59½ by the dates. */
export const CLAIMABLE_EXCEPTION_IDS = EXCEPTION_IDS.filter((id) => id !== 'rollover' && id !== 'age-59-half');

/**
 * IRC §72(t)(10): the kinds of public safety employee. State and local police, firefighters and emergency medical
 * services providers, and (since 2016) the federal officers of §8331 and §8401 of title 5, are long-standing; state and
 * local corrections officers and private-sector firefighters count only for distributions after December 29, 2022
 * (SECURE 2.0 Act §§308 and 330).
 */
export const PUBLIC_SAFETY_ROLES = ['state-local-police-fire-ems', 'federal', 'state-local-corrections', 'private-sector-firefighter'] as const;
export type PublicSafetyRole = (typeof PUBLIC_SAFETY_ROLES)[number];

/** The federal return the distribution lands on. */
export const returnFields = {
  filingStatus: withDefault(oneOf(FILING_STATUSES, 'Federal filing status'), 'single'),
  otherIncome: withDefault(money('Adjusted gross income from everything else this year, before this distribution (dollars)'), 0),
  spouseBirthDate: optional(date('Spouse’s birth date, for the age-65 deductions on a joint return')),
  blind: withDefault(boolean('You are blind (additional standard deduction)'), false),
  spouseBlind: withDefault(boolean('Your spouse is blind (joint return)'), false),
  itemizedDeductions: optional(money('Itemized deductions, if you itemize (dollars); the larger of these and the standard deduction is used')),
  stateTaxRate: optional(percent('Your own estimate of your state income-tax rate on this income (percent); shown apart, never computed from federal rules')),
  socialSecurityBenefits: withDefault(money('Social Security benefits this year, before Medicare premiums (Form SSA-1099, box 5) (dollars)'), 0),
  taxExemptInterest: withDefault(money('Tax-exempt interest this year (it counts toward the income that makes benefits taxable) (dollars)'), 0),
  livedApartFromSpouseAllYear: withDefault(boolean('Married filing separately: you lived apart from your spouse for the whole year'), false),
};

/** A distribution from a 401(k): who, when, how much, from what kind of money, and the facts each exception needs. */
export const distributionFields = {
  distributionDate: date('Date the distribution is paid; its year is the tax year'),
  birthDate: date('Your birth date (the participant’s)'),
  amount: money('Gross amount of the distribution (dollars)'),
  vestedBalance: money('Vested balance of the account before the distribution (dollars)'),
  accountType: withDefault(oneOf(['traditional', 'roth'] as const, 'Traditional (pre-tax) money or a Roth 401(k) (designated Roth account)'), 'traditional'),
  afterTaxBasis: withDefault(money('Traditional account: after-tax (non-Roth) contributions not yet recovered (dollars)'), 0),
  afterTaxAccounting: withDefault(oneOf(AFTER_TAX_ACCOUNTING, 'Traditional account with after-tax contributions: split pro rata over the whole account, within a separate after-tax subaccount that pays this distribution, or pre-1987 contributions first (ask your plan)'), 'pro-rata'),
  afterTaxSubaccountBalance: optional(money('Separate after-tax subaccount: its balance before the distribution, contributions and their earnings (dollars)')),
  pre1987Basis: withDefault(money('Pre-1987 after-tax contributions not yet recovered, part of the after-tax contributions above (dollars)'), 0),
  rothBasis: withDefault(money('Roth 401(k): your designated Roth contributions in the account (dollars)'), 0),
  rothFirstContributionYear: optional(integer('Roth 401(k): the first year you made a Roth contribution to this plan', 1980, 2200)),
  rothRolledInFirstYear: optional(integer('Roth 401(k): the first Roth contribution year of an earlier plan whose Roth account was moved in by direct rollover', 1980, 2200)),
  separatedFromPlanEmployer: withDefault(boolean('You have left the employer whose plan pays this distribution'), false),
  separationDate: optional(date('Date you left that employer')),
  publicSafetyEmployee: withDefault(boolean('Qualified public safety employee in a governmental plan, or a private-sector firefighter'), false),
  yearsOfService: optional(integer('Years of service under the plan when you separated', 0, 80)),
  publicSafetyRole: optional(oneOf(PUBLIC_SAFETY_ROLES, 'Public safety employee: state or local police, firefighter or EMS; federal officer; state or local corrections officer; or firefighter in a private-sector plan')),
  payment: withDefault(oneOf(['to-participant', 'direct-rollover'] as const, 'Paid to you, or moved by direct rollover to an IRA or another plan'), 'to-participant'),
  rolledOverWithin60Days: withDefault(money('Part of the payment you put into an IRA or plan within 60 days (dollars)'), 0),
  fivePercentOwner: withDefault(boolean('You own more than 5% of the employer that maintains the plan (a 5-percent owner)'), false),
  planOffersStillWorkingDelay: withDefault(boolean('The plan lets participants who still work there delay RMDs until they retire (most do)'), true),
  rmdStillToTake: optional(money('This year’s RMD from this plan still to be taken before this payment (dollars); asked when an RMD is due this year, 0 if you have taken it')),
  withholdingRate: optional(percent('Withholding rate you elect on Form W-4R (percent); the 20% on an eligible rollover distribution cannot be lowered')),
  claims: withDefault(setOf(CLAIMABLE_EXCEPTION_IDS, 'Exceptions to the 10% additional tax you believe apply'), []),
  medicalExpenses: withDefault(money('Medical expenses paid this year, not reimbursed (dollars)'), 0),
  birthAdoptionChildren: withDefault(integer('Children born or adopted (birth or adoption exception)', 0, 20), 0),
  birthAdoptionDate: optional(date('Date of the birth or the finalized adoption')),
  birthAdoptionPriorDistributions: withDefault(money('Birth or adoption distributions you already took for the same child or children, from any plan or IRA (dollars)'), 0),
  priorEmergencyWithinThreeYears: withDefault(boolean('You took an emergency personal expense distribution this year or in the previous three years and have not repaid it'), false),
  priorEmergencyDate: optional(date('Date of that earlier emergency personal expense distribution')),
  priorEmergencyUnrepaid: optional(money('Part of that earlier emergency distribution not repaid (dollars)')),
  contributionsSincePriorEmergency: withDefault(money('Your elective deferrals and employee contributions to the plan since that earlier emergency distribution (dollars)'), 0),
  domesticAbuseDate: optional(date('Date of the domestic abuse')),
  terminalIllnessCertified: withDefault(boolean('A physician has certified a terminal illness'), false),
  disasterIncidentStart: optional(date('First day of the disaster’s incident period')),
  disasterDeclarationDate: optional(date('Date of the federal major-disaster declaration')),
  disasterPriorDistributions: withDefault(money('Disaster recovery distributions already taken for this disaster, all plans and IRAs (dollars)'), 0),
  disasterElectOut: withDefault(boolean('Elect to include the whole disaster distribution in this year’s income instead of spreading it over three years'), false),
  reservistOrderedOver179Days: withDefault(boolean('Reservist ordered or called to active duty for more than 179 days or indefinitely'), false),
  reservistDistributionDuringDuty: withDefault(boolean('The distribution is paid during that active-duty period'), false),
  activeDutyEndDate: optional(date('Day your active-duty period ends or is expected to end (for the repayment window)')),
  seppStartDate: optional(date('Date the substantially equal periodic payments began')),
  seppModificationDate: optional(date('Date the series was changed (a payment skipped, changed or added), if it was')),
  seppPaymentsBeforeModification: withDefault(money('Taxable payments of the series received before 59½ and before that change (dollars)'), 0),
  longTermCarePremiums: withDefault(money('Long-term care insurance premiums paid this year for you or your spouse (dollars)'), 0),
  planOffersLongTermCare: withDefault(boolean('Your plan offers long-term care distributions'), false),
};

/**
 * The early-withdrawal check's choice of a traditional IRA instead of the 401(k), and the amounts the IRA-only
 * exceptions are measured by (IRC §72(t)(2)(D)–(F)).
 */
export const iraFields = {
  planType: withDefault(oneOf(['401k', 'ira'] as const, 'Where the money comes from: this 401(k), or a traditional IRA (for example after rolling the 401(k) over)'), '401k'),
  firstHomePriorDistributions: withDefault(money('IRA: first-home distributions you already took in earlier years (dollars); the limit is for your lifetime'), 0),
  higherEducationExpenses: optional(money('IRA: qualified higher education expenses paid this year (dollars)')),
  healthInsurancePremiums: optional(money('IRA: health insurance premiums paid this year while unemployed (dollars)')),
};
