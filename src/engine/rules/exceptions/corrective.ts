/**
 * Corrective distributions of excess deferrals and excess contributions with their earnings (IRC §401(k)(8), §402(g)).
 * They are not eligible rollover distributions (Treas. Reg. §1.402(c)-2, Q&A-4(b), (c)), so the mandatory 20% does not
 * apply; the 10% nonperiodic default does (§3405(b)). Excess deferrals (over the §402(g)(1) limit) must be paid out by
 * April 15 of the year after the year deferred (§402(g)(2)(A)(ii)); paid out then, the excess itself is income of the
 * year deferred and only its earnings are income of the year paid (Treas. Reg. §1.402(g)-1(e)(8)(i)); the payer reports
 * the excess with code P and the earnings with code 8 (Instructions for Forms 1099-R and 5498, codes 8 and P). Paid
 * later, it is no corrective distribution: the excess was income of the year deferred and is taxed again when paid
 * (§1.402(g)-1(e)(8)(iii)). Excess contributions returned after a nondiscrimination test are income of the year paid.
 */
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { longDate } from '../../core/dates.ts';
import { clampZero, toCents, usd, type Cents } from '../../core/money.ts';
import { integer, money, optional, withDefault, type FieldError } from '../../core/request-kit.ts';
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

/** The last day excess deferrals of `deferralYear` can be paid out as a corrective distribution (§402(g)(2)(A)(ii)). */
export function excessDeferralDeadline(deferralYear: number, year: number): string {
  const month = figureValue('excess-deferral-correction-month', year);
  const day = figureValue('excess-deferral-correction-day', year);
  return `${deferralYear + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const corrective = defineException({
  id: 'corrective',
  fields: {
    correctiveExcessDeferralYear: optional(
      integer({ label: 'Corrective distribution of excess deferrals: the year they were deferred', help: 'Only for deferrals over the yearly limit. Leave empty for excess contributions returned after a nondiscrimination test.', group: GROUPS.exceptions }, 1980, 2200, 'tax-year'),
    ),
    correctiveEarnings: withDefault(money({ label: 'Corrective distribution: the earnings in it', help: 'From the plan’s notice; the rest is the excess itself.', group: GROUPS.exceptions }), 0),
  },
  facts: (r): { correctiveExcessDeferralYear: number | undefined } => ({ correctiveExcessDeferralYear: r.correctiveExcessDeferralYear }),
  finder: { circumstance: true },
  notEligibleRollover: true,
  judge: (f) => {
    if (!f.claims.has('corrective')) return no('Only corrective distributions qualify.');
    const deferralYear = f.correctiveExcessDeferralYear;
    if (deferralYear !== undefined && deferralYear < f.year) {
      const deadline = excessDeferralDeadline(deferralYear, f.year);
      if (f.distributionDate > deadline)
        return no(`Excess deferrals of ${deferralYear} had to be paid out by ${longDate(deadline)}. Paid later, this is not a corrective distribution: the excess was income for ${deferralYear} and is taxed again now.`);
      return all(`Excess deferrals of ${deferralYear} paid out by ${longDate(deadline)}, with their earnings.`);
    }
    return all('A timely corrective distribution of excess contributions and their earnings.');
  },
  validate: (r, year) => {
    if (!new Set(r.claims).has('corrective') || r.correctiveExcessDeferralYear === undefined) return [];
    if (r.correctiveExcessDeferralYear > year) return [{ field: 'correctiveExcessDeferralYear', message: 'Excess deferrals are paid out in or after the year they were deferred, not before.' }];
    return [];
  },
});

type CorrectiveRequest = { claims: readonly string[]; amount: number; accountType?: string; correctiveExcessDeferralYear?: number | undefined; correctiveEarnings?: number | undefined };

/** The earnings cannot be more than the distribution. Excess Roth deferrals were already income as Roth contributions,
 * so only their earnings are taxed (Treas. Reg. §1.402(g)-1(e)(8); §1.402A-1, A-2(c)); the withdrawal checks split a Roth
 * 401(k) payment pro rata instead, so they refuse that case rather than misstate it. */
export function correctiveAmountErrors(r: CorrectiveRequest): FieldError[] {
  if (!r.claims.includes('corrective')) return [];
  if (r.accountType === 'roth' && r.correctiveExcessDeferralYear !== undefined)
    return [{ field: 'correctiveExcessDeferralYear', message: 'Excess Roth deferrals were already taxed as Roth contributions, so only their earnings are income when paid out; this check splits a Roth 401(k) payment pro rata and cannot show that: only the earnings are taxable, in the year paid out.' }];
  if ((r.correctiveEarnings ?? 0) <= r.amount) return [];
  return [{ field: 'correctiveEarnings', message: 'The earnings are part of the distribution, so they cannot be more than it.' }];
}

/** The part of an accepted corrective distribution that is income of the earlier year deferred: the excess without its
 * earnings, of the taxable amount (Treas. Reg. §1.402(g)-1(e)(8)(i)). 0 when the excess is of this year. */
export function correctivePriorYearPart(r: CorrectiveRequest, year: number, accepted: boolean, taxable: Cents): Cents {
  if (!accepted || r.correctiveExcessDeferralYear === undefined || r.correctiveExcessDeferralYear >= year) return 0;
  return Math.min(taxable, clampZero(toCents(r.amount) - toCents(r.correctiveEarnings ?? 0)));
}

export function correctivePriorYearText(deferralYear: number, year: number, priorYearPart: Cents, earnings: Cents): string {
  return `Excess deferrals of ${deferralYear} paid out by ${longDate(excessDeferralDeadline(deferralYear, year))} are income of ${deferralYear}, the year deferred: the ${usd(priorYearPart)} excess belongs on your ${deferralYear} return (amend it if it is already filed), reported on its own Form 1099-R with code P; ` +
    (earnings > 0 ? `only the ${usd(earnings)} of earnings is income for ${year}, on a Form 1099-R with code 8. ` : `there are no earnings, so nothing of it is income for ${year}. `) +
    'The figures for this year count only that part.';
}
