/**
 * A distribution paid partly to the participant and partly by direct rollover at the same time is one distribution
 * (IRS Notice 2014-54 §III.A): its after-tax basis is figured pro rata over the whole of it (IRC §72(e)(8)), and the
 * pre-tax part goes first to the direct rollover (Notice 2014-54 §III.B, applying §402(c)(2)). So the part paid to
 * the participant holds the after-tax basis first, and only the pre-tax amount the rollover did not take is taxable
 * (Notice 2014-54 §IV, Example 1).
 */
import { clampZero, roundCents, usd, type Cents } from '../core/money.ts';
import type { Explanation } from '../core/explain.ts';
import type { FieldError } from '../core/request-kit.ts';

export type SplitInput = { paid: Cents; directRollover: Cents; vestedBalance: Cents; afterTaxBasis: Cents };
export type Split = { total: Cents; basisInTotal: Cents; pretaxInTotal: Cents; pretaxToRollover: Cents; taxablePaid: Cents };

export function pretaxToDirectRolloverFirst(x: SplitInput, explain: Explanation | undefined): Split {
  const total = x.paid + x.directRollover;
  const basis = Math.min(x.afterTaxBasis, x.vestedBalance);
  const basisInTotal = basis > 0 && x.vestedBalance > 0 ? Math.min(total, roundCents((total * basis) / x.vestedBalance)) : 0;
  const pretaxInTotal = total - basisInTotal;
  const pretaxToRollover = Math.min(x.directRollover, pretaxInTotal);
  const taxablePaid = clampZero(pretaxInTotal - pretaxToRollover);
  explain?.add(
    'notice-2014-54-pretax-to-direct-rollover-first',
    `Paid to you and rolled over directly at the same time, the ${usd(total)} is one distribution: ${basisInTotal > 0 ? `its after-tax part is ${usd(total)} × ${usd(basis)} ÷ ${usd(x.vestedBalance)} = ${usd(basisInTotal)}, so ` : ''}${usd(pretaxInTotal)} is pre-tax. The pre-tax money goes to the ${usd(x.directRollover)} direct rollover first${
      pretaxToRollover < x.directRollover ? ` (all of it, with ${usd(x.directRollover - pretaxToRollover)} of after-tax money)` : ''
    }; of the ${usd(x.paid)} paid to you, ${usd(taxablePaid)} is pre-tax and taxable and ${usd(x.paid - taxablePaid)} is your after-tax money back, tax-free. The plan reports the direct rollover on a Form 1099-R of its own, with code G; the figures here are for the part paid to you.`,
    ['notice-2014-54', 'irc-72-e-8', 'irc-402-c-2', 'i1099r'],
  );
  return { total, basisInTotal, pretaxInTotal, pretaxToRollover, taxablePaid };
}

/** The split is modelled for a traditional 401(k) that recovers basis pro rata, with the RMD (never rollable) not in play. */
export function splitErrors(r: { directRolloverSameTime?: number | undefined; amount: number; vestedBalance: number; payment: string; accountType: string; afterTaxAccounting: string; planType?: string | undefined; rmdStillToTake?: number | undefined }): FieldError[] {
  const direct = r.directRolloverSameTime ?? 0;
  if (direct === 0) return [];
  const field = 'directRolloverSameTime';
  if (r.payment !== 'to-participant') return [{ field, message: 'Enter this with a payment to you: it is the part sent by direct rollover beside it.' }];
  if ((r.planType ?? '401k') !== '401k') return [{ field, message: 'This split is for a 401(k); an IRA has no mandatory withholding to avoid and splits basis over all your IRAs (Form 8606).' }];
  if (r.accountType !== 'traditional') return [{ field, message: 'For Roth 401(k) money use the rollover check; this is for a traditional account with after-tax contributions.' }];
  if (r.afterTaxAccounting !== 'pro-rata') return [{ field, message: 'This split is figured for basis recovered pro rata over the whole account; ask your plan for the split of a separate after-tax subaccount or pre-1987 contributions.' }];
  if ((r.rmdStillToTake ?? 0) > 0) return [{ field, message: 'The year’s RMD cannot be rolled over: take it first, then enter this year’s split.' }];
  if (r.amount + direct > r.vestedBalance) return [{ field, message: 'The payment to you and the direct rollover together cannot be more than the vested balance.' }];
  return [];
}
