/**
 * State income tax on 401(k) distributions, for the 50 states and the District of Columbia. A state's entry is
 * `verified` only when its treatment was read on that state's own official site (revenue department or state code),
 * with the page and the date it was checked; every other state is `unverified` and the site shows it as "not yet
 * verified — check with the state", never a guess. Amounts are whole dollars as the state's page states them, for the
 * tax year the page covers.
 */

/** Whether the state taxes a 401(k) distribution that is in federal adjusted gross income. */
export type StateTreatment =
  | 'no-income-tax'
  | 'exempt' // the state subtracts 401(k) distributions from its income
  | 'taxed' // taxed like other income, with no exclusion for retirement income
  | 'taxed-with-exclusion'; // taxed, but part may be excluded (age, amount)

/** A retirement-income exclusion: who qualifies, and the most that can be excluded. */
export type RetirementExclusion = {
  /** Who qualifies, in the state's own terms (age, disability, income). */
  who: string;
  /** Maximum amounts, each with what it applies to; empty when all qualifying retirement income is excluded. */
  amounts: readonly { usd: number; per: string }[];
  /** An income above which the exclusion is not available, if any. */
  incomeLimitUsd?: number;
  /** What else the reader must know (the kind of payment that qualifies, phase-outs). */
  note?: string;
};

/** A state tax on early distributions on top of the state's income tax. */
export type StateEarlyDistributionTax = { ratePercent: number; form: string; note?: string };

export type VerifiedState = {
  code: string;
  name: string;
  status: 'verified';
  treatment: StateTreatment;
  exclusion: RetirementExclusion | null;
  /** `none-stated` when the page read does not address it: shown as not verified, never as "none". */
  earlyDistributionTax: StateEarlyDistributionTax | 'none-stated';
  /** The state's own page the entry was read on. */
  source: { title: string; url: string };
  /** The date the page was read (YYYY-MM-DD). */
  checked: string;
};
export type UnverifiedState = { code: string; name: string; status: 'unverified' };
export type StateEntry = VerifiedState | UnverifiedState;

const unverified = (code: string, name: string): UnverifiedState => ({ code, name, status: 'unverified' });
const CHECKED = '2026-12-01';

