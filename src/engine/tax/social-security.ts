/**
 * The taxable part of Social Security benefits (IRC §86), line by line as IRS Publication 915, Worksheet 1 figures it:
 * provisional income is AGI before the benefits, plus tax-exempt interest, plus half the benefits. Up to 50% of the
 * benefits is taxable above the base amount and up to 85% above the adjusted base amount (§86(a)(1)–(2), (b), (c)).
 * The base amounts are fixed in the statute and not indexed. A married person filing separately who lived with the
 * spouse at any time in the year has a base amount and an adjusted base amount of zero (§86(c)(1)(C)(ii), (c)(2)(C)).
 */
import type { FilingStatus } from '../../data/statuses.ts';
import { figureValue } from '../core/explain.ts';
import { clampZero, percentOf, toCents, type Cents } from '../core/money.ts';

export type SocialSecurityFacts = {
  year: number;
  filingStatus: FilingStatus;
  /** Total benefits for the year (box 5 of Form SSA-1099), cents. */
  benefits: Cents;
  /** Adjusted gross income before any taxable benefits (Worksheet 1, line 3 less line 7), cents. */
  otherAgi: Cents;
  /** Tax-exempt interest (Worksheet 1, line 4), cents. */
  taxExemptInterest: Cents;
  /** Married filing separately: lived apart from the spouse for the whole year. */
  livedApartAllYear: boolean;
};

export type SocialSecurityTax = {
  benefits: Cents;
  provisionalIncome: Cents;
  baseAmount: Cents;
  adjustedBaseAmount: Cents;
  /** Worksheet 1, line 16: the first tier (up to 50%). */
  firstTier: Cents;
  /** Worksheet 1, line 17: 85% of provisional income above the adjusted base amount. */
  secondTier: Cents;
  taxable: Cents;
  /** `taxable` as a share of the benefits, in percent (0 to 85). */
  taxablePercent: number;
  /** Which part of §86 sets the amount. */
  bracket: 'none' | 'up-to-50' | 'up-to-85' | 'capped-at-85';
};

/** Single, head of household and qualifying surviving spouse use the single amounts; so does MFS living apart. */
function amounts(f: SocialSecurityFacts): { base: Cents; adjusted: Cents } {
  if (f.filingStatus === 'married-filing-jointly')
    return { base: toCents(figureValue('ss-base-amount-joint', f.year)), adjusted: toCents(figureValue('ss-adjusted-base-amount-joint', f.year)) };
  if (f.filingStatus === 'married-filing-separately' && !f.livedApartAllYear) return { base: 0, adjusted: 0 }; // §86(c)(1)(C)(ii), (c)(2)(C)
  return { base: toCents(figureValue('ss-base-amount-single', f.year)), adjusted: toCents(figureValue('ss-adjusted-base-amount-single', f.year)) };
}

export function taxableSocialSecurity(f: SocialSecurityFacts): SocialSecurityTax {
  const first = figureValue('ss-first-tier-rate', f.year);
  const second = figureValue('ss-second-tier-rate', f.year);
  const { base, adjusted } = amounts(f);
  const half = percentOf(f.benefits, first); // line 2
  const provisional = half + f.otherAgi + f.taxExemptInterest; // line 8 (lines 3–7)
  const none = { benefits: f.benefits, provisionalIncome: provisional, baseAmount: base, adjustedBaseAmount: adjusted, firstTier: 0, secondTier: 0, taxable: 0, taxablePercent: 0, bracket: 'none' as const };
  if (f.benefits === 0 || provisional <= base) return none; // line 10: "No" — none of the benefits is taxable
  const over = provisional - base; // line 11
  const band = adjusted - base; // line 12
  const aboveAdjusted = clampZero(over - band); // line 13
  const firstTier = Math.min(half, percentOf(Math.min(over, band), first)); // lines 14–16
  const secondTier = percentOf(aboveAdjusted, second); // line 17
  const cap = percentOf(f.benefits, second); // line 19
  const taxable = Math.min(firstTier + secondTier, cap); // lines 18, 20
  const bracket = taxable === cap ? 'capped-at-85' : aboveAdjusted > 0 ? 'up-to-85' : 'up-to-50';
  return { ...none, firstTier, secondTier, taxable, taxablePercent: tenthsOfPercent(taxable, f.benefits), bracket };
}

/** a ÷ b as a percentage with one decimal, for display ("50%", "85%", "61.3%"). */
function tenthsOfPercent(a: Cents, b: Cents): number {
  const PER_MILLE = 10 * 100; // percent × 10, so one decimal survives the rounding
  return Math.round((a * PER_MILLE) / b) / 10;
}
