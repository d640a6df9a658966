/**
 * The tax-free part of a distribution from a traditional 401(k) that holds after-tax (non-Roth) contributions.
 *
 * - Pro rata (§72(e)(8)(B)): each dollar is basis in the proportion basis ÷ account balance. The default.
 * - Separate contract (§72(d)(2)): employee contributions and their earnings are treated as a separate contract, so a
 *   distribution the plan pays from that subaccount is split within it: basis ÷ subaccount balance. This is what makes
 *   taking after-tax money out (or rolling it to a Roth IRA) cheap when its earnings are small.
 * - Pre-1987 basis first (§72(e)(8)(D)): in a plan that on May 5, 1986 let employees withdraw their contributions
 *   before separation, after-tax contributions made before 1987 come out first, tax-free; only what is paid beyond
 *   them is split pro rata, with the remaining (later) basis over the balance left.
 */
import type { AFTER_TAX_ACCOUNTING } from '../core/fields.ts';
import { roundCents, type Cents } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';

export type AfterTaxAccounting = (typeof AFTER_TAX_ACCOUNTING)[number];

type AfterTaxFacts = {
  accountType: string; amount: number; vestedBalance: number; afterTaxBasis: number;
  afterTaxAccounting: AfterTaxAccounting; afterTaxSubaccountBalance?: number | undefined; pre1987Basis: number; planType?: string | undefined;
};

/** Contradictions among the after-tax facts (dollars, as the request has them). */
export function validateAfterTax(r: AfterTaxFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (r.afterTaxAccounting === 'pro-rata') {
    if (r.afterTaxSubaccountBalance !== undefined) errors.push({ field: 'afterTaxSubaccountBalance', message: 'This applies only to a separate after-tax subaccount; choose that accounting or leave it empty.' });
    if (r.pre1987Basis > 0) errors.push({ field: 'pre1987Basis', message: 'Pre-1987 contributions come out first only if your plan allows it; choose that accounting or leave this empty.' });
    return errors;
  }
  if (r.accountType === 'roth') return [{ field: 'afterTaxAccounting', message: 'This is for after-tax contributions in a traditional account, not a Roth 401(k).' }];
  if (r.planType === 'ira') return [{ field: 'afterTaxAccounting', message: 'An IRA always splits basis pro rata over all your traditional IRAs (Form 8606).' }];
  if (r.afterTaxBasis === 0) errors.push({ field: 'afterTaxBasis', message: 'Enter the after-tax contributions not yet recovered.' });
  if (r.afterTaxAccounting === 'separate-contract') {
    const sub = r.afterTaxSubaccountBalance;
    if (sub === undefined) errors.push({ field: 'afterTaxSubaccountBalance', message: 'Enter the balance of the after-tax subaccount.' });
    else {
      if (sub > r.vestedBalance) errors.push({ field: 'afterTaxSubaccountBalance', message: 'The subaccount cannot be more than the vested balance.' });
      if (r.amount > sub) errors.push({ field: 'amount', message: 'A distribution from the after-tax subaccount cannot be more than its balance.' });
      if (r.afterTaxBasis > sub) errors.push({ field: 'afterTaxBasis', message: 'The after-tax contributions cannot be more than the subaccount’s balance.' });
    }
    if (r.pre1987Basis > 0) errors.push({ field: 'pre1987Basis', message: 'Leave this empty, or choose pre-1987 contributions first.' });
  } else {
    if (r.afterTaxSubaccountBalance !== undefined) errors.push({ field: 'afterTaxSubaccountBalance', message: 'This applies only to a separate after-tax subaccount; leave it empty.' });
    if (r.pre1987Basis === 0) errors.push({ field: 'pre1987Basis', message: 'Enter the pre-1987 after-tax contributions not yet recovered.' });
    else if (r.pre1987Basis > r.afterTaxBasis) errors.push({ field: 'pre1987Basis', message: 'The pre-1987 contributions are part of the after-tax contributions, so they cannot be more.' });
  }
  return errors;
}

export type AfterTaxRecovery = { free: Cents; rule: 'irc-72e8-pro-rata' | 'irc-72d2-separate-contract' | 'irc-72e8d-pre-1987-basis-first'; text: string };

/** `basis` is all unrecovered after-tax contributions (pre-1987 included); `pool` the balance they are spread over. */
export function afterTaxFreePart(method: AfterTaxAccounting, amount: Cents, basis: Cents, balance: Cents, subaccountBalance: Cents | undefined, pre1987Basis: Cents, usd: (c: Cents) => string): AfterTaxRecovery {
  const share = (a: Cents, b: Cents, pool: Cents) => (b > 0 && pool > 0 ? Math.min(a, roundCents((a * Math.min(b, pool)) / pool)) : 0);
  if (method === 'separate-contract') {
    const pool = subaccountBalance ?? balance;
    const free = share(amount, basis, pool);
    return { free, rule: 'irc-72d2-separate-contract', text: `Your plan keeps after-tax contributions as a separate contract, so this payment from that subaccount is split within it: ${usd(amount)} × ${usd(Math.min(basis, pool))} ÷ ${usd(pool)} = ${usd(free)} is tax-free.` };
  }
  if (method === 'pre-1987-first') {
    const first = Math.min(amount, pre1987Basis, basis);
    const rest = amount - first;
    const later = share(rest, basis - first, balance - first);
    const free = first + later;
    return {
      free,
      rule: 'irc-72e8d-pre-1987-basis-first',
      text: `Pre-1987 after-tax contributions come out first: ${usd(first)} tax-free.` + (rest > 0 ? ` The other ${usd(rest)} is split pro rata with the later basis: ${usd(rest)} × ${usd(basis - first)} ÷ ${usd(balance - first)} = ${usd(later)} tax-free.` : '') + ` In all ${usd(free)} is tax-free.`,
    };
  }
  const free = share(amount, basis, balance);
  return { free, rule: 'irc-72e8-pro-rata', text: `After-tax contributions come out pro rata: ${usd(amount)} × ${usd(Math.min(basis, balance))} ÷ ${usd(balance)} = ${usd(free)} is tax-free.` };
}