export const states: readonly StateEntry[] = [
  unverified('AL', 'Alabama'),
  unverified('AK', 'Alaska'),
  unverified('AZ', 'Arizona'),
  unverified('AR', 'Arkansas'),
  {
    code: 'CA', name: 'California', status: 'verified',
    // FTB: early distributions are in federal AGI, carried to the California return; 2.5% additional tax (6% for a
    // SIMPLE plan in its first two years), reported on Form FTB 3805P.
    treatment: 'taxed',
    exclusion: null,
    earlyDistributionTax: { ratePercent: 2.5, form: 'Form FTB 3805P', note: 'on the early distribution, beside the federal additional tax' },
    source: { title: 'California Franchise Tax Board — Early distributions (early withdrawal from retirement plans)', url: 'https://www.ftb.ca.gov/file/personal/income-types/early-distributions.html' },
    checked: CHECKED,
  },
  {
    code: 'CO', name: 'Colorado', status: 'verified',
    // CDOR, information for retirees: a pension/annuity subtraction from 55 (at the end of the year), or for a
    // beneficiary of any age after the earner's death: the smaller of $20,000 (under 65) or $24,000 (65 or older) and
    // the taxable pension or annuity income; each spouse separately.
    treatment: 'taxed-with-exclusion',
    exclusion: {
      who: '55 or older on the last day of the tax year, or a beneficiary of any age receiving it because of a death',
      amounts: [
        { usd: 20_000, per: 'person under 65' },
        { usd: 24_000, per: 'person 65 or older' },
      ],
      note: 'each spouse qualifies and subtracts separately; Colorado’s guidance (FYI Income 25) says which payments count',
    },
    earlyDistributionTax: 'none-stated',
    source: { title: 'Colorado Department of Revenue — Individual income tax: information for retirees', url: 'https://tax.colorado.gov/retirees' },
    checked: CHECKED,
  },
  unverified('CT', 'Connecticut'),
  unverified('DE', 'Delaware'),
  unverified('DC', 'District of Columbia'),
  unverified('FL', 'Florida'),
  unverified('GA', 'Georgia'),
  unverified('HI', 'Hawaii'),
  unverified('ID', 'Idaho'),
  {
    code: 'IL', name: 'Illinois', status: 'verified',
    // IDOR: the federally taxed part of distributions from qualified employee benefit plans, 401(k) plans included, is
    // subtracted on Form IL-1040 (Schedule M / line 5).
    treatment: 'exempt',
    exclusion: null,
    earlyDistributionTax: 'none-stated',
    source: { title: 'Illinois Department of Revenue — Social Security benefits and certain retirement plans', url: 'https://tax.illinois.gov/individuals/pension.html' },
    checked: CHECKED,
  },
  unverified('IN', 'Indiana'),
  {
    code: 'IA', name: 'Iowa', status: 'verified',
    // Iowa DOR, retirement income tax guidance (House File 2317, Division VI): from tax year 2023, retirement income
    // from pension and retirement plans, defined contribution plans and IRAs included, is excluded for a taxpayer 55 or
    // older on December 31, disabled, or a qualifying survivor; for a couple, only the qualifying spouse's income.
    treatment: 'taxed-with-exclusion',
    exclusion: {
      who: '55 or older on December 31 of the tax year, disabled, or a surviving spouse or other qualifying survivor',
      amounts: [],
      note: 'for tax years from 2023; on a joint return, only the income of a spouse who qualifies',
    },
    earlyDistributionTax: 'none-stated',
    source: { title: 'Iowa Department of Revenue — Retirement income tax guidance', url: 'https://tax.iowa.gov/retirement-income-tax-guidance' },
    checked: CHECKED,
  },
  unverified('KS', 'Kansas'),
  unverified('KY', 'Kentucky'),
  unverified('LA', 'Louisiana'),
  unverified('ME', 'Maine'),
  unverified('MD', 'Maryland'),
  {
    code: 'MA', name: 'Massachusetts', status: 'verified',
    // Mass. DOR table: 401(k) contributions deferred, distributions "fully taxable"; qualified designated Roth
    // distributions generally not taxable.
    treatment: 'taxed',
    exclusion: null,
    earlyDistributionTax: 'none-stated',
    source: { title: 'Massachusetts Department of Revenue — Tax treatment of retirement plan contributions and distributions', url: 'https://www.mass.gov/info-details/view-tax-treatment-of-retirement-plan-contributions-and-distributions' },
    checked: CHECKED,
  },
  unverified('MI', 'Michigan'),
  unverified('MN', 'Minnesota'),
  unverified('MS', 'Mississippi'),
  unverified('MO', 'Missouri'),
  unverified('MT', 'Montana'),
  unverified('NE', 'Nebraska'),
  unverified('NV', 'Nevada'),
  unverified('NH', 'New Hampshire'),
  {
    code: 'NJ', name: 'New Jersey', status: 'verified',
    // NJ Division of Taxation, retirement income exclusions: 62 or older (or disabled) on December 31, total income
    // $150,000 or less; up to $100,000 joint, $50,000 separate, $75,000 single or head of household when total income
    // is $100,000 or less, a percentage of the pension between $100,001 and $150,000.
    treatment: 'taxed-with-exclusion',
    exclusion: {
      who: '62 or older, or disabled, on the last day of the tax year',
      amounts: [
        { usd: 100_000, per: 'married filing jointly' },
        { usd: 75_000, per: 'single, head of household or qualifying widow(er)' },
        { usd: 50_000, per: 'married filing separately' },
      ],
      incomeLimitUsd: 150_000,
      note: 'the full amounts apply when total income is $100,000 or less; above that, only a percentage of the pension income can be excluded',
    },
    earlyDistributionTax: 'none-stated',
    source: { title: 'New Jersey Division of Taxation — Retirement income exclusions', url: 'https://www.nj.gov/treasury/taxation/njit7.shtml' },
    checked: CHECKED,
  },
  unverified('NM', 'New Mexico'),
  {
    code: 'NY', name: 'New York', status: 'verified',
    // NY DTF, information for seniors: a private pension and annuity exclusion of up to $20,000 from 59½ (amounts
    // received after turning 59½ in the year you do); government pensions are not taxed.
    treatment: 'taxed-with-exclusion',
    exclusion: {
      who: '59½ or older (in the year you turn 59½, only what is paid after that date)',
      amounts: [{ usd: 20_000, per: 'person' }],
      note: 'private pension and annuity income in federal adjusted gross income; the Form IT-201 instructions list which 401(k) payments qualify (periodic payments)',
    },
    earlyDistributionTax: 'none-stated',
    source: { title: 'New York State Department of Taxation and Finance — Information for seniors (pension and annuity income)', url: 'https://www.tax.ny.gov/pit/file/information_for_seniors.htm' },
    checked: CHECKED,
  },
  unverified('NC', 'North Carolina'),
  unverified('ND', 'North Dakota'),
  unverified('OH', 'Ohio'),
  unverified('OK', 'Oklahoma'),
  unverified('OR', 'Oregon'),
  unverified('PA', 'Pennsylvania'),
  unverified('RI', 'Rhode Island'),
  unverified('SC', 'South Carolina'),
  unverified('SD', 'South Dakota'),
  unverified('TN', 'Tennessee'),
  unverified('TX', 'Texas'),
  unverified('UT', 'Utah'),
  unverified('VT', 'Vermont'),
  unverified('VA', 'Virginia'),
  unverified('WA', 'Washington'),
  unverified('WV', 'West Virginia'),
  unverified('WI', 'Wisconsin'),
  unverified('WY', 'Wyoming'),
];
