/**
 * Employer stock paid out in a lump-sum distribution (IRC §402(e)(4)(B), (D); Pub. 575 "Net unrealized appreciation").
 * Only the plan's cost basis of the shares is income when they are distributed — ordinary income, and subject to the
 * 10% additional tax before 59½ unless an exception applies (§72(t)). The net unrealized appreciation (value at
 * distribution less that basis) is not taxed until the shares are sold, and is then long-term capital gain whatever the
 * holding period; growth after the distribution is long-term only if the shares are held more than one year after it
 * (§1222). Rolled into an IRA instead, every dollar later withdrawn is ordinary income.
 *
 * A lump-sum distribution is the whole balance of all the employer's plans of the same kind, paid within one taxable
 * year, after separation from service, 59½, death or (self-employed) disability (§402(e)(4)(D)).
 */
import { figureValue } from '../core/explain.ts';
import { clampZero, percentOf, type Cents } from '../core/money.ts';

export type NuaFacts = {
  year: number;
  /** The plan's cost basis of the shares, and their value when distributed. */
  basis: Cents;
  valueAtDistribution: Cents;
  /** What the shares are sold for later, and whether more than one year after the distribution. */
  salePrice: Cents;
  heldMoreThanOneYear: boolean;
  /** Under 59½ with no exception to the additional tax (for example, no separation in or after the year of turning 55). */
  additionalTaxApplies: boolean;
};

export function netUnrealizedAppreciation(f: NuaFacts) {
  const rate = figureValue('additional-tax-rate', f.year);
  const nua = clampZero(f.valueAtDistribution - f.basis);
  const laterChange = f.salePrice - f.valueAtDistribution;
  // A sale below the value at distribution reduces the NUA gain first (the basis was already taxed).
  const nuaGain = laterChange >= 0 ? nua : clampZero(nua + laterChange);
  const laterGain = clampZero(laterChange);
  return {
    rate,
    ordinaryIncomeAtDistribution: f.basis,
    additionalTaxAtDistribution: f.additionalTaxApplies ? percentOf(f.basis, rate) : 0,
    netUnrealizedAppreciation: nua,
    longTermGainOnSale: nuaGain + (f.heldMoreThanOneYear ? laterGain : 0),
    shortTermGainOnSale: f.heldMoreThanOneYear ? 0 : laterGain,
    /** Rolled to an IRA and withdrawn at the same price instead: all of it ordinary income (and the 10% before 59½). */
    ordinaryIncomeIfRolledOver: f.salePrice,
    additionalTaxIfRolledOver: f.additionalTaxApplies ? percentOf(f.salePrice, rate) : 0,
  };
}
