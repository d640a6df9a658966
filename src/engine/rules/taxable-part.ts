/**
 * The taxable part of a 401(k) distribution. Pre-tax money is ordinary income when paid (IRC §402(a); IRS Topic 558).
 * After-tax contributions not yet recovered come out pro rata with earnings (IRC §72(e)(8)). A nonqualified Roth 401(k)
 * distribution is split pro rata between contributions and earnings (§72(e)(8); Treas. Reg. §1.402A-1 Q&A-3); a
 * qualified one is tax-free (§402A(d)(1)). A direct rollover is not taxed now (§402(c)).
 */
import { clampZero, roundCents, usd, type Cents } from '../core/money.ts';
import type { Explanation } from '../core/explain.ts';
import type { PlanKind } from './exceptions/verdict.ts';
import { afterTaxFreePart, type AfterTaxAccounting } from './after-tax-recovery.ts';
import type { RothQualification } from './roth-qualified-distribution.ts';

export type TaxablePartInput = {
  plan: PlanKind;
  directRollover: boolean;
  amount: Cents;
  vestedBalance: Cents;
  /** Traditional account: after-tax contributions not yet recovered. */
  afterTaxBasis: Cents;
  /** Roth account: designated Roth contributions; with `roth`, the qualification already judged. */
  rothBasis: Cents;
  roth: RothQualification | null;
  /** How the plan accounts for after-tax contributions, when not plain pro rata (§72(d)(2), §72(e)(8)(D)). */
  afterTax?: { method: AfterTaxAccounting; subaccountBalance: Cents | undefined; pre1987Basis: Cents } | undefined;
};

export function taxablePart(x: TaxablePartInput, explain: Explanation | undefined): Cents {
  const { amount, vestedBalance: balance } = x;
  if (x.directRollover) {
    explain?.add('irc-402c-rollover', 'A direct rollover to an IRA or another plan is not taxed now, so neither income tax nor the 10% additional tax applies and nothing is withheld.', ['irc-402-c']);
    return 0;
  }
  if (x.roth) {
    if (x.roth.qualified) return 0;
    const earnings = clampZero(balance - x.rothBasis);
    const taxable = balance > 0 ? roundCents((amount * earnings) / balance) : 0;
    explain?.add(
      'irc-72e8-pro-rata',
      `A nonqualified Roth 401(k) distribution is split pro rata, not contributions first: earnings are ${usd(earnings)} of the ${usd(balance)} account, so ${usd(amount)} × ${usd(earnings)} ÷ ${usd(balance)} = ${usd(taxable)} is taxable and ${usd(amount - taxable)} is a tax-free return of contributions.`,
      ['irc-72-e-8', 'reg-1-402a-1'],
    );
    return taxable;
  }
  if (x.afterTax && x.afterTax.method !== 'pro-rata') {
    const a = afterTaxFreePart(x.afterTax.method, amount, x.afterTaxBasis, balance, x.afterTax.subaccountBalance, x.afterTax.pre1987Basis, usd);
    explain?.add(x.afterTax.method === 'separate-contract' ? 'irc-72d2-separate-contract' : 'irc-72e8d-pre-1987-basis-first', `${a.text} ${usd(amount - a.free)} is ordinary income.`, a.rule === 'irc-72d2-separate-contract' ? ['irc-72-d-2', 'irc-72-e-8'] : ['irc-72-e-8-d', 'irc-72-e-8']);
    return amount - a.free;
  }
  const basis = Math.min(x.afterTaxBasis, balance);
  const free = basis > 0 && balance > 0 ? Math.min(amount, roundCents((amount * basis) / balance)) : 0;
  const taxable = amount - free;
  explain?.add(
    free > 0 ? 'irc-72e8-pro-rata' : 'irc-402a-taxable-distribution',
    free > 0
      ? `After-tax contributions come out pro rata: ${usd(amount)} × ${usd(basis)} ÷ ${usd(balance)} = ${usd(free)} is tax-free; ${usd(taxable)} is ordinary income.${x.plan === 'ira' ? ' For an IRA, Form 8606 makes this split over all your traditional IRAs, valued at year end plus the year’s distributions.' : ''}`
      : `Pre-tax money has never been taxed, so the whole ${usd(amount)} is ordinary income.`,
    free > 0 ? ['irc-72-e-8'] : ['irc-402-c', 'irs-topic-558'],
  );
  return taxable;
}
