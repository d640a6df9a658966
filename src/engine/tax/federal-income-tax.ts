/**
 * Regular federal income tax for one return, computed with the exact rate schedule (IRC §1(j); the Tax Computation
 * Worksheet method) in cents. Deductions: the standard deduction with the additional amounts for age 65 or blindness
 * (IRC §63(c), (f); Pub. 501's day-before-the-birthday rule), or itemized deductions if larger, and from 2025 the
 * senior deduction of P.L. 119-21 §70103, which is claimed either way. Social Security benefits enter AGI by their
 * taxable part (IRC §86; Pub. 915, Worksheet 1), so every "tax with − tax without" comparison includes the benefits a
 * distribution makes taxable.
 */
import { taxYears } from '../../data/figures.ts';
import type { FilingStatus, ScheduleStatus } from '../../data/statuses.ts';
import { reachesAgeByYearEnd } from '../core/dates.ts';
import { figureSources, figureValue, optionalFigure, type Explanation } from '../core/explain.ts';
import { clampZero, percentOf, roundCents, toCents, usd, type Cents } from '../core/money.ts';
import { taxableSocialSecurity, type SocialSecurityTax } from './social-security.ts';

export type ReturnFacts = {
  year: number;
  filingStatus: FilingStatus;
  /** Adjusted gross income in cents before any taxable Social Security benefits (which are added here). AGI with
   * them is also the modified AGI of the senior deduction. */
  agi: Cents;
  /** Social Security benefits for the year (Form SSA-1099, box 5), cents. */
  socialSecurityBenefits?: Cents | undefined;
  /** Tax-exempt interest, cents: not taxed, but it counts toward the income that makes benefits taxable. */
  taxExemptInterest?: Cents | undefined;
  /** Married filing separately: lived apart from the spouse all year (then §86 uses the single base amounts). */
  livedApartAllYear?: boolean | undefined;
  birthDate?: string | undefined;
  spouseBirthDate?: string | undefined;
  blind?: boolean | undefined;
  spouseBlind?: boolean | undefined;
  /** Married filing separately: the spouse had no gross income, files no return and cannot be claimed as another
   * taxpayer's dependent, so the spouse's age-65 and blindness amounts go on this return (IRC §63(f)(1)(B), (2)(B),
   * which require the spouse exemption of §151(b); Instructions for Form 1040, line 12). */
  spouseNoGrossIncome?: boolean | undefined;
  /** Married filing separately: the spouse itemizes on a separate return, so this return's standard deduction is zero
   * (IRC §63(c)(6)(A)). */
  spouseItemizes?: boolean | undefined;
  itemizedDeductions?: Cents | undefined;
};

export type BracketUse = { over: number; butNotOver: number | null; ratePercent: number; taxedAmount: Cents; tax: Cents };

export type FederalTax = {
  /** AGI including the taxable part of Social Security benefits. */
  adjustedGrossIncome: Cents;
  socialSecurity: SocialSecurityTax | null;
  standardDeduction: Cents;
  additionalStandardDeduction: Cents;
  itemizedDeductions: Cents;
  deductionUsed: 'standard' | 'itemized';
  seniorDeduction: Cents;
  taxableIncome: Cents;
  tax: Cents;
  marginalRatePercent: number;
  brackets: BracketUse[];
};

/** A qualifying surviving spouse uses the joint rate schedule and standard deduction (IRC §1(j)(2)(A), §63(c)(2)). */
export function scheduleStatus(status: FilingStatus): ScheduleStatus {
  return status === 'qualifying-surviving-spouse' ? 'married-filing-jointly' : status;
}

const isJoint = (s: FilingStatus) => s === 'married-filing-jointly';
/** IRC §63(f)(1)(B), (2)(B): the spouse's additional amounts count on a joint return, and on a separate return only
 * when the spouse exemption of §151(b) is allowable — the spouse had no gross income and is not another taxpayer's
 * dependent (the exemption amount is zero from 2018, but §151(d)(5)(B) keeps the test). */
const countsSpouse = (f: ReturnFacts) => isJoint(f.filingStatus) || (f.filingStatus === 'married-filing-separately' && !!f.spouseNoGrossIncome);
/** IRC §63(f)(3): the higher additional amount is for those neither married nor a surviving spouse. */
const usesUnmarriedAdditional = (s: FilingStatus) => s === 'single' || s === 'head-of-household';

