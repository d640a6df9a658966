/**
 * What a distribution does to the rest of the return besides adding its own amount: the Social Security benefits it
 * makes taxable (IRC §86; Pub. 915, Worksheet 1) and the senior deduction it phases out (P.L. 119-21 §70103, tax
 * years 2025–2028). Each is its own explanation step, because each is why the real marginal rate on a withdrawal can
 * be well above the bracket rate.
 */
import type { Explanation } from '../core/explain.ts';
import { clampZero, toDollars, usd, type Cents } from '../core/money.ts';
import type { FederalTax } from './federal-income-tax.ts';

export type DistributionEffects = {
  /** Social Security benefits on the return; null when there are none. */
  socialSecurity: { benefits: number; taxableWithout: number; taxableWith: number; madeTaxable: number; taxablePercentWith: number } | null;
  /** Senior deduction lost to the phase-out because of the distribution (dollars). */
  seniorDeductionLost: number;
};

export function distributionEffects(without: FederalTax, withIt: FederalTax, added: Cents, explain?: Explanation): DistributionEffects {
  const ssWithout = without.socialSecurity?.taxable ?? 0;
  const ssWith = withIt.socialSecurity?.taxable ?? 0;
  const made = clampZero(ssWith - ssWithout);
  if (made > 0)
    explain?.add(
      'irc-86-benefits-made-taxable',
      `The distribution also makes ${usd(made)} more of your Social Security benefits taxable (${usd(ssWithout)} → ${usd(ssWith)}), so it adds ${usd(added)} + ${usd(made)} = ${usd(added + made)} to your income, not ${usd(added)}.`,
      ['irc-86', 'pub-915'],
    );
  const lost = clampZero(without.seniorDeduction - withIt.seniorDeduction);
  if (lost > 0)
    explain?.add(
      'pl-119-21-senior-deduction-reduced',
      `The distribution raises modified AGI into the senior deduction’s phase-out and reduces that deduction by ${usd(lost)} (${usd(without.seniorDeduction)} → ${usd(withIt.seniorDeduction)}), which adds ${usd(lost)} more to taxable income.`,
      ['pl-119-21'],
    );
  const s = withIt.socialSecurity;
  return {
    socialSecurity: s ? { benefits: toDollars(s.benefits), taxableWithout: toDollars(ssWithout), taxableWith: toDollars(ssWith), madeTaxable: toDollars(made), taxablePercentWith: s.taxablePercent } : null,
    seniorDeductionLost: toDollars(lost),
  };
}