/** Tax on taxable income by the schedule, bracket by bracket; fractions of a cent are summed, then rounded once. */
export function scheduleTax(year: number, status: FilingStatus, taxable: Cents): { tax: Cents; marginalRatePercent: number; brackets: BracketUse[] } {
  const rows = taxYears[year]!.brackets[scheduleStatus(status)].rows;
  let exact = 0;
  let marginal = rows[0]!.ratePercent;
  const brackets: BracketUse[] = [];
  for (const row of rows) {
    const lo = toCents(row.over);
    const hi = row.butNotOver === null ? Infinity : toCents(row.butNotOver);
    if (taxable > lo) marginal = row.ratePercent;
    const inBracket = Math.max(0, Math.min(taxable, hi) - lo);
    if (inBracket > 0) {
      exact += (inBracket * row.ratePercent) / 100;
      brackets.push({ over: row.over, butNotOver: row.butNotOver, ratePercent: row.ratePercent, taxedAmount: inBracket, tax: roundCents((inBracket * row.ratePercent) / 100) });
    }
  }
  return { tax: roundCents(exact), marginalRatePercent: marginal, brackets };
}

export function federalIncomeTax(f: ReturnFacts, explain?: Explanation): FederalTax {
  const { year, filingStatus: status } = f;
  const benefits = f.socialSecurityBenefits ?? 0;
  const ss = benefits > 0
    ? taxableSocialSecurity({ year, filingStatus: status, benefits, otherAgi: f.agi, taxExemptInterest: f.taxExemptInterest ?? 0, livedApartAllYear: !!f.livedApartAllYear })
    : null;
  if (ss) explainSocialSecurity(ss, year, status, explain);
  const agi = f.agi + (ss?.taxable ?? 0);
  const uses: Parameters<typeof figureValue>[2] = [];
  const basic = toCents(figureValue(`standard-deduction-${scheduleStatus(status)}`, year, uses));
  const seniorAge = figureValue('senior-age', year);
  const taxpayer65 = f.birthDate ? reachesAgeByYearEnd(f.birthDate, seniorAge, year) : false;
  const spouse65 = countsSpouse(f) && f.spouseBirthDate ? reachesAgeByYearEnd(f.spouseBirthDate, seniorAge, year) : false;
  const conditions = [taxpayer65, !!f.blind, spouse65, countsSpouse(f) && !!f.spouseBlind].filter(Boolean).length;
  const perCondition = toCents(
    figureValue(usesUnmarriedAdditional(status) ? 'additional-standard-deduction-unmarried' : 'additional-standard-deduction-married', year, conditions ? uses : undefined),
  );
  const additional = conditions * perCondition;
  // §63(c)(6)(A): a separate return whose spouse itemizes has a standard deduction of zero, additional amounts included.
  const noStandard = status === 'married-filing-separately' && !!f.spouseItemizes;
  const standard = noStandard ? 0 : basic + additional;
  const itemized = f.itemizedDeductions ?? 0;
  // On a separate return the spouse's age or blindness counts only when the spouse had no gross income (§151(b)).
  const spouseGiven = !!f.spouseBlind || (!!f.spouseBirthDate && reachesAgeByYearEnd(f.spouseBirthDate, seniorAge, year));
  const separateSpouseNote = status !== 'married-filing-separately' || !spouseGiven
    ? ''
    : f.spouseNoGrossIncome
      ? ' Your spouse’s age or blindness counts on your separate return because your spouse had no gross income, files no return and is no one’s dependent.'
      : ' Your spouse’s age or blindness does not count on your separate return unless your spouse had no gross income, files no return and is no one’s dependent.';
  const deductionUsed = noStandard || itemized > standard ? 'itemized' : 'standard';
  const deduction = Math.max(standard, itemized);
  explain?.add(
    'irc-63-standard-deduction',
    deductionUsed === 'standard'
      ? `Standard deduction ${usd(basic)}${conditions ? ` plus ${conditions} × ${usd(perCondition)} for age 65 or blindness = ${usd(standard)}` : ''}${itemized ? ` (larger than itemized deductions of ${usd(itemized)})` : ''}.${
          status === 'married-filing-separately' ? ' If your spouse itemizes on a separate return, you cannot take it: your standard deduction is zero and you itemize too.' : ''
        }${separateSpouseNote}`
      : noStandard
        ? `Your spouse itemizes on a separate return, so your standard deduction is zero and you itemize too: ${usd(itemized)}.`
        : `Itemized deductions of ${usd(itemized)} are larger than the standard deduction of ${usd(standard)}, so they are used.`,
    ['irc-63-c', ...(status === 'married-filing-separately' ? ['irc-63-c-6'] : []), ...(conditions ? ['irc-63-f', 'pub-501'] : []), ...(separateSpouseNote ? ['irc-151-b'] : []), ...figureSources(`standard-deduction-${scheduleStatus(status)}`, year)],
    uses,
  );

  // Senior deduction, tax years 2025–2028 (P.L. 119-21 §70103): each qualifying person's amount is reduced by the
  // phase-out rate times modified AGI above the threshold; married people must file jointly to claim it.
  let senior = 0;
  const seniorUses: typeof uses = [];
  const amount = optionalFigure('senior-deduction-amount', year, seniorUses);
  const seniors = [taxpayer65, spouse65].filter(Boolean).length;
  if (amount !== undefined && seniors > 0) {
    if (status === 'married-filing-separately') {
      explain?.add('pl-119-21-senior-deduction', 'The senior deduction is not available on a married-filing-separately return.', ['pl-119-21']);
    } else {
      const rate = figureValue('senior-deduction-phase-out-rate', year, seniorUses);
      const threshold = toCents(figureValue(isJoint(status) ? 'senior-deduction-threshold-joint' : 'senior-deduction-threshold-other', year, seniorUses));
      const reduction = percentOf(clampZero(agi - threshold), rate);
      const each = clampZero(toCents(amount) - reduction);
      senior = each * seniors;
      explain?.add(
        'pl-119-21-senior-deduction',
        `Senior deduction: ${seniors} × (${usd(toCents(amount))} − ${rate}% of modified AGI above ${usd(threshold)}${reduction ? ` = ${usd(reduction)}` : ''}) = ${usd(senior)}.`,
        ['pl-119-21'],
        seniorUses,
      );
    }
  }

  const taxableIncome = clampZero(agi - deduction - senior);
  const { tax, marginalRatePercent, brackets } = scheduleTax(year, status, taxableIncome);
  const rp = figureSources(`standard-deduction-${scheduleStatus(status)}`, year).filter((s) => s.startsWith('rev-proc'));
  explain?.add(
    'irc-1-rate-schedule',
    `Taxable income ${usd(taxableIncome)} (AGI ${usd(agi)} − deductions ${usd(deduction + senior)}); tax by the ${year} rate schedule: ${
      brackets.map((b) => `${b.ratePercent}% of ${usd(b.taxedAmount)}`).join(' + ') || 'nothing'
    } = ${usd(tax)}. The IRS Tax Table that many returns use can differ from this exact computation by a few dollars.`,
    ['irc-1-j', ...rp, 'i1040-tax-computation'],
    [{ label: 'Marginal rate', value: marginalRatePercent, unit: 'percent' }],
  );
  return { adjustedGrossIncome: agi, socialSecurity: ss, standardDeduction: noStandard ? 0 : basic, additionalStandardDeduction: noStandard ? 0 : additional, itemizedDeductions: itemized, deductionUsed, seniorDeduction: senior, taxableIncome, tax, marginalRatePercent, brackets };
}

/** Pub. 915, Worksheet 1 in one sentence: provisional income against the base amounts, and what that makes taxable. */
function explainSocialSecurity(ss: SocialSecurityTax, year: number, status: FilingStatus, explain: Explanation | undefined): void {
  if (!explain) return;
  const first = figureValue('ss-first-tier-rate', year);
  const second = figureValue('ss-second-tier-rate', year);
  const head = `Social Security: provisional income ${usd(ss.provisionalIncome)} (AGI before benefits, tax-exempt interest and ${first}% of the ${usd(ss.benefits)} benefits)`;
  const amounts = ss.baseAmount === 0 && status === 'married-filing-separately'
    ? 'a base amount of zero (married filing separately and living with your spouse at some time in the year)'
    : `the base amount ${usd(ss.baseAmount)} and adjusted base amount ${usd(ss.adjustedBaseAmount)}`;
  const body = ss.bracket === 'none'
    ? `is not above ${usd(ss.baseAmount)}, so none of the benefits is taxable.`
    : `against ${amounts}: ${usd(ss.firstTier)} in the ${first}% tier${ss.secondTier ? ` + ${second}% of the ${usd(clampZero(ss.provisionalIncome - ss.adjustedBaseAmount))} above the adjusted base amount (${usd(ss.secondTier)})` : ''}${
        ss.bracket === 'capped-at-85' ? `, capped at ${second}% of the benefits` : ''
      } = ${usd(ss.taxable)} taxable (${ss.taxablePercent}% of the benefits).`;
  explain.add('irc-86-taxable-social-security', `${head} ${body}`, ['irc-86', 'irc-86-c', 'pub-915']);
}
